#!/usr/bin/env bash
# Decide throughput on PostgreSQL (issue 5): POST /v1/decide with a 2 KB text full of PII from
# 32 concurrent clients for 30 s; reports decisions/s and latency (EdgeLoad) and database
# transactions/s from pg_stat_database, which shows the group commit (transactions << decisions).
# Usage: benchmarks/decide/run.sh     (env: CONNECTIONS=32 DURATION=30 WARMUP=15 PORT=18090 PG_HOST PG_PORT)
# The warm-up runs the same load unmeasured, so the JIT has compiled the hot path before the window.
# JAVA_OPTS: JVM options of the service (default -XX:+UseParallelGC, as the Dockerfile; JAVA_OPTS= for G1).
# GENERATOR=wrk drives the load with wrk (apt-get install wrk) instead of benchmarks/edge/EdgeLoad.java.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${PORT:-18090}"
DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
JAR=bootstrap/target/datafog-api.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
DB="datafog_bench_$(date +%s)"
psql_() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -At "$@"; }
psql_ -d postgres -c "CREATE DATABASE $DB" >/dev/null
data=$(mktemp -d)
cleanup() {
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
DATAFOG_ADDR=127.0.0.1:$PORT DATAFOG_RECEIPT_PATH="$data" DATAFOG_LOG_FORMAT=json \
DATAFOG_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=postgres" DATAFOG_RECEIPT_HASH_KEY=bench-key \
  java -Xmx1g ${JAVA_OPTS--XX:+UseParallelGC} -jar "$JAR" > "$data/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
xacts() { psql_ -d postgres -c "SELECT xact_commit FROM pg_stat_database WHERE datname = '$DB'"; }
before=$(xacts)
if [ "${GENERATOR:-java}" = wrk ]; then
  # wrk (C, epoll; Debian package `wrk`) takes less of the shared cores than the Java generator.
  # wrk's own warm-up run is unmeasured; its --latency table gives p50/p99.
  BODY=benchmarks/decide/decide-2k.json wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s benchmarks/post-body.lua \
    "http://127.0.0.1:$PORT/v1/decide" > /dev/null
  BODY=benchmarks/decide/decide-2k.json wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s benchmarks/post-body.lua \
    "http://127.0.0.1:$PORT/v1/decide"
else
  java benchmarks/edge/EdgeLoad.java --url "http://127.0.0.1:$PORT/v1/decide" --method POST \
    --body-file benchmarks/decide/decide-2k.json --header "Content-Type: application/json" \
    --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP"
fi
after=$(xacts)
receipts=$(psql_ -d "$DB" -c "SELECT count(*) FROM receipts")
echo "database: receipts=$receipts commits=$((after - before)) over the warm-up and the run" \
     "(~$(( (after - before) / (DURATION + WARMUP) )) transactions/s; includes pool validation and the stats query)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
