#!/usr/bin/env bash
# Times the admin reports (/admin/reports and every CSV) on a database filled with synthetic data.
# Builds the app, generates the data (bench/DataGenerator.java), starts the packaged app, signs in
# as an admin with curl, requests each report several times, prints median and max, stops the app.
# Results: target/bench/results-<db>.md (the figures docs/performance.md records).
#
#   bench/report-benchmark.sh                          # H2 file database, 100,000 clients, 1,000,000 consultations
#   bench/report-benchmark.sh --db pg                  # PostgreSQL database letdown_bench on 127.0.0.1:5432
#   bench/report-benchmark.sh --clients 10000 --consultations 100000 --runs 3
#   bench/report-benchmark.sh --skip-build --skip-generate   # time again on the data already there
set -euo pipefail
cd "$(dirname "$0")/.."

DB=h2
CLIENTS=100000
CONSULTATIONS=
RUNS=7
BUILD=yes
GENERATE=yes
PORT=8391
PG_HOST=127.0.0.1
PG_PORT=5432
PG_DB=letdown_bench
PG_USER=${CLINIC_DB_USER:-postgres}
DATA_DIR=./target/bench/h2-data

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; cat <<'EOF'
Options:
  --db h2|pg             database kind (default h2)
  --clients N            clients to generate (default 100000)
  --consultations N      consultations to generate (default 10 per client)
  --runs N               timed requests per report after two warm-up requests (default 7)
  --skip-build           use the app already in target/quarkus-app (built for the same --db)
  --skip-generate        keep the data from the last run
  --port N               HTTP port of the app under test (default 8391)
  --h2-dir DIR           the H2 database folder (default ./target/bench/h2-data; start it with ./ or /;
                         ./target/bench/h2-load-data is the load benchmark's)
  --pg-db NAME           PostgreSQL database, dropped and created again unless --skip-generate (default letdown_bench)
  --pg-host HOST, --pg-port N, --pg-user NAME   where PostgreSQL runs (default 127.0.0.1:5432, postgres)
EOF
}

# shellcheck source=bench/lib.sh
. bench/lib.sh
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) if common_option "$@"; then shift "$COMMON_SHIFT"; else echo "Unknown option $1" >&2; usage >&2; exit 2; fi ;;
  esac
done
check_common_options

OUT=target/bench
mkdir -p "$OUT"
JAR="$OUT/cookies.txt"
[ "$BUILD" = yes ] && build_app

GEN_LOG="$OUT/generate-$DB.log"
if [ "$GENERATE" = yes ]; then
  generate_data "$GEN_LOG"
fi

echo "== Starting the app on port $PORT"
# Time the computation itself: the app otherwise reuses a report page for a minute (clinic.report.cache-for).
export CLINIC_REPORT_CACHE_FOR=PT0S
start_app "$OUT/app-$DB.log"
for _ in $(seq 1 180); do
  if curl -fs -o /dev/null "$BASE/q/health/ready"; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The app stopped; see $OUT/app-$DB.log" >&2; exit 1; fi
  sleep 1
done
curl -fs -o /dev/null "$BASE/q/health/ready" || { echo "The app did not become ready" >&2; exit 1; }

echo "== Signing in as $ADMIN"
curl_sign_in "$JAR" "$ADMIN" || exit 1
settle_first_password "$BASE" "$JAR" "$PASSWORD"

TODAY=$(date +%F)
DAYS90="from=$(date -d '89 days ago' +%F)&to=$TODAY"
DAYS365="from=$(date -d '364 days ago' +%F)&to=$TODAY"
YEARS3="from=$(date -d '3 years ago' +%F)&to=$TODAY"
# the consultant listed first in the filter, for the filtered report
CONSULTANT=$(curl -fs -b "$JAR" "$BASE/admin/reports?$DAYS90" | grep -o '<option value="[0-9]*"' | head -1 | grep -o '[0-9]*')

declare -a NAMES URLS
add() { NAMES+=("$1"); URLS+=("$2"); }
for page in "" /outcomes /strategies; do
  name=${page#/}
  name=${name:-activity}
  add "page $name, last 90 days (default)" "/admin/reports$page"
  add "page $name, last 90 days, one consultant" "/admin/reports$page?$DAYS90&consultant=$CONSULTANT"
  add "page $name, last 365 days" "/admin/reports$page?$DAYS365"
  add "page $name, last 3 years (all data)" "/admin/reports$page?$YEARS3"
done
for table in activity consultations-by-kind consultations-by-month caseload intake outcomes goals plans \
    strategies strategy-letdown; do
  add "CSV $table, 90 days" "/admin/reports/$table.csv?$DAYS90"
done

RESULTS="$OUT/results-$DB.md"
{
  echo "Database: $DB; data: $CLIENTS clients, $CONSULTATIONS consultations (see $GEN_LOG)"
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB;" \
    "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Runs: 2 warm-up + $RUNS timed requests each, one after another; times in ms (curl time_total)"
  echo
  echo "| report | median ms | max ms | size KiB |"
  echo "|---|---:|---:|---:|"
} > "$RESULTS"
echo "== Timing ($RUNS runs each)"
for i in "${!URLS[@]}"; do
  url="$BASE${URLS[$i]}"
  times=()
  for run in $(seq 1 $((RUNS + 2))); do
    read -r code seconds bytes < <(curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "$url")
    if [ "$code" != 200 ]; then echo "${URLS[$i]} answered $code" >&2; exit 1; fi
    if [ "$run" -gt 2 ]; then times+=("$seconds"); fi
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.0f", m * 1000}')
  max=$(echo "$sorted" | tail -1 | awk '{printf "%.0f", $1 * 1000}')
  printf '| %s | %s | %s | %s |\n' "${NAMES[$i]}" "$median" "$max" "$((bytes / 1024))" | tee -a "$RESULTS"
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"
stop_app
echo "== Results in $RESULTS"
