#!/usr/bin/env bash
# Start a throw-away search engine (one OpenSearch node) on loopback for the search backend's tests.
#   deploy/local-search-engine.sh start   -> prints SEARCH_ENGINE_URL=... on its last line
#   deploy/local-search-engine.sh stop
# OpenSearch, from Maven Central (deploy/search-engine/pom.xml, needs Maven): Elastic's own test
# zip there lacks the analysis module (stemmer, synonym_graph), OpenSearch's has it. Talk to it
# with opensearch-py: the elasticsearch 8 client refuses any server that is not Elasticsearch.
# It is downloaded and unpacked once into $SEARCH_ENGINE_CACHE; the node's config, data and logs
# live in $SEARCH_ENGINE_DIR.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SEARCH_ENGINE_DIR=${SEARCH_ENGINE_DIR:-/tmp/kommunportal-search-engine}
SEARCH_ENGINE_PORT=${SEARCH_ENGINE_PORT:-59200}
SEARCH_ENGINE_CACHE=${SEARCH_ENGINE_CACHE:-$HOME/.cache/kommunportal-search-engine}
SEARCH_ENGINE_HEAP=${SEARCH_ENGINE_HEAP:-512m}
POM=$HERE/search-engine/pom.xml
VERSION=$(sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' "$POM")
ENGINE=$SEARCH_ENGINE_CACHE/opensearch-$VERSION
URL=http://127.0.0.1:$SEARCH_ENGINE_PORT
# Written by the node itself, in a folder it owns.
PIDFILE=$SEARCH_ENGINE_DIR/tmp/opensearch.pid
MIN_JAVA=21 # OpenSearch 3.x

# OpenSearch refuses to run as root; CI runs as root, so the node runs as nobody there.
RUN_AS=()
[ "$(id -u)" = 0 ] && RUN_AS=(runuser -u nobody --)

healthy() {
  curl -fsS -o /dev/null --max-time 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null
}

java_major() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

# The default Java on Debian 12 is 17, too old for OpenSearch 3: take $JAVA_HOME when it is new
# enough, else the Temurin 25 JDK, else the newest JDK in /usr/lib/jvm that is.
find_java() {
  local candidate major jdks
  mapfile -t jdks < <(printf '%s\n' /usr/lib/jvm/*/ | sort -rV)
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 "${jdks[@]}"; do
    candidate=${candidate%/}
    if [ -z "$candidate" ] || [ ! -x "$candidate/bin/java" ]; then continue; fi
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

download() {
  [ -x "$ENGINE/bin/opensearch" ] && return 0
  command -v mvn >/dev/null || { echo "Maven is needed to fetch OpenSearch (apt-get install maven)" >&2; exit 1; }
  mkdir -p "$SEARCH_ENGINE_CACHE"
  # Unpack beside the cache and move into place, so an interrupted download is not taken for a
  # complete one next time. -C: fail on a checksum mismatch instead of warning.
  local staging=$SEARCH_ENGINE_CACHE/.staging
  rm -rf "$staging"
  if ! mvn -B -q -C -f "$POM" -Dmaven.repo.local="$SEARCH_ENGINE_CACHE/m2" -Dengine.dir="$staging" \
      dependency:unpack@engine >"$SEARCH_ENGINE_CACHE/download.log" 2>&1; then
    cat "$SEARCH_ENGINE_CACHE/download.log" >&2
    exit 1
  fi
  rm -rf "$ENGINE"
  mv "$staging/opensearch-$VERSION" "$ENGINE"
  rm -rf "$staging"
}

# The node's own copy of the engine: hard links to the cached files (instant, no extra space),
# so that it can be read by nobody when the cache is under root's home. The node writes only into
# new files (config, data, logs), never into the linked ones.
lay_out() {
  local home=$SEARCH_ENGINE_DIR/home
  if [ ! -f "$home/lib/opensearch-$VERSION.jar" ]; then
    rm -rf "$home" "$SEARCH_ENGINE_DIR/config"
    mkdir -p "$SEARCH_ENGINE_DIR"
    cp -al "$ENGINE" "$home" 2>/dev/null || { rm -rf "$home"; cp -a "$ENGINE" "$home"; }
    # The JVM options write the GC log and crash files to logs/ relative to the engine's home.
    rm -rf "$home/logs"
    ln -s ../logs "$home/logs"
  fi
  mkdir -p "$SEARCH_ENGINE_DIR"/{data,logs,tmp}
  if [ ! -d "$SEARCH_ENGINE_DIR/config" ]; then
    # A real copy: the node writes its keystore here, and the settings below are ours.
    cp -r "$ENGINE/config" "$SEARCH_ENGINE_DIR/config"
  fi
  rm -f "$SEARCH_ENGINE_DIR/config/opensearch.yml" "$SEARCH_ENGINE_DIR/config/jvm.options.d/kommunportal.options"
  # Loopback only and one node: no discovery, and the production bootstrap checks (file
  # descriptors, vm.max_map_count) stay warnings. This distribution has no security plugin (plain
  # HTTP, no password) and no ML plugin. The disk watermarks are off so that a nearly full
  # developer disk does not turn the test indices read-only.
  cat >"$SEARCH_ENGINE_DIR/config/opensearch.yml" <<EOF
cluster.name: kommunportal-test
node.name: kommunportal-test
discovery.type: single-node
network.host: 127.0.0.1
http.port: $SEARCH_ENGINE_PORT
transport.port: $((SEARCH_ENGINE_PORT + 100))
path.data: $SEARCH_ENGINE_DIR/data
path.logs: $SEARCH_ENGINE_DIR/logs
cluster.routing.allocation.disk.threshold_enabled: false
EOF
  # A small heap: the test indices hold a few hundred documents (the default is 1 GB).
  cat >"$SEARCH_ENGINE_DIR/config/jvm.options.d/kommunportal.options" <<EOF
-Xms$SEARCH_ENGINE_HEAP
-Xmx$SEARCH_ENGINE_HEAP
-XX:HeapDumpPath=$SEARCH_ENGINE_DIR/logs
EOF
  if [ "$(id -u)" = 0 ]; then
    chown -R nobody:nogroup "$SEARCH_ENGINE_DIR"/{config,data,logs,tmp}
  fi
}

case "${1:-start}" in
  start)
    command -v curl >/dev/null || { echo "curl is needed (apt-get install curl)" >&2; exit 1; }
    if ! healthy; then
      java_home=$(find_java) || {
        echo "OpenSearch $VERSION needs Java $MIN_JAVA or newer (none in \$JAVA_HOME or /usr/lib/jvm)" >&2
        exit 1
      }
      download
      lay_out
      rm -f "$PIDFILE"
      # setsid and no open stdout: the node outlives this script and does not hold the pipe of a
      # caller that reads the URL with $(...).
      setsid "${RUN_AS[@]}" env JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$SEARCH_ENGINE_DIR/config" \
        OPENSEARCH_TMPDIR="$SEARCH_ENGINE_DIR/tmp" "$SEARCH_ENGINE_DIR/home/bin/opensearch" \
        -p "$PIDFILE" \
        </dev/null >"$SEARCH_ENGINE_DIR/logs/console.log" 2>&1 &
      launcher=$!
      # 12-26 s on two cores (more while other tests run); give up after three minutes.
      for _ in $(seq 180); do
        healthy && break
        if ! kill -0 "$launcher" 2>/dev/null; then
          echo "OpenSearch stopped while starting; the end of its log:" >&2
          tail -n 30 "$SEARCH_ENGINE_DIR/logs/console.log" >&2
          exit 1
        fi
        sleep 1
      done
      healthy || { echo "OpenSearch did not become healthy at $URL" >&2; tail -n 30 "$SEARCH_ENGINE_DIR/logs/console.log" >&2; exit 1; }
    fi
    echo "SEARCH_ENGINE_URL=$URL"
    ;;
  stop)
    if [ -f "$PIDFILE" ]; then
      pid=$(cat "$PIDFILE")
      kill "$pid" 2>/dev/null || true
      # OpenSearch flushes and closes its shards on SIGTERM; wait for that, then stop waiting.
      for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
      done
      if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
      rm -f "$PIDFILE"
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
