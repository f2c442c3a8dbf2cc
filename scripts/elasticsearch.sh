#!/usr/bin/env bash
# Start, stop or check a local single-node Elasticsearch for development and tests.
#
#   scripts/elasticsearch.sh start    # download (once), start, wait until healthy
#   scripts/elasticsearch.sh stop
#   scripts/elasticsearch.sh status
#
# It runs Elastic's OSS integ-test distribution, fetched through Maven into ~/.m2,
# as an unprivileged user (Elasticsearch refuses to run as root) bound to 127.0.0.1.
# Tunables (environment): ES_VERSION, ES_PORT, ES_WORKDIR, ES_USER, ES_HEAP, ES_JAVA_HOME.
set -euo pipefail

ES_PORT="${ES_PORT:-9200}"
ES_WORKDIR="${ES_WORKDIR:-/tmp/monitor-es-${ES_PORT}}"
ES_HEAP="${ES_HEAP:-512m}"
URL="http://127.0.0.1:${ES_PORT}"

log() { echo "[elasticsearch] $*" >&2; }
# shellcheck source=scripts/es-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/es-lib.sh"

healthy() {
  curl -fsS "${URL}/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

start() {
  if healthy; then log "already running at ${URL}"; return; fi
  es_unpack "$ES_WORKDIR"
  local home="${ES_WORKDIR}/elasticsearch-${ES_VERSION}"
  es_run_as "$ES_WORKDIR"
  local java_home; java_home="$(es_find_java)"
  log "starting ${ES_VERSION} on ${URL} (java: ${java_home})"
  "${ES_RUN_AS[@]}" env ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="-Xms${ES_HEAP} -Xmx${ES_HEAP}" \
    "$home/bin/elasticsearch" -d -p "${ES_WORKDIR}/es.pid" \
    -E discovery.type=single-node -E xpack.security.enabled=false \
    -E network.host=127.0.0.1 -E http.port="${ES_PORT}" -E transport.port=0 \
    -E path.data="${ES_WORKDIR}/data" -E path.logs="${ES_WORKDIR}/logs" \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    >"${ES_WORKDIR}/stdout.log" 2>&1
  for _ in $(seq 1 180); do
    if healthy; then log "ready at ${URL}"; return; fi
    sleep 1
  done
  log "did not become healthy in 180 s; last log lines:"
  tail -n 40 "${ES_WORKDIR}/logs/"*.log >&2 || true
  exit 1
}

stop() {
  local pidfile="${ES_WORKDIR}/es.pid"
  if [[ -f "$pidfile" ]]; then
    local pid; pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    rm -f "$pidfile"
    log "stopped"
  else
    log "not running (no ${pidfile})"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if healthy; then echo "running at ${URL}"; else echo "not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
