#!/usr/bin/env bash
# Two app nodes on different ports sharing one PostgreSQL database and one session key, checked
# with curl: a session started on node A works on node B, a write on A is visible on B at once,
# login throttling counts failures made on both nodes, and the scheduled jobs are safe on several
# nodes; signing out on one node ends the session on the other; the audit events both nodes wrote
# form one intact hash chain (the VerifyChain command). Prints PASS or FAIL per check and exits non-zero if any check fails.
#
#   bench/two-nodes.sh                  # builds for PostgreSQL, database letdown_two_nodes (dropped at the end)
#   bench/two-nodes.sh --skip-build     # the app in target/quarkus-app is a PostgreSQL build already
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=yes
PORT_A=8393
PORT_B=8394
PG_HOST=127.0.0.1
PG_PORT=5432
PG_DB=letdown_two_nodes
PG_USER=${CLINIC_DB_USER:-postgres}
KEEP=no

while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) BUILD=no; shift ;;
    --ports) PORT_A=${2%,*}; PORT_B=${2#*,}; shift 2 ;;
    --pg-db) PG_DB=$2; shift 2 ;;
    --pg-host) PG_HOST=$2; shift 2 ;;
    --pg-port) PG_PORT=$2; shift 2 ;;
    --pg-user) PG_USER=$2; shift 2 ;;
    --keep-db) KEEP=yes; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
      echo "Options: --skip-build, --ports A,B (default 8393,8394), --pg-db NAME, --pg-host, --pg-port, --pg-user, --keep-db"
      exit 0 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
if ! [[ "$PG_DB" =~ ^[a-z_][a-z0-9_]*$ ]]; then echo "--pg-db: letters, digits and _ only" >&2; exit 2; fi

