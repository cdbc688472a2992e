#!/usr/bin/env bash
# Load test of the packaged app with wrk: builds the app, fills a database with synthetic data
# (bench/DataGenerator.java, with portal accounts and a consultant whose password is known),
# starts the app, signs in as an admin, a consultant and a few clients, and drives each page in turn
# with wrk (32 connections by default) on loopback. Prints per page requests per second, p50 and
# p99 latency, errors, the share of the static-file ceiling and the verdict against the budgets,
# and the CPU each request took in the app and in PostgreSQL (processes' CPU time over the run
# divided by its requests; on H2 the database's work is the app's); then the startup time to the
# first answered request and the resident memory after the run.
# Results: target/bench/load-<db>.md (the figures docs/performance.md records).
#
#   bench/load-benchmark.sh --db pg                       # PostgreSQL, 100,000 clients, 1,000,000 consultations
#   bench/load-benchmark.sh --db h2 --clients 2000        # H2, a small data set
#   bench/load-benchmark.sh --db pg --skip-build --skip-generate --duration 20   # again on the same data
set -euo pipefail
cd "$(dirname "$0")/.."

DB=h2
CLIENTS=100000
CONSULTATIONS=
DURATION=30
WARMUP=5
JIT_WARMUP=30
CONNECTIONS=32
THREADS=2
BUILD=yes
GENERATE=yes
PORT=8392
PG_HOST=127.0.0.1
PG_PORT=5432
PG_DB=letdown_load
PG_USER=${CLINIC_DB_USER:-postgres}
PORTAL_SESSIONS=4
DATA_DIR=./target/bench/h2-load-data   # H2 wants ./ before a relative path
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx128m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:+UseSerialGC}
# glibc malloc, for the JVM's native allocations (the JIT's above all): fewer arenas, and freed
# memory handed back to the system at once instead of kept for reuse (not -XX:TrimNativeHeapInterval:
# it stalls requests while it trims).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export MALLOC_TRIM_THRESHOLD_=${MALLOC_TRIM_THRESHOLD_:-131072} MALLOC_MMAP_THRESHOLD_=${MALLOC_MMAP_THRESHOLD_:-131072}
ONLY=

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; cat <<'EOT'
Options:
  --db h2|pg             database kind (default h2)
  --clients N            clients to generate (default 100000)
  --consultations N      consultations to generate (default 10 per client)
  --duration S           seconds of measured load per page (default 30), after --warmup S (default 5)
  --jit-warmup S         before any measurement, every GET page in turn for S seconds (default 30; 0: none),
                         so that the JIT has compiled the app as a server that has been running would have;
                         the log entry POST, left out of it, gets S seconds of warm-up just before its run
  --connections N        wrk connections (default 32), --threads N wrk threads (default 2)
  --skip-build           use the app already in target/quarkus-app (built for the same --db)
  --skip-generate        keep the data (and its accounts file: target/bench/load-accounts-pg.txt, <h2-dir>.accounts.txt)
  --only REGEX           measure only the pages whose name matches (the static file always runs)
  --port N               HTTP port of the app under test (default 8392)
  --h2-dir DIR           the H2 database folder (default ./target/bench/h2-load-data; start it with ./ or /)
  --jvm-opts "..."       JVM options of the app (default "-Xmx128m -Xss512k -XX:ReservedCodeCacheSize=48m
                         -XX:+UseSerialGC"; env BENCH_JVM_OPTS); MALLOC_ARENA_MAX=2, MALLOC_TRIM_THRESHOLD_ and
                         MALLOC_MMAP_THRESHOLD_=131072 unless set
  --pg-db NAME           PostgreSQL database, dropped and created again unless --skip-generate (default letdown_load)
  --pg-host HOST, --pg-port N, --pg-user NAME   where PostgreSQL runs (default 127.0.0.1:5432, postgres)
EOT
}

# shellcheck source=bench/lib.sh
. bench/lib.sh
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --jit-warmup) JIT_WARMUP=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --jvm-opts) JVM_OPTS=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) if common_option "$@"; then shift "$COMMON_SHIFT"; else echo "Unknown option $1" >&2; usage >&2; exit 2; fi ;;
  esac
done
check_common_options
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

OUT=target/bench
mkdir -p "$OUT/sessions"
ACCOUNTS=$OUT/load-accounts-pg.txt
[ "$DB" = pg ] || ACCOUNTS=$DATA_DIR.accounts.txt   # next to its H2 database
[ "$BUILD" = yes ] && build_app

GEN_LOG="$OUT/load-generate-$DB.log"
if [ "$GENERATE" = yes ]; then
  generate_data "$GEN_LOG" --known-password "$PASSWORD" --portal-accounts "$PORTAL_SESSIONS" --accounts-file "$ACCOUNTS"
