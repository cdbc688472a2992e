#!/usr/bin/env bash
# Letdown Clinic beside Spring PetClinic, the canonical clinic app, on this machine: both packaged
# apps with the JVM's default flags, one at a time, in alternating rounds; in each round the app
# starts (timed to its first answered request), each of its two pages gets a warm-up and then a
# measured run with wrk, and its resident memory is read at idle and after the load. Prints the
# medians over the rounds and the ratios (ours over PetClinic's); results in target/bench/side-by-side.md.
#
#   bench/side-by-side.sh --petclinic ~/src/spring-petclinic          # PetClinic's checkout: built if its jar is missing
#   bench/side-by-side.sh --petclinic DIR --rounds 5 --skip-build
#
# PetClinic runs on its embedded H2 database enlarged to --owners owners (a SQL file of generated
# owners, pets and visits given to Spring's data initialisation; nothing of PetClinic is changed or
# committed here). Ours runs on the load benchmark's PostgreSQL data (bench/load-benchmark.sh
# generates it; --clients to generate it here when it is missing).
# Pages compared: PetClinic's owner search (/owners?lastName=) and owner page (/owners/{id}), ours
# the client search (/clients?q=) and client page (/clients/{id}) as a signed-in consultant; the
# searched names are the same list for both (bench/wrk/common.lua), and PetClinic's generated
# owners bear those names.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=pg          # the rest of the defaults (the load benchmark's data): bench/lib.sh
GENERATE=no
PETCLINIC=
PETCLINIC_PORT=8393
OWNERS=10000
ROUNDS=3
WARMUP=10
DURATION=20
CONNECTIONS=32
THREADS=2
JVM_OPTS=

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; cat <<'EOT'
Options:
  --petclinic DIR      a Spring PetClinic checkout (required; built with its ./mvnw unless its jar is there)
  --owners N           PetClinic's owners (default 10000), each with 1-3 pets and 0-4 visits a pet
  --rounds N           alternating rounds (default 3); medians over them
  --warmup S, --duration S   per page: seconds of warm-up (default 10), then measured (default 20)
  --connections N, --threads N   wrk (default 32 and 2)
  --jvm-opts "..."     JVM options for both apps (default: none, the JVM's defaults)
  --skip-build         use target/quarkus-app as it is (built for PostgreSQL)
  --generate           generate our data first (--clients N, default 100000; database --pg-db)
  --pg-db NAME         our PostgreSQL database (default letdown_load, the load benchmark's)
EOT
}

# shellcheck source=bench/lib.sh
. bench/lib.sh
while [ $# -gt 0 ]; do
  case "$1" in
    --petclinic) PETCLINIC=$2; shift 2 ;;
    --owners) OWNERS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --jvm-opts) JVM_OPTS=$2; shift 2 ;;
    --generate) GENERATE=yes; shift ;;
    -h|--help) usage; exit 0 ;;
    *) if common_option "$@"; then shift "$COMMON_SHIFT"; else echo "Unknown option $1" >&2; usage >&2; exit 2; fi ;;
  esac
