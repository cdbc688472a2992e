#!/usr/bin/env bash
# Fills a Letdown Clinic database with synthetic data (bench/DataGenerator.java; --help lists the options).
# Uses the packaged app's jars (JDBC drivers, Flyway, the migrations); builds the app first if they are missing.
#   bench/generate-data.sh --h2 ./data --clients 100000 --consultations 1000000
#   bench/generate-data.sh --url jdbc:postgresql://127.0.0.1:5432/letdown --clients 100000
# Build for PostgreSQL with BENCH_PROFILE=pg (the database kind is fixed at build time; the generator
# itself works with either build's jars, both drivers are packaged).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  echo "Building the app (./mvnw package -DskipTests) for its jars..."
  ./mvnw -q package -DskipTests ${BENCH_PROFILE:+-Dquarkus.profile=$BENCH_PROFILE}
fi
exec java -Xmx2g -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/DataGenerator.java "$@"