fi
[ -f "$ACCOUNTS" ] || { echo "$ACCOUNTS is missing: run without --skip-generate" >&2; exit 1; }
range() { awk -v k="$1" '$1 == k {print $2, $3}' "$ACCOUNTS"; }
read -r CLIENT_LO CLIENT_HI < <(range clients)
read -r VISIT_LO VISIT_HI < <(range consultations)
read -r PLAN_LO PLAN_HI < <(range plans)
CONSULTANT=$(awk '$1 == "consultant" {print $2; exit}' "$ACCOUNTS")
# what the booking POST books with: "<type id> <location id> <first consultant id> <last consultant id>"
BOOKING="$(range booking) $(range consultants)"
read -r _ LAST_APPOINTMENT < <(range appointments) || true
mapfile -t PORTAL_USERS < <(awk '$1 == "client" {print $2}' "$ACCOUNTS")
[ "${#PORTAL_USERS[@]}" -gt 0 ] || { echo "No portal accounts in $ACCOUNTS" >&2; exit 1; }

# The log entries and bookings an earlier run POSTed would slow the pages of this one: remove them.
CLEANUP="DELETE FROM appointment_reminder WHERE appointment_id > ${LAST_APPOINTMENT:-0};
DELETE FROM appointment_change WHERE appointment_id > ${LAST_APPOINTMENT:-0};
DELETE FROM appointment WHERE id > ${LAST_APPOINTMENT:-0};
DELETE FROM log_entry_strategy WHERE entry_id IN (SELECT id FROM letdown_log_entry WHERE note = 'wrk load test');
DELETE FROM log_entry_activity WHERE entry_id IN (SELECT id FROM letdown_log_entry WHERE note = 'wrk load test');
DELETE FROM letdown_log_entry WHERE note = 'wrk load test';
UPDATE client SET language = 'es' WHERE portal_account_id = (SELECT id FROM account WHERE username = '${PORTAL_USERS[0]}');"
# (the last statement: the first portal client reads her pages in Spanish, so the budgets cover the Spanish pages too)
run_sql "$CLEANUP"
[ "$DB" = pg ] && run_sql "VACUUM ANALYZE letdown_log_entry"

echo "== Starting the app on port $PORT ($JVM_OPTS)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
T0=$(date +%s%N)
# shellcheck disable=SC2086 # JVM_OPTS is a list of options
start_app "$OUT/load-app-$DB.log" $JVM_OPTS
STARTUP_MS=
for _ in $(seq 1 3000); do
  if curl -fs -o /dev/null "$BASE/login"; then STARTUP_MS=$(( ($(date +%s%N) - T0) / 1000000 )); break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "The app stopped; see $OUT/load-app-$DB.log" >&2; exit 1; fi
  sleep 0.05
done
[ -n "$STARTUP_MS" ] || { echo "The app did not answer" >&2; exit 1; }
RSS_START=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
echo "First answered request after $STARTUP_MS ms ($(grep -o 'started in [0-9.]*s' "$OUT/load-app-$DB.log" || true))"

echo "== Signing in: $ADMIN, $CONSULTANT, ${PORTAL_USERS[*]}"
sign_in "$ADMIN" /admin/reports > "$OUT/sessions/admin.tsv"
sign_in "$CONSULTANT" /clients/new > "$OUT/sessions/consultant.tsv"
: > "$OUT/sessions/client.tsv"
for user in "${PORTAL_USERS[@]}"; do sign_in "$user" /portal/log >> "$OUT/sessions/client.tsv"; done
# the time the log form proposes (now, in the server's zone), for every POST of the run
OCCURRED_AT=$(curl -fs -H "Cookie: $(head -1 "$OUT/sessions/client.tsv" | cut -f1)" "$BASE/portal/log" \
  | grep -o 'name="occurredAt"[^>]*' | grep -o 'value="[^"]*"' | head -1 | sed 's/value="//; s/"$//')
[ -n "$OCCURRED_AT" ] || { echo "No time field on /portal/log" >&2; exit 1; }

