#!/usr/bin/env bash
# One hostile decide, timed: VALUES distinct IPv4 addresses in the text (each one a value the receipt
# must not keep, so each is hunted for in every action field) and ARGS action arguments that hold
# none of them. Reports, per request, the status, the wall time and the CPU seconds the service used.
# Usage: benchmarks/decide/hostile-redaction.sh   (env: JAR=bootstrap/target/datafog-api.jar VALUES=20000
#        ARGS=100000 REPEAT=3 PORT=18093). H2 in a temp directory; request timeout 300 s so every request ends.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR="${JAR:-bootstrap/target/datafog-api.jar}"
VALUES="${VALUES:-20000}"
ARGS="${ARGS:-100000}"
REPEAT="${REPEAT:-3}"
PORT="${PORT:-18093}"
work=$(mktemp -d)
cleanup() {
  if [ -n "${pid:-}" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
python3 - "$VALUES" "$ARGS" > "$work/body.json" <<'PY'
import json, sys
values, args = int(sys.argv[1]), int(sys.argv[2])
text = " ".join("10.%d.%d.%d" % (i // 65536 % 256, i // 256 % 256, i % 256) for i in range(1, values + 1))
print(json.dumps({"action": {"type": "shell.exec", "command": "run", "args": ["arg"] * args},
                  "text": text}, separators=(",", ":")))
PY
DATAFOG_ADDR=127.0.0.1:$PORT DATAFOG_RECEIPT_PATH="$work/data" DATAFOG_REQUEST_TIMEOUT=300s DATAFOG_LOG_FORMAT=text \
  java -Xmx2g -jar "$JAR" > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$pid/stat"; }
echo "body: $(wc -c < "$work/body.json") bytes, $VALUES values in the text, $ARGS arguments; jar $JAR"
for i in $(seq 1 "$REPEAT"); do
  before=$(cpu)
  result=$(curl -s -o "$work/out.json" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    --data-binary @"$work/body.json" "http://127.0.0.1:$PORT/v1/decide")
  after=$(cpu)
  echo "request $i: status ${result% *}, wall ${result#* } s, service CPU $(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.2f", a - b}') s"
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
