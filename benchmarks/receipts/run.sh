#!/bin/sh
# Seeds 2,000,000 receipts into a fresh schema of a PostgreSQL database and measures the
# tenant + time-range list query through JdbcReceiptStore. Not part of the build.
#   benchmarks/receipts/run.sh 'postgresql://postgres@127.0.0.1:5432/test' [rows]
# SKIP_SEED=1 measures an already seeded schema again. Needs psql, and the project built once (./mvnw -B -q install -DskipTests).
set -eu
PGURL=${1:?usage: run.sh postgresql://user@host:port/db [rows]}
ROWS=${2:-2000000}
SCHEMA=bench_receipts
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

if [ "${SKIP_SEED:-0}" != 1 ]; then
psql "$PGURL" -q -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
# Shared and PostgreSQL-only migrations, in version order (as spring.flyway.locations applies them).
for migration in $(ls "$ROOT"/db/src/main/resources/db/migration/V*.sql "$ROOT"/db/src/main/resources/db/vendor/postgresql/V*.sql \
                   | awk -F/ '{ v = $NF; sub(/^V/, "", v); sub(/__.*/, "", v); print v "\t" $0 }' | sort -n | cut -f2); do
  PGOPTIONS="-c search_path=$SCHEMA" psql "$PGURL" -q -v ON_ERROR_STOP=1 -f "$migration"
done
start=$(date +%s)
PGOPTIONS="-c search_path=$SCHEMA" psql "$PGURL" -q -v rows="$ROWS" -v tenants=200 -f "$ROOT/benchmarks/receipts/seed.sql"
echo "seeded $ROWS receipts in $(( $(date +%s) - start )) s"
PGOPTIONS="-c search_path=$SCHEMA" psql "$PGURL" -Atc "SELECT pg_size_pretty(sum(pg_total_relation_size(relid))) FROM pg_partition_tree('receipts')" \
  | sed 's/^/receipts table with indexes: /'
fi

cd "$ROOT"
./mvnw -B -q dependency:build-classpath -pl adapters/jdbc -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/target/bench-classpath.txt"
CP="$(cat "$ROOT/target/bench-classpath.txt"):adapters/jdbc/target/classes:application/target/classes:domain/target/classes"
JDBC="jdbc:$(echo "$PGURL" | sed 's#^postgresql://\([^@]*\)@#postgresql://#')"
USER_PART=$(echo "$PGURL" | sed -n 's#^postgresql://\([^@:]*\).*@.*#\1#p')
SEP='?'; case "$JDBC" in *\?*) SEP='&';; esac
java -cp "$CP" benchmarks/receipts/QueryLatency.java "$JDBC${SEP}user=$USER_PART&currentSchema=$SCHEMA" 2000 200