# name | role | method | path | id range | budget ms for p99
PAGES=(
  "static file /css/app.css|none|GET|/css/app.css||100"
  "client search|consultant|GET|/clients?q={name}||100"
  "client page|consultant|GET|/clients/{id}|$CLIENT_LO $CLIENT_HI|100"
  "consultation page|consultant|GET|/consultations/{id}|$VISIT_LO $VISIT_HI|100"
  "plan page|consultant|GET|/careplans/{id}|$PLAN_LO $PLAN_HI|100"
  "portal home|client|GET|/portal||100"
  "portal log page|client|GET|/portal/log||100"
  "log entry POST|client|POST|/portal/log||100"
  "report: activity|admin|GET|/admin/reports||1000"
  "report: outcomes|admin|GET|/admin/reports/outcomes||1000"
  "report: strategies|admin|GET|/admin/reports/strategies||1000"
  "schedule: her week|consultant|GET|/schedule?view=week||100"
  "schedule: everyone's week|consultant|GET|/schedule?view=week&consultant=all||100"
  "portal appointments|client|GET|/portal/appointments||100"
  "report: appointments|admin|GET|/admin/reports/appointments||1000"
  "booking POST|consultant|POST|/clients/{id}/appointments|$CLIENT_LO $CLIENT_HI|100"
)

