#!/usr/bin/env bash
# Times the whole-clinic FHIR export (POST /admin/fhir: NDJSON per resource type, zipped) on the load
# benchmark's data: starts the packaged app, signs in as the benchmark admin (given the consultant
# role too, as the export requires), downloads the export with curl and samples the app's resident
# memory while it runs. Prints the time to the first byte (the export is streamed: one batch of clients
# in), the total time, the app's CPU time, the size, the peak resident memory and the lines (resources)
# per resource type over its numbered NDJSON files; results in target/bench/export-<db>.md.
#
#   bench/export-benchmark.sh --db pg --skip-build      # on bench/load-benchmark.sh's PostgreSQL data
set -euo pipefail
cd "$(dirname "$0")/.."

DB=pg          # the rest of the defaults (the load benchmark's data): bench/lib.sh
GENERATE=no
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx128m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:+UseSerialGC}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# shellcheck source=bench/lib.sh
. bench/lib.sh
while [ $# -gt 0 ]; do
  case "$1" in
    --jvm-opts) JVM_OPTS=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) if common_option "$@"; then shift "$COMMON_SHIFT"; else echo "Unknown option $1" >&2; exit 2; fi ;;
  esac
done
check_common_options
OUT=target/bench
mkdir -p "$OUT"
[ "$BUILD" = yes ] && build_app

# the export needs an admin who is also a consultant: the benchmark admin is one for the run
roles() { run_sql "UPDATE account SET roles = '$1' WHERE username = '$ADMIN'"; }
# H2 is one process's file: the role is given before the app starts (the load benchmark made the admin);
# PostgreSQL gives it once the app has started, which makes the admin on a database that has none yet
[ "$DB" = pg ] || roles ADMIN,CONSULTANT
trap 'stop_app; roles ADMIN' EXIT   # the role goes back however the run ends

echo "== Starting the app on port $PORT ($JVM_OPTS)"
# shellcheck disable=SC2086 # JVM_OPTS is a list of options
start_app "$OUT/export-app-$DB.log" $JVM_OPTS
for _ in $(seq 1 2400); do
  curl -fs -o /dev/null "$BASE/login" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped; see $OUT/export-app-$DB.log" >&2; exit 1; }
  sleep 0.05
done
[ "$DB" = pg ] && roles ADMIN,CONSULTANT
IFS=$'\t' read -r COOKIE TOKEN < <(sign_in "$ADMIN" /admin/fhir)

PEAK_FILE=$OUT/export-rss.txt
echo 0 > "$PEAK_FILE"
( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
    [ "$rss" -gt "$peak" ] && { peak=$rss; echo "$peak" > "$PEAK_FILE"; }
    sleep 0.5
  done ) &
SAMPLER=$!
# the app's CPU time over the export too: on a shared machine the wall time says less
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
CPU_BEFORE=$(cpu_ticks)
echo "== Exporting the clinic"
ZIP=$OUT/export.zip
TIMES=$(curl -s -o "$ZIP" -H "Cookie: $COOKIE" --data-urlencode "csrf-token=$TOKEN" \
  --data-urlencode "currentPassword=$PASSWORD" --data-urlencode "reason=benchmark of the clinic export" \
  -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' "$BASE/admin/fhir")
read -r CODE FIRST_BYTE TOTAL SIZE <<< "$TIMES"
kill "$SAMPLER" 2>/dev/null || true
CPU=$(awk -v a="$CPU_BEFORE" -v b="$(cpu_ticks)" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", (b - a) / hz}')
RSS_AFTER=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status")
stop_app
[ "$CODE" = 200 ] || { echo "The export answered $CODE" >&2; exit 1; }
{
  echo "Clinic export on $DB, $(date -u '+%F %H:%M UTC'); JVM: $JVM_OPTS"
  echo
  echo "| first byte s | total s | app CPU s | zip MB | peak RSS MB | RSS after MB |"
  echo "|---:|---:|---:|---:|---:|---:|"
  echo "| $FIRST_BYTE | $TOTAL | $CPU | $(awk -v b="$SIZE" 'BEGIN {printf "%.1f", b / 1048576}') | $(cat "$PEAK_FILE") | $RSS_AFTER |"
  echo
  echo "| resource type | files | lines |"
  echo "|---|---:|---:|"
  unzip -Z1 "$ZIP" | sed 's/-[0-9]*\.ndjson$//' | sort | uniq -c | while read -r files type; do
    echo "| $type | $files | $(unzip -p "$ZIP" "$type-*.ndjson" | wc -l) |"
  done
} > "$OUT/export-$DB.md"
cat "$OUT/export-$DB.md"
