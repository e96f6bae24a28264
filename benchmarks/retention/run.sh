#!/usr/bin/env bash
# Retention purge benchmark (SPEC §9, docs/benchmarks.md "Retention purge").
# Seeds expired receipts in a dedicated PostgreSQL database, starts the service against it with the
# schedule disabled, runs POST /v1/retention/purges and reports rows/s from the purge record.
#
#   benchmarks/retention/run.sh                 # 5,000,000 rows, 50 tenants, batch 5000
#   ROWS=500000 BATCH=10000 benchmarks/retention/run.sh
#
# Needs: psql on PATH, a PostgreSQL reachable as PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432 postgres,
# trust auth), curl, jq, and bootstrap/target/datafog-api.jar (./mvnw -B -q package -DskipTests -pl bootstrap -am).
# Set ADMIN_TOKEN when the service you start needs one for /v1/retention/**.
set -euo pipefail

ROWS=${ROWS:-5000000}
TENANTS=${TENANTS:-50}
BATCH=${BATCH:-5000}
DB=${BENCH_DB:-datafog_bench}
PORT=${BENCH_PORT:-18080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../../bootstrap/target/datafog-api.jar}
WORK=$(mktemp -d)

if [ -z "${SKIP_SEED:-}" ]; then
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
fi

DATAFOG_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER" \
DATAFOG_ADDR="127.0.0.1:$PORT" DATAFOG_PURGE_CRON=- DATAFOG_PURGE_BATCH_SIZE=$BATCH \
DATAFOG_REQUEST_TIMEOUT=1h DATAFOG_RECEIPT_PATH="$WORK" \
  java -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE=$!
finish() {
  status=$?
  if [ $status -ne 0 ]; then echo "benchmark failed ($status); service log:"; tail -20 "$WORK/service.log"; fi
  kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$WORK"
}
trap finish EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null

if [ -z "${SKIP_SEED:-}" ]; then
  echo "seeding $ROWS expired receipts across $TENANTS tenants…"
  SEED_START=$(date +%s.%N)
  psql -q -d "$DB" -v ON_ERROR_STOP=1 -v rows="$ROWS" -v tenants="$TENANTS" -f "$HERE/seed.sql"
  SEED_END=$(date +%s.%N)
  printf 'seeded in %.1f s\n' "$(echo "$SEED_END - $SEED_START" | bc)"
fi
echo "receipts: $(psql -Atq -d "$DB" -c 'SELECT COUNT(*) FROM receipts'), table size $(psql -Atq -d "$DB" -c "SELECT pg_size_pretty(pg_total_relation_size('receipts'))")"

AUTH=()
[ -n "${ADMIN_TOKEN:-}" ] && AUTH=(-H "Authorization: Bearer $ADMIN_TOKEN")
echo "purging (batch $BATCH)…"
START=$(date +%s.%N)
curl -s "${AUTH[@]}" -X POST -H 'Content-Type: application/json' -d '{}' \
  "http://127.0.0.1:$PORT/v1/retention/purges" >"$WORK/purge.json" || true
END=$(date +%s.%N)
# A request timeout (or a lost connection) does not stop the purge: wait for its record to finish.
until [ "$(curl -s "${AUTH[@]}" "http://127.0.0.1:$PORT/v1/retention/purges?limit=1" | jq -r '.purges[0].status')" != running ]; do
  sleep 1
done
curl -s "${AUTH[@]}" "http://127.0.0.1:$PORT/v1/retention/purges?limit=1" | jq '.purges[0]' >"$WORK/record.json"
jq -r '"status \(.status), rows_deleted \(.rows_deleted), tenants \(.tenants | length), started \(.started_at), finished \(.finished_at)"' "$WORK/record.json"
python3 - "$WORK/record.json" <<'PY'
import json, sys, datetime
r = json.load(open(sys.argv[1]))
parse = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
seconds = (parse(r["finished_at"]) - parse(r["started_at"])).total_seconds()
print(f"purge duration {seconds:.1f} s, {r['rows_deleted'] / seconds:,.0f} rows/s")
PY
printf 'HTTP round trip %.1f s\n' "$(echo "$END - $START" | bc)"
echo "remaining receipts: $(psql -Atq -d "$DB" -c 'SELECT COUNT(*) FROM receipts')"