# Checks that a page answers as expected with the session (wrk counts a redirect to /login as a success).
check_page() {
  local role=$1 method=$2 path=$3 lo=$4 cookie=() code
  [ "$role" = none ] || cookie=(-H "Cookie: $(head -1 "$OUT/sessions/$role.tsv" | cut -f1)")
  path=${path//\{id\}/$lo}
  path=${path//\{name\}/Sofia}
  if [ "$method" = GET ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' "${cookie[@]}" "$BASE$path")
    [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; return 1; }
  fi
}

# CPU time so far of the app ("app") or of every PostgreSQL process ("db"), one "pid milliseconds"
# line each; cpu_delta sums the growth of the processes alive at both ends of a run (a process that
# exits in between, an autovacuum worker say, would otherwise subtract its whole life's CPU).
cpu_snapshot() {
  local pids
  if [ "$1" = app ]; then pids=$APP_PID; else pids=$(pgrep -x postgres || true); fi
  # fields 14 and 15 of /proc/<pid>/stat (user and system time), counted after the command's ")"
  for pid in $pids; do
    sed "s/.*) /$pid /" "/proc/$pid/stat" 2>/dev/null || true
  done | awk -v hz="$(getconf CLK_TCK)" '{printf "%s %d\n", $1, ($13 + $14) * 1000 / hz}'
}
cpu_delta() { # before after (cpu_snapshot outputs)
  awk 'NR == FNR {before[$1] = $2; next} ($1 in before) {d += $2 - before[$1]} END {printf "%d", d}' \
    <(echo "$1") <(echo "$2")
}

# milliseconds of CPU per request, two decimals
per_request() { awk -v ms="$1" -v n="$2" 'BEGIN {if (n > 0) printf "%.2f", ms / n; else print "-"}'; }

run_wrk() { # seconds role method path lo hi
  local seconds=$1 role=$2 method=$3 path=$4 lo=$5 hi=$6 script=bench/wrk/get.lua
  [ "$method" = POST ] && script=bench/wrk/log-entry.lua
  [[ "$path" == */appointments ]] && [ "$method" = POST ] && script=bench/wrk/booking.lua
  local sessions=/dev/null
  [ "$role" = none ] || sessions=$OUT/sessions/$role.tsv
  BENCH_WRK_DIR=bench/wrk BENCH_SESSIONS=$sessions BENCH_PATH=$path BENCH_ID_LO=${lo:-1} BENCH_ID_HI=${hi:-1} \
    BENCH_OCCURRED_AT=$OCCURRED_AT BENCH_BOOKING=$BOOKING wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency --timeout 10s \
    -s "$script" "$BASE" 2>&1
}

RESULTS=$OUT/load-$DB.md
ROWS=()
CEILING=
FAILED=0
if [ "$JIT_WARMUP" -gt 0 ]; then
  echo "== JIT warm-up: every GET page for ${JIT_WARMUP}s"
  for entry in "${PAGES[@]}"; do
    IFS='|' read -r name role method path ids budget <<< "$entry"
    [ "$method" = GET ] || continue
    read -r lo hi <<< "${ids:-1 1}"
    run_wrk "$JIT_WARMUP" "$role" "$method" "$path" "$lo" "$hi" > "$OUT/wrk-warmup.log"
  done
fi
echo "== Load: $CONNECTIONS connections, $THREADS wrk threads, ${WARMUP}s warm-up + ${DURATION}s per page"
for entry in "${PAGES[@]}"; do
  IFS='|' read -r name role method path ids budget <<< "$entry"
  if [ -n "$ONLY" ] && [ "$role" != none ] && ! [[ "$name" =~ $ONLY ]]; then continue; fi
  read -r lo hi <<< "${ids:-1 1}"
  if ! check_page "$role" "$method" "$path" "$lo"; then
    row="| $name | $method $path | | | | | | | | | | check before the run failed: FAIL |"
    echo "$row"; ROWS+=("$row"); FAILED=1; continue
  fi
  # the JIT warm-up leaves the POST out (its entries would slow the portal pages measured before
  # it): it gets as long a warm-up here instead, after those pages
  warm=$WARMUP
  if [ "$method" = POST ] && [ "$JIT_WARMUP" -gt "$WARMUP" ]; then warm=$JIT_WARMUP; fi
  run_wrk "$warm" "$role" "$method" "$path" "$lo" "$hi" > "$OUT/wrk-warmup.log"
  app_before=$(cpu_snapshot app); db_before=$(cpu_snapshot db)
  output=$(run_wrk "$DURATION" "$role" "$method" "$path" "$lo" "$hi")
  app_cpu=$(cpu_delta "$app_before" "$(cpu_snapshot app)"); db_cpu=$(cpu_delta "$db_before" "$(cpu_snapshot db)")
  echo "$output" > "$OUT/wrk-${name//[^a-z]/_}-$DB.log"
  check_page "$role" "$method" "$path" "$lo" || { FAILED=1; name="$name (the check after the run failed)"; }
  if ! grep -q '^RESULT' <<< "$output"; then echo "wrk failed on $name:" >&2; echo "$output" >&2; exit 1; fi
  read -r _ requests _ rps p50 p99 max bad socket <<< "$(grep '^RESULT' <<< "$output")"
  [ -n "$CEILING" ] || CEILING=$rps
  share=$(awk -v a="$rps" -v b="$CEILING" 'BEGIN {printf "%.0f%%", 100 * a / b}')
  verdict=pass
  if awk -v p="$p99" -v b="$budget" 'BEGIN {exit !(p >= b)}' || [ "$bad" != 0 ] || [ "$socket" != 0 ]; then
    verdict=FAIL
    # the static file is the machine's ceiling, not a page of the app: shown, not counted
    if [ "$role" = none ]; then verdict="FAIL (the ceiling: not counted)"; else FAILED=1; fi
  fi
  db_per_request=-
  [ "$DB" = pg ] && db_per_request=$(per_request "$db_cpu" "$requests")
  row=$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | < %s ms: %s |' "$name" "$method $path" \
    "$requests" "$rps" "$p50" "$p99" "$max" "$((bad + socket))" "$share" "$(per_request "$app_cpu" "$requests")" \
    "$db_per_request" "$budget" "$verdict")
  echo "$row"
  ROWS+=("$row")
done

sleep 1
RSS_END=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
RSS_MB=$((RSS_END / 1024))
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
# The JIT's share: the CPU its compiler threads took over the whole run (at least: a compiler thread the
# JVM ended on the way took its time with it), and how full the code cache got
JIT_MS=$(for task in /proc/"$APP_PID"/task/*; do
  case "$(cat "$task/comm" 2>/dev/null || true)" in C1*|C2*) sed 's/.*) //' "$task/stat" 2>/dev/null || true ;; esac
done | awk -v hz="$(getconf CLK_TCK)" '{ms += ($12 + $13) * 1000 / hz} END {printf "%d", ms}')
CODE_CACHE=$(jcmd "$APP_PID" Compiler.codecache 2>/dev/null | grep -o 'size=[0-9]*Kb used=[0-9]*Kb max_used=[0-9]*Kb' | head -1 || true)
RSS_VERDICT=pass
[ "$RSS_MB" -lt 400 ] || { RSS_VERDICT=FAIL; FAILED=1; }
{
  echo "Database: $DB; data: $CLIENTS clients, $CONSULTATIONS consultations; $(date -u '+%F %H:%M UTC')"
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB;" \
    "load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
  echo "Load: wrk $CONNECTIONS connections, $THREADS threads, ${JIT_WARMUP} s of JIT warm-up on every GET page first, then" \
    "per page ${WARMUP} s warm-up and ${DURATION} s measured, one page at a time;" \
    "JVM: $JVM_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX, MALLOC_TRIM_THRESHOLD_=$MALLOC_TRIM_THRESHOLD_," \
    "MALLOC_MMAP_THRESHOLD_=$MALLOC_MMAP_THRESHOLD_"
  echo
  echo "| page | request | requests | req/s | p50 ms | p99 ms | max ms | errors | share of static" \
    "| app CPU ms/req | PostgreSQL CPU ms/req | budget p99 |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Startup to the first answered request: $STARTUP_MS ms. Resident memory: $((RSS_START / 1024)) MB at start," \
    "$RSS_MB MB after the run (budget < 400 MB: $RSS_VERDICT). JIT compiler threads: ${JIT_MS} ms of CPU over the" \
    "whole run; code cache ${CODE_CACHE:-unknown}."
} > "$RESULTS"
stop_app
echo
cat "$RESULTS"
echo "== Results in $RESULTS"
exit $FAILED
