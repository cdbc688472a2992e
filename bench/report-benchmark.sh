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

while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --consultations) CONSULTATIONS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --skip-build) BUILD=no; shift ;;
    --skip-generate) GENERATE=no; shift ;;
    --port) PORT=$2; shift 2 ;;
    --h2-dir) DATA_DIR=$2; shift 2 ;;
    --pg-db) PG_DB=$2; shift 2 ;;
    --pg-host) PG_HOST=$2; shift 2 ;;
    --pg-port) PG_PORT=$2; shift 2 ;;
    --pg-user) PG_USER=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
CONSULTATIONS=${CONSULTATIONS:-$((CLIENTS * 10))}
case "$DB" in h2|pg) ;; *) echo "--db is h2 or pg" >&2; exit 2 ;; esac
if ! [[ "$PG_DB" =~ ^[a-z_][a-z0-9_]*$ ]]; then echo "--pg-db: letters, digits and _ only" >&2; exit 2; fi

OUT=target/bench
mkdir -p "$OUT"
PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
BASE="http://127.0.0.1:$PORT"
# shellcheck source=bench/lib.sh
. bench/lib.sh
JAR="$OUT/cookies.txt"
[ "$BUILD" = yes ] && build_app

GEN_LOG="$OUT/generate-$DB.log"
if [ "$GENERATE" = yes ]; then
  generate_data "$GEN_LOG"
fi

echo "== Starting the app on port $PORT"
export CLINIC_SESSION_KEY="bench-session-key-$(date +%s%N)-not-for-production"
export CLINIC_CSRF_KEY="bench-csrf-key-$(date +%s%N)-not-for-production-either"
# Time the computation itself: the app otherwise reuses a report page for a minute (clinic.report.cache-for).
export CLINIC_REPORT_CACHE_FOR=PT0S
export CLINIC_ADMIN_USERNAME=$ADMIN CLINIC_ADMIN_PASSWORD=$PASSWORD QUARKUS_HTTP_PORT=$PORT
if [ "$DB" = pg ]; then
  QUARKUS_PROFILE=pg CLINIC_DB_URL=$PG_URL CLINIC_DB_USER=$PG_USER \
    java -jar target/quarkus-app/quarkus-run.jar > "$OUT/app-$DB.log" 2>&1 &
else
  CLINIC_DATA_DIR=$DATA_DIR java -jar target/quarkus-app/quarkus-run.jar > "$OUT/app-$DB.log" 2>&1 &
fi
APP_PID=$!
for _ in $(seq 1 180); do
  if curl -fs -o /dev/null "$BASE/q/health/ready"; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The app stopped; see $OUT/app-$DB.log" >&2; exit 1; fi
  sleep 1
done
curl -fs -o /dev/null "$BASE/q/health/ready" || { echo "The app did not become ready" >&2; exit 1; }

echo "== Signing in as $ADMIN"
rm -f "$JAR"
curl -fs -c "$JAR" -b "$JAR" -o /dev/null "$BASE/login"
LOCATION=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "j_username=$ADMIN" --data-urlencode "j_password=$PASSWORD" "$BASE/j_security_check")
case "$LOCATION" in *login*|"") echo "Sign-in failed ($LOCATION)" >&2; exit 1 ;; esac

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