done
DB=pg
check_common_options
[ -n "$PETCLINIC" ] && [ -d "$PETCLINIC" ] || { echo "--petclinic DIR: a Spring PetClinic checkout" >&2; usage >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
PETCLINIC=$(cd "$PETCLINIC" && pwd)
OUT=target/bench
mkdir -p "$OUT"
ACCOUNTS=$OUT/load-accounts-pg.txt

petclinic_jar() { ls "$PETCLINIC"/target/spring-petclinic-*.jar 2>/dev/null | grep -v -- '-plain' | head -1; }
if [ -z "$(petclinic_jar)" ]; then
  echo "== Building PetClinic in $PETCLINIC"
  (cd "$PETCLINIC" && ./mvnw -B -q package -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip=true)
fi
PETCLINIC_JAR=$(petclinic_jar)
[ "$BUILD" = yes ] && build_app
if [ "$GENERATE" = yes ]; then
  generate_data "$OUT/side-by-side-generate.log" --known-password "$PASSWORD" --portal-accounts 4 --accounts-file "$ACCOUNTS"
fi
[ -f "$ACCOUNTS" ] || { echo "$ACCOUNTS is missing: run bench/load-benchmark.sh --db pg first, or --generate" >&2; exit 1; }
read -r CLIENT_LO CLIENT_HI < <(awk '$1 == "clients" {print $2, $3}' "$ACCOUNTS")
CONSULTANT=$(awk '$1 == "consultant" {print $2; exit}' "$ACCOUNTS")

# PetClinic's extra data: owners named like the searches, 1-3 pets each, 0-4 visits a pet. Its own
# data.sql (10 owners, 13 pets) runs first, so the generated rows' identities follow on from those.
PETCLINIC_SQL=$(pwd)/$OUT/petclinic-$OWNERS-owners.sql
if [ ! -f "$PETCLINIC_SQL" ]; then
  awk -v owners="$OWNERS" 'BEGIN {
    srand(42)
    split("Sofia Amara Lena Mia Hana Priya Grace Noor Elena Aisha Chloe Reyes Okafor Lindqvist Nguyen Kowalski " \
      "Haddad Silva Jensen Moreau Tanaka Leo Ava Noah", names, " ")
    n = length(names); pet = 13
    for (o = 1; o <= owners; o++) {
      printf "INSERT INTO owners VALUES (default, '\''%s'\'', '\''%s'\'', '\''%d Main St.'\'', '\''Madison'\'', '\''608555%04d'\'');\n", \
        names[int(rand() * n) + 1], names[int(rand() * n) + 1], o, o % 10000
      owner = 10 + o
      pets = 1 + int(rand() * 3)
      for (p = 0; p < pets; p++) {
        pet++
        printf "INSERT INTO pets VALUES (default, '\''Pet %d'\'', DATE '\''20%02d-0%d-1%d'\'', %d, %d);\n", \
          pet, 10 + int(rand() * 14), 1 + int(rand() * 9), int(rand() * 9), 1 + int(rand() * 6), owner
        visits = int(rand() * 5)
        for (v = 0; v < visits; v++) {
          printf "INSERT INTO visits VALUES (default, %d, DATE '\''2025-0%d-1%d'\'', '\''check-up'\'');\n", \
            pet, 1 + int(rand() * 9), int(rand() * 9)
        }
      }
    }
  }' > "$PETCLINIC_SQL"
fi

PET_PID=
stop_petclinic() {
  if [ -n "$PET_PID" ] && kill -0 "$PET_PID" 2>/dev/null; then kill "$PET_PID"; wait "$PET_PID" 2>/dev/null || true; fi
  PET_PID=
}
trap 'stop_app; stop_petclinic' EXIT

