#!/usr/bin/env bash
# HTTP edge load run: the same target with auth + rate limit on (not limiting) and off.
# Usage: benchmarks/edge/run.sh [path] [method] [body-file]
#   path defaults to /metrics (auth + rate limited; /health is exempt from both);
#   after /v1/scan lands: benchmarks/edge/run.sh /v1/scan POST benchmarks/edge/scan-2k.json
# Environment: DURATION (30 s), WARMUP (15 s), CONNECTIONS (64), PORT, JAR (the service jar),
#   ORDER=off-first, ONLY=edge-on|edge-off (one of the two runs),
#   GENERATOR=wrk (POST with a body only; apt-get install wrk) instead of EdgeLoad.java,
#   JAVA_OPTS (default -XX:+UseParallelGC, as the Dockerfile; JAVA_OPTS= for the JVM's default G1).
set -euo pipefail
cd "$(dirname "$0")/../.."
TARGET_PATH="${1:-/metrics}"
METHOD="${2:-GET}"
BODY="${3:-}"
PORT="${PORT:-18080}"
DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-15}"
CONNECTIONS="${CONNECTIONS:-64}"
JAR="${JAR:-bootstrap/target/datafog-api.jar}"
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests -pl bootstrap -am
TOKEN=bench-token-$(date +%s)

run() {
  local label="$1"; shift
  local data; data=$(mktemp -d)
  env "$@" DATAFOG_ADDR=127.0.0.1:$PORT DATAFOG_RECEIPT_PATH="$data" DATAFOG_LOG_FORMAT=json \
      java -Xmx512m ${JAVA_OPTS--XX:+UseParallelGC} -jar "$JAR" > "$data/service.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
  local args=(--url "http://127.0.0.1:$PORT$TARGET_PATH" --method "$METHOD" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP")
  [ -n "$BODY" ] && args+=(--body-file "$BODY" --header "Content-Type: application/json")
  [ "$label" = "edge-on" ] && args+=(--header "Authorization: Bearer $TOKEN")
  echo "== $label"
  if [ "${GENERATOR:-java}" = wrk ]; then
    # wrk (C, epoll; Debian package `wrk`): POSTs $BODY; unmeasured warm-up run, then the measured one.
    local auth=(); [ "$label" = "edge-on" ] && auth=(-H "Authorization: Bearer $TOKEN")
    BODY="$BODY" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "${auth[@]}" -s benchmarks/post-body.lua "http://127.0.0.1:$PORT$TARGET_PATH" > /dev/null
    BODY="$BODY" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${auth[@]}" -s benchmarks/post-body.lua "http://127.0.0.1:$PORT$TARGET_PATH"
  else
    java benchmarks/edge/EdgeLoad.java "${args[@]}"
  fi
  kill -TERM "$pid"; wait "$pid" || true
  rm -rf "$data"
}

ON=(DATAFOG_API_TOKEN="$TOKEN" DATAFOG_RATE_LIMIT_RPS=1000000 DATAFOG_RATE_LIMIT_BURST=1000000)
if [ -n "${ONLY:-}" ]; then
  if [ "$ONLY" = edge-on ]; then run edge-on "${ON[@]}"; else run edge-off; fi
elif [ "${ORDER:-on-first}" = "off-first" ]; then
  run edge-off; run edge-on "${ON[@]}"
else
  run edge-on "${ON[@]}"; run edge-off
fi
