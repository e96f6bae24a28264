#!/usr/bin/env bash
# Retention purge benchmark (SPEC §9, docs/benchmarks.md "Retention purge").
# Seeds expired receipts in a dedicated PostgreSQL database, starts the service against it with the
# schedule disabled, runs POST /v1/retention/purges and reports rows/s from the purge record, plus the
# WAL the purge wrote. With RATE set, also drives POST /v1/decide at that fixed rate: LOAD_SECONDS
# before the purge ("before"), then from the purge's start to its end ("during"), and prints p50/p99 of both.
# TRIGGER=schedule (with RATE): the service's own scheduler starts the measured purge instead (its cron
# set at start for the moment the "before" minute ends); "during" is then cut afterwards from every
# request's latency by the purge record's start and end, so no process of this script runs meanwhile.
#
#   benchmarks/retention/run.sh                 # 5,000,000 rows, 50 tenants, batch 5000, no load
#   RATE=200 SKIP_SEED=1 benchmarks/retention/run.sh    # purge an earlier seed under 200 decisions/s
#   ROWS=500000 BATCH=20000 RULES=0 benchmarks/retention/run.sh
#
# THREADS=1 also samples the service's threads' CPU (thread-cpu.py) and reports it per thread group
# before and during the purge. JAVA_OPTS: the service's JVM options (default -Xmx1g -XX:+UseParallelGC, the
# collector of the Dockerfile; JAVA_OPTS= for the JVM's default G1, as the runs before 2026-11-30 03:15 UTC).
# PROBES=1 also sends what a deployment's service receives besides decisions (deploy/kubernetes.yaml):
# GET /health every 5 s and a Prometheus scrape (/actuator/prometheus) every 15 s, from one process
# started with the service, so no process starts inside the measured windows.
# LOAD_NICE (a nice value, default 0; below 0 needs root) runs the load generator at that CPU priority.
# EARLY=1 runs the warm-up purge right after the service starts, before any decision (default: after
# the WARMUP_SECONDS warm-up load); COLD=1 runs none.
# RULES=1 (default) also seeds one receipt_rules row per receipt, as the receipt store writes for each
# matched rule; those rows go with their receipt through ON DELETE CASCADE. RULES=0: receipts only.
# The seed creates the monthly partitions its rows fall in (seed.sql), so the purge drops them whole,
# then is vacuumed (as autovacuum would have) and checkpointed before the service is measured.
# Needs: psql on PATH, a PostgreSQL reachable as PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432 postgres,
# trust auth), curl, jq, python3, and bootstrap/target/datafog-api.jar (./mvnw -B -q package -DskipTests -pl bootstrap -am).
# Set ADMIN_TOKEN when the service you start needs one for /v1/retention/**.
set -euo pipefail

ROWS=${ROWS:-5000000}
TENANTS=${TENANTS:-50}
BATCH=${BATCH:-5000}
RULES=${RULES:-1}
RATE=${RATE:-0}
WARM_ROWS=${WARM_ROWS:-200000}
LOAD_SECONDS=${LOAD_SECONDS:-60}
WARMUP_SECONDS=${WARMUP_SECONDS:-20}   # closed-loop decide load before the "before" minute (the JIT's warm-up)
TRIGGER=${TRIGGER:-request}
PURGE_SECONDS=${PURGE_SECONDS:-30}   # TRIGGER=schedule: load kept up this long after the purge's start
DB=${BENCH_DB:-datafog_bench}
PORT=${BENCH_PORT:-18471}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../../bootstrap/target/datafog-api.jar}
WORK=$(mktemp -d)
LOAD=(nice -n "${LOAD_NICE:-0}" java -cp "$WORK/load" EdgeLoad --url "http://127.0.0.1:$PORT/v1/decide" --method POST
      --body-file "$HERE/../decide/decide-2k.json" --header "Content-Type: application/json"
      --connections 32 --rate "$RATE")