# Milliseconds until $1 answers 200, or fails after 120 s; $2 the pid that must stay alive.
wait_for() {
  local url=$1 pid=$2 t0
  t0=$(date +%s%N)
  for _ in $(seq 1 2400); do
    if curl -fs -o /dev/null "$url"; then echo $(( ($(date +%s%N) - t0) / 1000000 )); return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

# One page: warm-up, then measured; prints "req/s p99-ms" (wrk's result line, bench/wrk/common.lua).
measure() { # base sessions-file path id-lo id-hi
  local base=$1 sessions=$2 path=$3 lo=$4 hi=$5 seconds result
  for seconds in "$WARMUP" "$DURATION"; do
    result=$(BENCH_WRK_DIR=bench/wrk BENCH_SESSIONS=$sessions BENCH_PATH=$path BENCH_ID_LO=$lo BENCH_ID_HI=$hi \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency --timeout 10s -s bench/wrk/get.lua "$base" 2>&1)
  done
  read -r _ _ _ rps _ p99 _ bad socket <<< "$(grep '^RESULT' <<< "$result")"
  [ "$bad" = 0 ] && [ "$socket" = 0 ] || { echo "errors on $path: $bad bad answers, $socket socket errors" >&2; }
  echo "$rps $p99"
}

RESULTS=$OUT/side-by-side.tsv
: > "$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  echo "== Round $round of $ROUNDS: PetClinic ($OWNERS owners)"
  T0=$(date +%s%N)
  # shellcheck disable=SC2086 # JVM_OPTS is a list of options
  java $JVM_OPTS -jar "$PETCLINIC_JAR" --server.port=$PETCLINIC_PORT \
    "--spring.sql.init.data-locations=classpath*:db/h2/data.sql,file:$PETCLINIC_SQL" > "$OUT/petclinic.log" 2>&1 &
  PET_PID=$!
  start=$(wait_for "http://127.0.0.1:$PETCLINIC_PORT/owners/1" "$PET_PID") || { echo "PetClinic did not start: $OUT/petclinic.log" >&2; exit 1; }
  sleep 2; idle=$(rss_mb "$PET_PID")
  search=$(measure "http://127.0.0.1:$PETCLINIC_PORT" /dev/null "/owners?lastName={name}" 1 1)
  page=$(measure "http://127.0.0.1:$PETCLINIC_PORT" /dev/null "/owners/{id}" 1 $((OWNERS + 10)))
  printf 'petclinic\t%s\t%s\t%s\t%s\t%s\n' "$start" "$idle" "$(rss_mb "$PET_PID")" "$search" "$page" | tr ' ' '\t' | tee -a "$RESULTS"
  stop_petclinic

  echo "== Round $round of $ROUNDS: Letdown Clinic (clients $CLIENT_LO-$CLIENT_HI)"
  # shellcheck disable=SC2086
  start_app "$OUT/side-by-side-app.log" $JVM_OPTS
  start=$(wait_for "$BASE/login" "$APP_PID") || { echo "The app did not start: $OUT/side-by-side-app.log" >&2; exit 1; }
  sleep 2; idle=$(rss_mb "$APP_PID")
  sign_in "$CONSULTANT" /clients > "$OUT/sessions/side-by-side.tsv"
  search=$(measure "$BASE" "$OUT/sessions/side-by-side.tsv" "/clients?q={name}" 1 1)
  page=$(measure "$BASE" "$OUT/sessions/side-by-side.tsv" "/clients/{id}" "$CLIENT_LO" "$CLIENT_HI")
  printf 'ours\t%s\t%s\t%s\t%s\t%s\n' "$start" "$idle" "$(rss_mb "$APP_PID")" "$search" "$page" | tr ' ' '\t' | tee -a "$RESULTS"
  stop_app
done

# medians per app of: startup ms, RSS idle, RSS after, search req/s, search p99, page req/s, page p99
median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
col() { awk -v app="$1" -v c="$2" '$1 == app {print $c}' "$RESULTS" | median; }
{
  echo "Side by side, $(date -u '+%F %H:%M UTC'): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
    "JVM options: ${JVM_OPTS:-the defaults}; wrk $CONNECTIONS connections, $THREADS threads, ${WARMUP} s warm-up and" \
    "${DURATION} s measured per page; medians of $ROUNDS alternating rounds. PetClinic: $OWNERS owners (H2)," \
    "ours: $((CLIENT_HI - CLIENT_LO + 1)) clients (PostgreSQL)."
  echo
  echo "| | PetClinic | ours | ours / PetClinic |"
  echo "|---|---:|---:|---:|"
  for row in "search req/s|5" "search p99 ms|6" "page req/s|7" "page p99 ms|8" "startup ms|2" "RSS idle MB|3" "RSS after load MB|4"; do
    IFS='|' read -r label c <<< "$row"
    a=$(col petclinic "$c"); b=$(col ours "$c")
    echo "| $label | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN {if (a > 0) printf "%.2f", b / a; else print "-"}') |"
  done
} > "$OUT/side-by-side.md"
cat "$OUT/side-by-side.md"
