# Shared by scripts/elasticsearch.sh (one node) and scripts/es-cluster.sh (two nodes); sourced,
# not run. Callers define log(). Tunables: ES_VERSION, ES_USER, ES_JAVA_HOME.
ES_VERSION="${ES_VERSION:-9.5.4}"
ES_USER="${ES_USER:-monitor-es}"
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_ZIP="${HOME}/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/${ES_VERSION}/elasticsearch-${ES_VERSION}.zip"

# es_find_java: print a JDK 21+ home (ES_JAVA_HOME, else Temurin or OpenJDK under /usr/lib/jvm).
es_find_java() {
  if [[ -n "${ES_JAVA_HOME:-}" ]]; then echo "$ES_JAVA_HOME"; return; fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-2[1-9]-jdk* /usr/lib/jvm/java-2[1-9]-openjdk*; do
    if [[ -x "$candidate/bin/java" ]]; then echo "$candidate"; return; fi
  done
  log "no Java 21+ found: install Temurin 25 and set ES_JAVA_HOME"; exit 1
}

# es_unpack WORKDIR: fetch the distribution with Maven (once, into ~/.m2) and unzip it in WORKDIR.
es_unpack() {
  local workdir="$1"
  if [[ ! -f "$ES_ZIP" ]]; then
    log "fetching ${ES_ARTIFACT} with Maven"
    mvn -q dependency:get -Dartifact="${ES_ARTIFACT}" -Dtransitive=false >&2
  fi
  if [[ ! -d "${workdir}/elasticsearch-${ES_VERSION}" ]]; then
    mkdir -p "$workdir"
    (cd "$workdir" && unzip -q "$ES_ZIP")
  fi
}

# es_run_as WORKDIR: Elasticsearch refuses to run as root, so as root create ES_USER, give it
# WORKDIR and set ES_RUN_AS to the command prefix that drops to it (empty otherwise).
es_run_as() {
  ES_RUN_AS=()
  if [[ "$(id -u)" == "0" ]]; then
    id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER" "$1"
    ES_RUN_AS=(runuser -u "$ES_USER" --)
  fi
}