echo "machine: $(nproc) cores, $(uptime)"
CRON=-
if [ "$TRIGGER" = schedule ]; then
  [ "$RATE" != 0 ] || { echo "TRIGGER=schedule measures decisions during the purge: set RATE"; exit 2; }
  # Time enough for the service's start, its warm-up and the warm-up purge, then the "before" minute.
  FIRE=$(( $(date +%s) + ${SCHEDULE_LEAD:-$(( 40 + WARMUP_SECONDS ))} + LOAD_SECONDS ))
  CRON="$(date -u -d "@$FIRE" +'%-S %-M %-H') * * *"
elif [ "$TRIGGER" != request ]; then
  echo "TRIGGER is request (default) or schedule"; exit 2
fi

if [ -z "${SKIP_SEED:-}" ]; then
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
fi

DATAFOG_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER" DATAFOG_RECEIPT_HASH_KEY=bench-key \
DATAFOG_ADDR="127.0.0.1:$PORT" DATAFOG_PURGE_CRON="$CRON" DATAFOG_PURGE_BATCH_SIZE=$BATCH \
DATAFOG_REQUEST_TIMEOUT=1h DATAFOG_RECEIPT_PATH="$WORK" \
  java ${JAVA_OPTS--Xmx1g -XX:+UseParallelGC} -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE=$!
LOADER=
[ -n "${THREADS:-}" ] && python3 "$HERE/thread-cpu.py" sample $SERVICE "$WORK/threads.txt" &
if [ -n "${PROBES:-}" ]; then   # the deployment's probes, from one process: /health every 5 s, a Prometheus scrape every 15 s
  python3 -c '
import sys, time, urllib.request
port, n = sys.argv[1], 0
while True:
    for path in ["/health"] + (["/actuator/prometheus"] if n % 3 == 0 else []):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=4).read()
        except Exception:
            pass
    n += 1
    time.sleep(5)
' $PORT &
  PROBER=$!
fi
finish() {
  status=$?
  if [ $status -ne 0 ]; then echo "benchmark failed ($status); service log:"; tail -20 "$WORK/service.log"; fi
  # No `set -e` here: wait reports the service's SIGTERM, and the work directory must still go.
  set +e
  [ -n "$LOADER" ] && kill "$LOADER" 2>/dev/null
  [ -n "${PROBER:-}" ] && kill "$PROBER" 2>/dev/null
  kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$WORK"
}
trap finish EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null

if [ -z "${SKIP_SEED:-}" ]; then
  echo "seeding $ROWS expired receipts across $TENANTS tenants (rule rows: $RULES)…"
  SEED_START=$(date +%s.%N)
  psql -q -d "$DB" -v ON_ERROR_STOP=1 -v rows="$ROWS" -v tenants="$TENANTS" -v rules="$RULES" -v age_days=200 -f "$HERE/seed.sql"
  if [ "$WARM_ROWS" != 0 ]; then   # an older, small month for the warm-up purge (below)
    psql -q -d "$DB" -v ON_ERROR_STOP=1 -v rows="$WARM_ROWS" -v tenants="$TENANTS" -v rules="$RULES" -v age_days=300 -f "$HERE/seed.sql"
  fi
  SEED_END=$(date +%s.%N)
  printf 'seeded in %.1f s\n' "$(echo "$SEED_END - $SEED_START" | bc)"
  # Months-old rows in a live database have long been vacuumed (autovacuum also runs on inserts since
  # PostgreSQL 13): hint bits set, pages all-visible. Without this, the purge's first read of the seed
  # would set hint bits on every page and write gigabytes back, which no real purge does.
  echo "vacuuming the seed as autovacuum would have, then a checkpoint…"
  psql -q -d "$DB" -c "VACUUM (ANALYZE) receipts, receipt_rules" -c "CHECKPOINT"
fi
echo "receipts: $(psql -Atq -d "$DB" -c 'SELECT COUNT(*) FROM receipts'), rule rows: $(psql -Atq -d "$DB" -c 'SELECT COUNT(*) FROM receipt_rules')," \
     "table size $(psql -Atq -d "$DB" -c "SELECT pg_size_pretty(sum(pg_total_relation_size(relid))) FROM pg_partition_tree('receipts')")"
