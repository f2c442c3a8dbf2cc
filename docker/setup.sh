#!/usr/bin/env bash
# One-shot setup for docker-compose.yml's `setup` service. Idempotent: run it again any
# time (`docker compose run --rm setup`), e.g. after changing rules or saved objects.
#
#   1. wait for Elasticsearch; set the kibana_system password (so Kibana can start) and
#      create the role and user the monitor runs as (ELASTICSEARCH_USERNAME); the
#      role may only manage <MONITOR_INDEX_PREFIX>-* indices and their templates
#   2. `monitor setup`        index templates and indices
#   3. `monitor rules sync`   watch rules from MONITOR_RULES into monitor-rules
#   4. wait for Kibana; `monitor kibana import`   data views, searches, dashboard
#   5. Airflow connections elasticsearch_default and slack_api_default
#
# Secrets come from the environment (see .env.example) and are never echoed.
set -euo pipefail

ES_URL="${ELASTICSEARCH_URL:-http://elasticsearch:9200}"
KIBANA_URL="${KIBANA_URL:-http://kibana:5601}"
MONITOR_USER="${ELASTICSEARCH_USERNAME:-monitor}"
INDEX_PREFIX="${MONITOR_INDEX_PREFIX:-monitor}"
SETUP_TIMEOUT="${SETUP_TIMEOUT:-600}"

log() { echo "[setup] $*"; }
die() { echo "[setup] ERROR: $*" >&2; exit 1; }

for var in ELASTIC_PASSWORD KIBANA_SYSTEM_PASSWORD ELASTICSEARCH_PASSWORD; do
  [[ -n "${!var:-}" ]] || die "${var} is not set (copy .env.example to .env and fill it in)"
done

# JSON from name=value pairs without a shell ever quoting a secret.
json() { python - "$@" <<'PY'
import json, sys
out = {}
for pair in sys.argv[1:]:
    key, _, value = pair.partition("=")
    out[key] = json.loads(value[1:]) if value.startswith("@") else value
print(json.dumps(out))
PY
}

# curl as the elastic superuser; the password travels in a header file, not argv.
es() {
  local method=$1 path=$2 body=${3:-}
  local auth; auth=$(printf 'elastic:%s' "$ELASTIC_PASSWORD" | base64 | tr -d '\n')
  curl -sS -X "$method" "${ES_URL}${path}" -H "Content-Type: application/json" \
    -H @<(printf 'Authorization: Basic %s\n' "$auth") ${body:+--data-binary "$body"}
}

wait_for() {  # wait_for <what> <command...>
  local what=$1; shift
  local deadline=$((SECONDS + SETUP_TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    (( SECONDS < deadline )) || die "${what} not ready after ${SETUP_TIMEOUT}s"
    sleep 5
  done
  log "${what} is ready"
}

es_ready() { es GET "/_cluster/health?wait_for_status=yellow&timeout=5s" | grep -q '"status":"\(green\|yellow\)"'; }
kibana_ready() { curl -sS -I "${KIBANA_URL}/" | grep -q '^HTTP/1.1 302'; }

# ---------------------------------------------------------------- 1. Elasticsearch users
log "waiting for Elasticsearch at ${ES_URL}"
wait_for "Elasticsearch" es_ready

log "setting the kibana_system password"
es POST /_security/user/kibana_system/_password "$(json "password=${KIBANA_SYSTEM_PASSWORD}")" | grep -q '^{}' \
  || die "could not set the kibana_system password"

log "creating role monitor_writer and user ${MONITOR_USER}"
es PUT /_security/role/monitor_writer "$(json \
  'cluster=@["monitor", "manage_index_templates"]' \
  "indices=@[{\"names\": [\"${INDEX_PREFIX}-*\"], \"privileges\": [\"all\"]}]")" | grep -q '"role":' \
  || die "could not create role monitor_writer"
es PUT "/_security/user/${MONITOR_USER}" "$(json "password=${ELASTICSEARCH_PASSWORD}" 'roles=@["monitor_writer"]' \
  'full_name=TikTok action monitor')" | grep -q '"created":' \
  || die "could not create user ${MONITOR_USER}"

# ---------------------------------------------------------------- 2-3. templates, rules
# The monitor CLI reads ELASTICSEARCH_URL/USERNAME/PASSWORD: it runs as its own user.
export ELASTICSEARCH_URL="$ES_URL"
log "monitor setup"
monitor setup
log "monitor rules sync"
monitor rules sync

# ---------------------------------------------------------------- 4. Kibana saved objects
log "waiting for Kibana at ${KIBANA_URL} (first start takes a minute or two)"
wait_for "Kibana" kibana_ready
# Kibana's import runs as the elastic superuser unless KIBANA_USERNAME/KIBANA_PASSWORD
# (or KIBANA_API_KEY) name another user with saved-object privileges.
export KIBANA_URL
export KIBANA_USERNAME="${KIBANA_USERNAME:-elastic}"
export KIBANA_PASSWORD="${KIBANA_PASSWORD:-$ELASTIC_PASSWORD}"
log "monitor kibana import"
if monitor kibana import --help >/dev/null 2>&1; then
  monitor kibana import
else
  # A CLI without the command yet: call the library function it wraps.
  python - <<'PY'
import os
from monitor.kibana import import_saved_objects
summary = import_saved_objects(
    os.environ["KIBANA_URL"],
    username=os.environ["KIBANA_USERNAME"],
    password=os.environ["KIBANA_PASSWORD"],
    api_key=os.environ.get("KIBANA_API_KEY") or None,
    space=os.environ.get("KIBANA_SPACE") or None,
    index_prefix=os.environ.get("MONITOR_INDEX_PREFIX") or "monitor",
)
print(f"[setup] imported {summary.success_count} Kibana saved objects")
PY
fi

# ---------------------------------------------------------------- 5. Airflow connections
es_host=$(python -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(p.scheme, p.hostname, p.port or 9200)' "$ES_URL")
read -r es_scheme es_hostname es_port <<<"$es_host"

replace_connection() {  # replace_connection <id> <json>
  airflow connections delete "$1" >/dev/null 2>&1 || true
  airflow connections add "$1" --conn-json "$2" >/dev/null
  log "Airflow connection $1 set"
}
replace_connection elasticsearch_default "$(json conn_type=elasticsearch "host=${es_hostname}" "port=@${es_port}" \
  "schema=${es_scheme}" "login=${MONITOR_USER}" "password=${ELASTICSEARCH_PASSWORD}")"
replace_connection slack_api_default "$(json conn_type=slack "password=${SLACK_BOT_TOKEN:-}" \
  "extra=@$(json "base_url=${SLACK_API_URL:-https://slack.com/api/}" "channel=${SLACK_CHANNEL:-#tiktok-actions}")")"

log "done: Kibana ${KIBANA_PUBLIC_URL:-http://localhost:5601}/app/dashboards#/view/monitor-dashboard"
