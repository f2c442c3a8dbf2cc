#!/usr/bin/env bash
# Check (and, as root on Debian/Ubuntu, install) the system tools the run and the tests need:
# Python 3.11, a JDK 21+ for Elasticsearch (Temurin 25 recommended), Maven, unzip, curl;
# for the Airflow integration tests: Chromium (tests/test_airflow_ui.py), Redis and PostgreSQL
# (tests/test_celery.py: the Celery broker and Airflow's metadata database).
#
#   scripts/system-deps.sh run    what `make run` needs
#   scripts/system-deps.sh test   that, plus what the integration tests need
set -euo pipefail
purpose="${1:-test}"
tools=(unzip curl mvn)
[[ "$purpose" == "test" ]] && tools+=(chromium redis-server)
missing=()
for tool in "${tools[@]}"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [[ "$purpose" == "test" ]]; then
  # Debian keeps the PostgreSQL server binaries off PATH, under /usr/lib/postgresql/<version>/bin.
  shopt -s nullglob
  pg_bins=(/usr/lib/postgresql/*/bin/pg_ctl)
  shopt -u nullglob
  command -v pg_ctl >/dev/null 2>&1 || ((${#pg_bins[@]})) || missing+=(pg_ctl)
  # flags in the tracker page's screenshot (tests/test_tracker_page.py)
  fc-list 2>/dev/null | grep -qi "color emoji" || missing+=(emoji-font)
fi
if ((${#missing[@]})); then
  pkgs=()
  for tool in "${missing[@]}"; do case "$tool" in mvn) pkgs+=(maven) ;; pg_ctl) pkgs+=(postgresql) ;; emoji-font) pkgs+=(fonts-noto-color-emoji) ;; *) pkgs+=("$tool") ;; esac; done
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "[system-deps] installing ${pkgs[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
  else
    echo "[system-deps] please install: ${pkgs[*]}" >&2; exit 1
  fi
fi
shopt -s nullglob
jdks=(/usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]-openjdk*)
if ((${#jdks[@]} == 0)) && [[ -z "${ES_JAVA_HOME:-}" ]]; then
  echo "[system-deps] Elasticsearch needs Java 21+: install Temurin 25 (or set ES_JAVA_HOME)" >&2; exit 1
fi