echo "settings: $(psql -Atq -d postgres -c "SELECT string_agg(name || '=' || current_setting(name), ' ' ORDER BY name) FROM pg_settings
     WHERE name IN ('shared_buffers', 'max_wal_size', 'checkpoint_timeout', 'wal_compression', 'autovacuum')")"

wal() { psql -Atq -d postgres -c "SELECT s.wal_fpi, s.wal_bytes, b.checkpoints_timed + b.checkpoints_req
                                   FROM pg_stat_wal s, pg_stat_bgwriter b" | tr '|' ' '; }
AUTH=()
[ -n "${ADMIN_TOKEN:-}" ] && AUTH=(-H "Authorization: Bearer $ADMIN_TOKEN")

# The warm-up purge: a service that has run for a day has purged before. Its first purge makes the JIT
# recompile code the decisions use (docs/benchmarks.md "The first purge after a start"); purging the
# small month seeded 300 days back first (tenants' retention P250D for that purge only, so the 200-day
# month stays) measures a purge in a warmed-up service. COLD=1: measure the first purge. EARLY=1: the
# warm-up purge right after the service's start, before it has served any decision.
warm_up_purge() {
  OLD_MONTH=$(psql -Atq -d "$DB" -c "SELECT COUNT(*) FROM receipts WHERE created_at < now() - interval '250 days'")
  if [ -z "${COLD:-}" ] && [ "$OLD_MONTH" != 0 ]; then
    tenants=$(psql -Atq -d "$DB" -c "SELECT DISTINCT tenant_id FROM receipts WHERE created_at < now() - interval '250 days'")
    for t in $tenants; do
      curl -fs "${AUTH[@]}" -X PUT -H 'Content-Type: application/json' -d '{"retention":"P250D"}' \
        "http://127.0.0.1:$PORT/v1/retention/policies/$t" >/dev/null
    done
    echo "warm-up purge: $(curl -s "${AUTH[@]}" -X POST -H 'Content-Type: application/json' -d '{}' \
      "http://127.0.0.1:$PORT/v1/retention/purges" | jq -r '"\(.rows_deleted) receipts of the month 300 days back, \(.status)"')"
    for t in $tenants; do
      curl -fs "${AUTH[@]}" -X DELETE "http://127.0.0.1:$PORT/v1/retention/policies/$t" >/dev/null
    done
  else
    echo "no warm-up purge (COLD set, or no receipts 300 days back): the measured purge is the service's first"
  fi
}
[ -n "${EARLY:-}" ] && warm_up_purge
if [ "$RATE" != 0 ]; then
  javac -d "$WORK/load" "$HERE/../edge/EdgeLoad.java"   # compiled once: starts in well under a second
  echo "warming the service up ($WARMUP_SECONDS s closed loop, 8 connections), then decide load before the purge:" \
       "$RATE/s for $LOAD_SECONDS s…"
  "${LOAD[@]}" --rate 0 --connections 8 --duration "$WARMUP_SECONDS" --warmup 0 >/dev/null
fi
[ -z "${EARLY:-}" ] && warm_up_purge
if [ "$TRIGGER" = schedule ]; then
  until_before=$(( FIRE - 5 - LOAD_SECONDS - $(date +%s) ))   # "before" ends 3 s ahead of the scheduled purge
  [ "$until_before" -ge 0 ] || { echo "the scheduled purge is too close (raise SCHEDULE_LEAD)"; exit 1; }
  sleep "$until_before"
fi
if [ "$RATE" != 0 ]; then
  BEFORE_START=$EPOCHREALTIME
  "${LOAD[@]}" --duration "$LOAD_SECONDS" --warmup 2 --latencies "$WORK/before-latencies.txt" >"$WORK/before.txt"
  BEFORE_END=$EPOCHREALTIME
  # Measures from the purge's start until it ends (stop file), at most an hour. A new generator
  # process: its first 2 s (connections, its own JIT) are warm-up, not counted, as for "before";
  # the purge request goes out as that warm-up ends.
  read -r FPI0 BYTES0 CKPT0 <<<"$(wal)"   # before the generator starts: no psql inside the window
  if [ "$TRIGGER" = schedule ]; then
    "${LOAD[@]}" --duration $(( FIRE + PURGE_SECONDS - $(date +%s) )) --warmup 2 --timeline "$WORK/timeline.txt" \
      --latencies "$WORK/during-latencies.txt" >"$WORK/load.txt" &
  else
    "${LOAD[@]}" --duration 3600 --warmup 2 --stop-file "$WORK/purge-done" --timeline "$WORK/timeline.txt" >"$WORK/during.txt" &
  fi
  LOADER=$!
  sleep 2
else
  read -r FPI0 BYTES0 CKPT0 <<<"$(wal)"
fi

if [ "$TRIGGER" = schedule ]; then
  echo "the service's scheduler purges at $(date -u -d "@$FIRE" +%T) UTC (batch $BATCH)…"
  wait "$LOADER"
  LOADER=
else
  echo "purging (batch $BATCH)…"
  START=$EPOCHREALTIME
  curl -s "${AUTH[@]}" -X POST -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$PORT/v1/retention/purges" >"$WORK/purge.json" || true
  # The call returns when the purge has ended: the "during" window closes now (EdgeLoad ends it at the
  # file's modification time), and this script starts no other process on the shared cores until the
  # generator has seen the file and the requests in flight have been answered.
  touch "$WORK/purge-done"
  END=$EPOCHREALTIME
  [ "$RATE" != 0 ] && sleep 0.5
fi
# A request timeout (or a lost connection) does not stop the purge: wait for its record to finish.
until [ "$(curl -s "${AUTH[@]}" "http://127.0.0.1:$PORT/v1/retention/purges?limit=1" | jq -r '.purges[0].status')" != running ]; do
  sleep 1
done
read -r FPI1 BYTES1 CKPT1 <<<"$(wal)"
curl -s "${AUTH[@]}" "http://127.0.0.1:$PORT/v1/retention/purges?limit=1" | jq '.purges[0]' >"$WORK/record.json"
jq -r '"status \(.status), rows_deleted \(.rows_deleted), tenants \(.tenants | length), started \(.started_at), finished \(.finished_at)"' "$WORK/record.json"
python3 - "$WORK/record.json" <<'PY'
import json, sys, datetime
r = json.load(open(sys.argv[1]))
parse = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
seconds = (parse(r["finished_at"]) - parse(r["started_at"])).total_seconds()
print(f"purge duration {seconds:.1f} s, {r['rows_deleted'] / seconds:,.0f} rows/s")
PY
if [ "$TRIGGER" = schedule ]; then
  # "during": the requests due between the record's start and end (the generator's own summary covers
  # its whole run; its errors count is there), written as EdgeLoad would have; the timeline cut alike.
  read -r START END < <(python3 - "$WORK/record.json" "$WORK/during-latencies.txt" "$WORK/during.txt" "$WORK/timeline.txt" <<'PY'
import datetime, json, math, sys
record, latencies, during, timeline = sys.argv[1:5]
r = json.load(open(record))
if r["kind"] != "scheduled":
    sys.exit(f"the newest purge is {r['kind']}, not the scheduled one (did the schedule fire?)")
start, end = (datetime.datetime.fromisoformat(r[k].replace("Z", "+00:00")).timestamp() for k in ("started_at", "finished_at"))
rows = [(int(due), float(ms)) for due, ms in (line.split() for line in open(latencies))]
if not rows or rows[-1][0] < end * 1000:
    sys.exit("the purge outlasted the decide load (raise PURGE_SECONDS)")
window = sorted(ms for due, ms in rows if start * 1000 <= due <= end * 1000)
if not window:
    sys.exit("no decision was due while the purge ran (did it start before the load?)")
pct = lambda p: window[max(0, min(len(window) - 1, math.ceil(p * len(window)) - 1))]
with open(during, "w") as out:
    out.write(f"window      the purge record's start to end, measured {end - start:.1f} s\n"
              f"requests    {len(window)}\nlatency     p50 {pct(0.5):.2f} ms, p99 {pct(0.99):.2f} ms,"
              f" p99.9 {pct(0.999):.2f} ms, max {window[-1]:.2f} ms\n")
slots = [line for line in open(timeline)
         if start * 1000 - 100 < datetime.datetime.fromisoformat(line.split()[0].replace("Z", "+00:00")).timestamp() * 1000 <= end * 1000]
open(timeline, "w").writelines(slots)
print(f"{start:.3f} {end:.3f}")
PY
  )
  echo "decide load, whole run (warm-up excluded): $(grep -E '^requests' "$WORK/load.txt")"
else
  printf 'HTTP round trip %.1f s\n' "$(echo "$END - $START" | bc)"
fi
LOADED="with 2 s of decide load before it when RATE is set"
[ "$TRIGGER" = schedule ] && LOADED="with the decide load from 3 s before it until $PURGE_SECONDS s after its start"
echo "WAL during the purge (whole server, $LOADED): $(( (BYTES1 - BYTES0) / 1048576 )) MB, $((FPI1 - FPI0)) full-page images, $((CKPT1 - CKPT0)) checkpoints"
echo "remaining receipts: $(psql -Atq -d "$DB" -c 'SELECT COUNT(*) FROM receipts')"
grep -E 'partition' "$WORK/service.log" | sed 's/^/service log: /' || true
echo "machine after: $(uptime)"

if [ "$RATE" != 0 ]; then
  [ -n "$LOADER" ] && { wait "$LOADER" || true; }
  LOADER=
  echo "== decide before the purge"; cat "$WORK/before.txt"
  echo "== decide during the purge"; cat "$WORK/during.txt"
  python3 - "$WORK/before.txt" "$WORK/during.txt" "$WORK/before-latencies.txt" <<'PY'
import re, sys
texts = [open(f).read() for f in sys.argv[1:3]]
p99 = [float(re.search(r"p99 ([0-9.]+) ms", t).group(1)) for t in texts]
print(f"decide p99 during / before = {p99[1]:.2f} / {p99[0]:.2f} ms = {p99[1] / p99[0]:.2f}x (target <= 2x)")
# The control: the "before" minute cut into windows as long as "during", each window's p99 over the
# whole minute's. How far a window without any purge strays shows how much of the ratio is the purge.
before, seconds = (float(re.search(r"measured ([0-9.]+) s", t).group(1)) for t in texts)
rows = [line.split() for line in open(sys.argv[3])]
first, windows = int(rows[0][0]), {}
for due, ms in rows:
    windows.setdefault(int((int(due) - first) / (seconds * 1000)), []).append(float(ms))
ratios = sorted(sorted(w)[min(len(w) - 1, int(len(w) * 0.99))] / p99[0]
                for w in windows.values() if len(w) >= 0.9 * len(rows) * seconds / before)
if ratios:
    print(f"control, {len(ratios)} windows of {seconds:.1f} s before the purge: p99 / the minute's p99"
          f" median {ratios[len(ratios) // 2]:.2f}x, max {ratios[-1]:.2f}x, over 2x in {sum(r > 2 for r in ratios)}")
PY
  echo "during the purge, 100 ms slots (UTC, by due time) whose slowest decision took over twice the p99 before:"
  limit=$(sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p' "$WORK/before.txt")
  awk -v limit="$limit" '$3 > 2 * limit { print "  " $0 " ms" }' "$WORK/timeline.txt"
  if [ -n "${THREADS:-}" ]; then
    echo "service threads' CPU (cores; C2/C1 CompilerThre = the JIT):"
    python3 "$HERE/thread-cpu.py" report "$WORK/threads.txt" "  before" "$(echo "$BEFORE_START + 2" | bc)" "$BEFORE_END" \
      "  purge, first second" "$START" "$(echo "$START + 1" | bc)" "  purge, the rest" "$(echo "$START + 1" | bc)" "$END"
  fi
fi
