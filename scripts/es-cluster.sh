#!/usr/bin/env bash
# Start or stop a local two-node Elasticsearch cluster, for failover tests.
#
#   scripts/es-cluster.sh start         # unzip (once), start both nodes, wait for 2 nodes and green
#   scripts/es-cluster.sh stop          # stop both nodes and delete their data (the next start is fresh)
#   scripts/es-cluster.sh status
#   scripts/es-cluster.sh pid N         # print node N's process id (N = 1 or 2)
#   scripts/es-cluster.sh kill N        # SIGKILL node N (a crash, not a shutdown)
#
# node-1: HTTP 9201, transport 9301, master-eligible + data.
# node-2: HTTP 9202, transport 9302, data only.
# Only one node is master-eligible on purpose: in a two-node cluster Elasticsearch keeps only
# one node in the voting configuration anyway, so losing it stops the cluster whichever it is;
# making it explicit means a test that kills node-2 always has a cluster left (yellow, with
# node-1's replicas promoted to primaries).
#
# It reuses what scripts/elasticsearch.sh uses: the integ-test distribution zip in ~/.m2, the
# unprivileged user, Java 21+ (Temurin 25). Tunables: ES_VERSION, CLUSTER_WORKDIR, ES_USER,
# ES_HEAP (per node, default 512m), ES_JAVA_HOME, CLUSTER_HTTP_BASE (9200: ports 9201/9202),
# CLUSTER_TRANSPORT_BASE (9300: ports 9301/9302).
set -euo pipefail

log() { echo "[es-cluster] $*" >&2; }
# shellcheck source=scripts/es-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/es-lib.sh"

CLUSTER_WORKDIR="${CLUSTER_WORKDIR:-/tmp/monitor-es-cluster}"
ES_HEAP="${ES_HEAP:-512m}"
HTTP_BASE="${CLUSTER_HTTP_BASE:-9200}"
TRANSPORT_BASE="${CLUSTER_TRANSPORT_BASE:-9300}"
HOME_DIR="${CLUSTER_WORKDIR}/elasticsearch-${ES_VERSION}"
START_TIMEOUT="${CLUSTER_START_TIMEOUT:-180}"

http_port() { echo $((HTTP_BASE + $1)); }
transport_port() { echo $((TRANSPORT_BASE + $1)); }
node_dir() { echo "${CLUSTER_WORKDIR}/node-$1"; }

cluster_ready() {
  curl -fsS "http://127.0.0.1:$(http_port 1)/_cluster/health?wait_for_nodes=2&wait_for_status=green&timeout=1s" 2>/dev/null \
    | grep -q '"timed_out":false'
}

node_pid() {
  local pidfile; pidfile="$(node_dir "$1")/es.pid"
  [[ -f "$pidfile" ]] && cat "$pidfile"
}

node_alive() {
  local pid; pid="$(node_pid "$1" || true)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

start_node() {
  local n="$1" dir; dir="$(node_dir "$n")"
  if node_alive "$n"; then log "node-$n already running"; return; fi
  mkdir -p "$dir/data" "$dir/logs"
  if [[ ! -d "$dir/config" ]]; then cp -r "$HOME_DIR/config" "$dir/config"; fi
  local roles="master,data"
  [[ "$n" == "2" ]] && roles="data"
  es_run_as "$CLUSTER_WORKDIR"
  local java_home; java_home="$(es_find_java)"
  log "starting node-$n (http $(http_port "$n"), transport $(transport_port "$n"), roles ${roles})"
  "${ES_RUN_AS[@]}" env ES_JAVA_HOME="$java_home" ES_PATH_CONF="$dir/config" ES_JAVA_OPTS="-Xms${ES_HEAP} -Xmx${ES_HEAP}" \
    "$HOME_DIR/bin/elasticsearch" -d -p "$dir/es.pid" \
    -E cluster.name=monitor-test-cluster -E node.name="node-$n" -E node.roles="${roles}" \
    -E xpack.security.enabled=false -E network.host=127.0.0.1 \
    -E http.port="$(http_port "$n")" -E transport.port="$(transport_port "$n")" \
    -E discovery.seed_hosts="127.0.0.1:$(transport_port 1),127.0.0.1:$(transport_port 2)" \
    -E cluster.initial_master_nodes=node-1 \
    -E path.data="$dir/data" -E path.logs="$dir/logs" \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    >"$dir/stdout.log" 2>&1
}

start() {
  if cluster_ready; then log "already running at http://127.0.0.1:$(http_port 1)"; return; fi
  es_unpack "$CLUSTER_WORKDIR"
  start_node 1
  start_node 2
  for _ in $(seq 1 "$START_TIMEOUT"); do
    if cluster_ready; then log "ready: 2 nodes at http://127.0.0.1:$(http_port 1) and :$(http_port 2)"; return; fi
    sleep 1
  done
  log "cluster did not form in ${START_TIMEOUT} s; last log lines:"
  tail -n 30 "$(node_dir 1)"/logs/*.log "$(node_dir 2)"/logs/*.log >&2 || true
  stop
  exit 1
}

stop() {
  local n pid
  for n in 1 2; do
    pid="$(node_pid "$n" || true)"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$(node_dir "$n")"
  done
  log "stopped (data deleted)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if cluster_ready; then echo "running: 2 nodes, green"; exit 0; fi
    for n in 1 2; do if node_alive "$n"; then echo "node-$n running"; else echo "node-$n not running"; fi; done
    exit 1 ;;
  pid) node_pid "${2:?node number}" ;;
  kill) pid="$(node_pid "${2:?node number}")"; kill -9 "$pid"; log "node-${2} (pid ${pid}) killed" ;;
  *) echo "usage: $0 start|stop|status|pid N|kill N" >&2; exit 2 ;;
esac