OUT=target/two-nodes
mkdir -p "$OUT"
rm -f "$OUT"/*.jar
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -q)
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
ADMIN=two-nodes-admin
ADMIN_PASSWORD=two-nodes-first-password-2026   # a throwaway database; never a real clinic's
PIDS=()
FAILURES=0

cleanup() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  done
  if [ "$KEEP" = no ]; then "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" || true; fi
}
trap cleanup EXIT

check() { # name, then a command that succeeds when the check passes
  local name=$1; shift
  if "$@"; then echo "PASS  $name"; else echo "FAIL  $name"; FAILURES=$((FAILURES + 1)); fi
}

if [ "$BUILD" = yes ]; then
  echo "== Building the app for PostgreSQL"
  ./mvnw -q package -DskipTests -Dquarkus.profile=pg
fi

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"

# Both nodes: the same database, the same session key (which is all a node needs to read another's cookie).
export CLINIC_SESSION_KEY="two-nodes-session-key-$(date +%s%N)-shared-by-both"
export CLINIC_CSRF_KEY="two-nodes-csrf-key-$(date +%s%N)-shared-by-both-nodes"
export CLINIC_ADMIN_USERNAME=$ADMIN CLINIC_ADMIN_PASSWORD=$ADMIN_PASSWORD
export QUARKUS_PROFILE=pg CLINIC_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" CLINIC_DB_USER=$PG_USER
start_node() { # name port
  QUARKUS_HTTP_PORT=$2 java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$OUT/node-$1.log" 2>&1 &
  PIDS+=($!)
}
wait_ready() { # base name
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$1/q/health/ready"; then return 0; fi
    sleep 0.5
  done
  echo "Node $2 did not become ready; see $OUT/node-$2.log" >&2
  exit 1
}
echo "== Starting node A on $PORT_A and node B on $PORT_B (one database: $PG_DB)"
start_node a "$PORT_A"
wait_ready "$A" a    # A migrates the empty database and creates the first admin
start_node b "$PORT_B"
wait_ready "$B" b

# shellcheck source=bench/lib.sh
. bench/lib.sh   # settle_first_password (its ADMIN and PASSWORD are the other scripts': set ours again)
ADMIN=two-nodes-admin
trap cleanup EXIT
# sign_in base jar username password: prints where the sign-in sent the browser
sign_in() {
  curl -fs -c "$2" -b "$2" -o /dev/null "$1/login"
  curl -s -c "$2" -b "$2" -o /dev/null -w '%{redirect_url}' --data-urlencode "j_username=$3" \
    --data-urlencode "j_password=$4" "$1/j_security_check"
}
# csrf base jar page: the CSRF token of the form on page (and its cookie, into jar)
csrf() {
  curl -fs -c "$2" -b "$2" "$1$3" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

echo "== Checks"
JAR=$OUT/admin.jar
location=$(sign_in "$A" "$JAR" "$ADMIN" "$ADMIN_PASSWORD")
check "admin signs in on node A (sent to $location)" bash -c "[[ '$location' != *login* && -n '$location' ]]"
settle_first_password "$A" "$JAR" "$ADMIN_PASSWORD"   # the first admin's password is temporary

# the session cookie from A, presented to B only
page_on_b=$(curl -s -b "$JAR" -w '\n%{http_code}' "$B/admin/users")
check "node A's session works on node B: 200 on /admin/users, signed in as $ADMIN" \
  bash -c "[[ \"\$(tail -1 <<< \"\$1\")\" == 200 ]] && grep -q '$ADMIN' <<< \"\$1\"" _ "$page_on_b"

# a write on A, read on B straight after
NEW_USER=two-nodes-consultant-$RANDOM
NEW_PASSWORD=two-nodes-password-$RANDOM$RANDOM
token=$(csrf "$A" "$JAR" /admin/users/new)
created=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode "csrf-token=$token" --data-urlencode "username=$NEW_USER" \
  --data-urlencode "displayName=Two Nodes Consultant" --data-urlencode "roles=CONSULTANT" \
  --data-urlencode "temporaryPassword=$NEW_PASSWORD" --data-urlencode "version=0" "$A/admin/users")
check "node A creates the account $NEW_USER (answer: $created)" bash -c "[[ '$created' == 303\ */admin/users/* ]]"
check "node B lists $NEW_USER at once" bash -c "curl -fs -b '$JAR' '$B/admin/users' | grep -q '$NEW_USER'"
check "the database holds $NEW_USER once" bash -c \
  "[[ \$(${PSQL[*]} -d $PG_DB -Atc \"select count(*) from account where username = '$NEW_USER'\") == 1 ]]"

# login throttling: 5 failures for one username, 3 on A and 2 on B, then the right password is refused on both
for base in "$A" "$B" "$A" "$B" "$A"; do
  sign_in "$base" "$OUT/guess.jar" "$NEW_USER" "wrong-password-$RANDOM" > /dev/null
  rm -f "$OUT/guess.jar"
done
failures=$("${PSQL[@]}" -d "$PG_DB" -Atc "select failures from login_throttle where subject = 'user:$NEW_USER'")
check "5 failed sign-ins (3 on A, 2 on B) are counted together: $failures in login_throttle" bash -c "[[ '$failures' == 5 ]]"
on_a=$(sign_in "$A" "$OUT/right-a.jar" "$NEW_USER" "$NEW_PASSWORD")
on_b=$(sign_in "$B" "$OUT/right-b.jar" "$NEW_USER" "$NEW_PASSWORD")
check "6th attempt, the right password, refused on node A (sent to $on_a)" bash -c "[[ '$on_a' == *'/login?locked'* ]]"
check "... and on node B (sent to $on_b)" bash -c "[[ '$on_b' == *'/login?locked'* ]]"
# the control: the right password of an account without failures is accepted on B
control=$(sign_in "$B" "$OUT/control.jar" "$ADMIN" "$ADMIN_PASSWORD")
check "control: $ADMIN (no failures) still signs in on node B (sent to $control)" bash -c "[[ '$control' != *login* && -n '$control' ]]"

# signing out on B ends the session on A too (the session version is in the database)
token=$(csrf "$B" "$JAR" /admin/users/new)
curl -s -b "$JAR" -o /dev/null --data-urlencode "csrf-token=$token" "$B/logout"
after=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' "$A/admin/users")
check "signing out on B ends the session on A too (A answers the old cookie: $after)" \
  bash -c "[[ '$after' == 302\ *'/login'* ]]"

# scheduled jobs: every @Scheduled method must be one this script knows is safe on several nodes
jobs=$(grep -rn -A3 '@Scheduled' src/main/java | grep -o 'void [a-zA-Z]*' | sed 's/void //' | sort -u | tr '\n' ' ')
echo "      scheduled jobs in src/main: ${jobs:-none}"
check "scheduled jobs are safe on every node (forgetOldFailures: an idempotent DELETE of forgotten sign-in counts;
      sealEverySecond: links new audit events into the chain under a row lock, one node at a time)" \
  bash -c "[[ -z \"\$(tr ' ' '\n' <<< '$jobs' | grep -v -x -e forgetOldFailures -e sealEverySecond -e '')\" ]]"

# the audit chain: both nodes wrote events and both link them; one chain, intact (each node links every second)
sleep 2
chain=$(java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' clinic.letdown.audit.VerifyChain \
  --url "$CLINIC_DB_URL" --user "$PG_USER" 2>&1 | grep -v -i slf4j || true)
check "the audit events of both nodes form one intact hash chain ($chain)" bash -c "[[ '$chain' == 'Audit chain intact: '* ]]"

echo
if [ "$FAILURES" -eq 0 ]; then echo "All checks passed."; else echo "$FAILURES check(s) failed."; fi
exit $((FAILURES > 0))
