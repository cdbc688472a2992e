#!/usr/bin/env bash
# The audit event's insert before and after the hash chain (bench/AuditInsertBenchmark.java): 8 threads
# inserting for 10 s on a new database, on H2 and on PostgreSQL. Uses the packaged app's jars.
#   bench/audit-benchmark.sh                   # H2 and PostgreSQL on 127.0.0.1:5432 (user postgres)
#   bench/audit-benchmark.sh --h2-only
set -euo pipefail
cd "$(dirname "$0")/.."
PG_HOST=${PG_HOST:-127.0.0.1} PG_PORT=${PG_PORT:-5432} PG_USER=${PG_USER:-postgres}
SECONDS_EACH=${SECONDS_EACH:-10}
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  echo "Building the app (./mvnw package -DskipTests) for its jars..."
  ./mvnw -q package -DskipTests
fi
run() { java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/AuditInsertBenchmark.java "$@" 2>&1 | grep -v -i slf4j; }
for mode in --before --after; do
  dir=$(mktemp -d)
  run --h2 "$dir" "$mode" --seconds "$SECONDS_EACH"
  rm -rf "$dir"
done
[ "${1:-}" = --h2-only ] && exit 0
for mode in --before --after; do
  db=audit_bench_$$
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "CREATE DATABASE $db"
  run --url "jdbc:postgresql://$PG_HOST:$PG_PORT/$db" --user "$PG_USER" "$mode" --seconds "$SECONDS_EACH"
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "DROP DATABASE $db"
done
