#!/usr/bin/env bash
# Crash durability (SPEC §11): start the jar on PostgreSQL, send concurrent POSTs, kill -9 the
# process midway, restart it, and check that every id returned with 200 before the kill can be read
# back. Parameterised so it serves /v1/decide (the default) and any later receipt-writing route.
#
#   scripts/crash-test.sh                       # defaults below
#   POST_PATH=/v1/decide ID_FIELD=receipt_id GET_PATH='/v1/receipts/{id}' WORKERS=8 KILL_AFTER=5 scripts/crash-test.sh
#
# Needs: a built jar (./mvnw -B -q package -DskipTests), curl, psql, a PostgreSQL reachable as
# PG_URL (a fresh database is created and dropped). Exit 0 only when no returned id is lost.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-bootstrap/target/datafog-api.jar}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PORT=${PORT:-18480}
POST_PATH=${POST_PATH:-/v1/decide}
BODY=${BODY:-'{"action":{"type":"file.write","resource":"/tmp/out.txt"},"text":"mail alice@example.com"}'}
ID_FIELD=${ID_FIELD:-receipt_id}
GET_PATH=${GET_PATH:-/v1/receipts/{id}}
WORKERS=${WORKERS:-8}
KILL_AFTER=${KILL_AFTER:-5}

WORK=$(mktemp -d /tmp/datafog-crash.XXXXXX)
DB="datafog_crash_$(date +%s)_$$"
BASE="http://127.0.0.1:$PORT"
PID=""

cleanup() {
  [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null || true
  jobs -p | xargs -r kill 2>/dev/null || true
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start() {
  DATAFOG_ADDR="127.0.0.1:$PORT" DATAFOG_RECEIPT_PATH="$WORK/data" \
  DATAFOG_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=$PG_USER" DATAFOG_RECEIPT_HASH_KEY=crash-test-key \
    java -jar "$JAR" >>"$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health")" = 200 ] && return 0
    kill -0 "$PID" 2>/dev/null || { echo "crash-test: service exited during start"; tail -20 "$WORK/service.log"; exit 1; }
    sleep 0.5
  done
  echo "crash-test: service did not become healthy"; exit 1
}

worker() {
  local n=$1
  while true; do
    out=$(curl -s -m 10 -w '\n%{http_code}' -H 'Content-Type: application/json' -d "$BODY" "$BASE$POST_PATH" || true)
    code=${out##*$'\n'}
    if [ "$code" = 200 ]; then
      id=$(printf '%s' "${out%$'\n'*}" | grep -o "\"$ID_FIELD\":\"[^\"]*\"" | head -1 | cut -d'"' -f4 || true)
      [ -n "$id" ] && echo "$id" >>"$WORK/acked.$n"
    fi
  done
}

[ -f "$JAR" ] || { echo "crash-test: $JAR not found; run ./mvnw -B -q package -DskipTests"; exit 1; }
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $DB"

start
probe=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$BODY" "$BASE$POST_PATH")
[ "$probe" = 200 ] || { echo "crash-test: POST $POST_PATH answers $probe, not 200: nothing to test on this build"; exit 2; }

for n in $(seq 1 "$WORKERS"); do worker "$n" & done
sleep "$KILL_AFTER"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=""
jobs -p | xargs -r kill 2>/dev/null || true
wait 2>/dev/null || true

cat "$WORK"/acked.* 2>/dev/null | sort -u >"$WORK/acked" || true
acked=$(wc -l <"$WORK/acked")
start
lost=0
while read -r id; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${GET_PATH//\{id\}/$id}")
  if [ "$code" != 200 ]; then
    lost=$((lost + 1))
    echo "crash-test: LOST $id ($code)"
  fi
done <"$WORK/acked"

echo "crash-test: $(date -u +%FT%TZ) path=$POST_PATH workers=$WORKERS kill_after=${KILL_AFTER}s acknowledged=$acked lost=$lost"
[ "$acked" -gt 0 ] || { echo "crash-test: no request was acknowledged before the kill"; exit 1; }
[ "$lost" -eq 0 ]
