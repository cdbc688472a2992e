# Shared by the benchmark scripts (sourced before they read their options, not run): the options
# they all take, the benchmark admin, starting and stopping the packaged app, building it, filling
# its database and signing in with curl. A script may set DB (h2|pg), CLIENTS, CONSULTATIONS, BUILD,
# GENERATE, PORT, DATA_DIR and PG_HOST, PG_PORT, PG_DB, PG_USER before sourcing it; what it leaves
# unset gets the load benchmark's defaults here.
: "${DB:=h2}" "${CLIENTS:=100000}" "${CONSULTATIONS:=}" "${BUILD:=yes}" "${GENERATE:=yes}" "${PORT:=8392}"
: "${DATA_DIR:=./target/bench/h2-load-data}" "${PG_HOST:=127.0.0.1}" "${PG_PORT:=5432}" "${PG_DB:=letdown_load}"
: "${PG_USER:=${CLINIC_DB_USER:-postgres}}"

# The admin the scripts sign in as; a throwaway synthetic database, never a real clinic's.
ADMIN=bench-admin
PASSWORD=bench-load-password-2026

APP_PID=

# One of the options every benchmark takes: sets it and COMMON_SHIFT (how many arguments it used);
# returns 1 for any other option.
common_option() {
  COMMON_SHIFT=2
  case "$1" in
    --db) DB=$2 ;;
    --clients) CLIENTS=$2 ;;
    --consultations) CONSULTATIONS=$2 ;;
    --port) PORT=$2 ;;
    --h2-dir) DATA_DIR=$2 ;;
    --pg-db) PG_DB=$2 ;;
    --pg-host) PG_HOST=$2 ;;
    --pg-port) PG_PORT=$2 ;;
    --pg-user) PG_USER=$2 ;;
    --skip-build) BUILD=no; COMMON_SHIFT=1 ;;
    --skip-generate) GENERATE=no; COMMON_SHIFT=1 ;;
    *) return 1 ;;
  esac
}

# Checks the common options once read, and sets CONSULTATIONS' default, PG_URL and BASE.
check_common_options() {
  CONSULTATIONS=${CONSULTATIONS:-$((CLIENTS * 10))}
  case "$DB" in h2|pg) ;; *) echo "--db is h2 or pg" >&2; exit 2 ;; esac
  if ! [[ "$PG_DB" =~ ^[a-z_][a-z0-9_]*$ ]]; then echo "--pg-db: letters, digits and _ only" >&2; exit 2; fi
  PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
  BASE="http://127.0.0.1:$PORT"
}

# The first admin's password (CLINIC_ADMIN_PASSWORD) is temporary: after signing in with it (cookies
# in the jar $2), sets it for good to the same value by way of another, so that the next run, on the
# same database, signs in with it again. $1 base URL, $3 the password. Does nothing when not asked.
settle_first_password() {
  local base=$1 jar=$2 password=$3 from to token
  case "$(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' "$base/")" in */account/password) ;; *) return 0 ;; esac
  for step in 1 2; do
    if [ "$step" = 1 ]; then from=$password; to=$password-settling; else from=$password-settling; to=$password; fi
    token=$(curl -fs -c "$jar" -b "$jar" "$base/account/password" | grep -o 'name="csrf-token" value="[^"]*"' \
      | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf-token=$token" --data-urlencode "currentPassword=$from" \
      --data-urlencode "newPassword=$to" --data-urlencode "confirmPassword=$to" "$base/account/password"
  done
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

# Packages the app for $DB (the database kind is fixed at build time).
build_app() {
  echo "== Building the app for $DB"
  if [ "$DB" = pg ]; then ./mvnw -q package -DskipTests -Dquarkus.profile=pg; else ./mvnw -q package -DskipTests; fi
}

# Starts the packaged app for $DB in the background (APP_PID), its output in the file $1; the other
# arguments are JVM options. The benchmark admin is created at its first start.
start_app() {
  local log=$1
  shift
  export CLINIC_SESSION_KEY="bench-session-key-$(date +%s%N)-not-for-production"
  export CLINIC_CSRF_KEY="bench-csrf-key-$(date +%s%N)-not-for-production-either"
  export CLINIC_ADMIN_USERNAME=$ADMIN CLINIC_ADMIN_PASSWORD=$PASSWORD QUARKUS_HTTP_PORT=$PORT
  if [ "$DB" = pg ]; then
    QUARKUS_PROFILE=pg CLINIC_DB_URL=$PG_URL CLINIC_DB_USER=$PG_USER \
      java "$@" -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  else
    CLINIC_DATA_DIR=$DATA_DIR java "$@" -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  fi
  APP_PID=$!
}

# Signs the user $2 in with curl, the cookies in the jar $1 (emptied first); fails unless the
# sign-in leads away from the login page.
curl_sign_in() {
  local jar=$1 user=$2 location
  rm -f "$jar"
  curl -fs -c "$jar" -b "$jar" -o /dev/null "$BASE/login"
  location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "j_username=$user" --data-urlencode "j_password=$PASSWORD" "$BASE/j_security_check")
  case "$location" in *login*|"") echo "Sign-in as $user failed ($location)" >&2; return 1 ;; esac
}

# Drops and fills the benchmark database with bench/generate-data.sh; $1 is the log file, the rest
# are further options of the generator.
generate_data() {
  local log=$1 target_db start
  shift
  echo "== Generating $CLIENTS clients and $CONSULTATIONS consultations ($DB)"
  if [ "$DB" = pg ]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS $PG_DB" \
      -c "CREATE DATABASE $PG_DB"
    target_db=(--url "$PG_URL" --user "$PG_USER")
  else
    rm -rf "$DATA_DIR"
    target_db=(--h2 "$DATA_DIR")
  fi
  start=$(date +%s)
  bench/generate-data.sh "${target_db[@]}" --clients "$CLIENTS" --consultations "$CONSULTATIONS" "$@" 2>&1 \
    | grep -v -i 'slf4j' | tee "$log"
  echo "Generated in $(( $(date +%s) - start )) s" | tee -a "$log"
}

# Signs in with curl as $1 (its cookie jar in $OUT/sessions); prints "<Cookie header>\t<CSRF token>"
# for a sessions file. The token and the csrf-token cookie come from a page with a form ($2), as a
# browser gets them.
sign_in() {
  local user=$1 form_page=$2 jar
  jar=$OUT/sessions/$user.jar
  mkdir -p "$OUT/sessions"
  curl_sign_in "$jar" "$user" || return 1
  settle_first_password "$BASE" "$jar" "$PASSWORD"
  local page token
  page=$(curl -fs -c "$jar" -b "$jar" "$BASE$form_page")
  token=$(grep -o 'name="csrf-token" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
  local cookie
  cookie=$(awk -F'\t' 'NF == 7 {sub(/^#HttpOnly_/, "", $1); printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
  printf '%s\t%s\n' "$cookie" "$token"
}

# Runs the SQL $1 on the benchmark's database (H2: with the app stopped, its file is one process's).
run_sql() {
  if [ "$DB" = pg ]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -q -c "$1"
  else
    java -cp "$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.Shell \
      -url "jdbc:h2:file:$DATA_DIR/letdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -sql "$1" > /dev/null
  fi
}
