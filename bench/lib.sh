# Shared by the benchmark scripts (sourced, not run): the benchmark admin, starting and stopping the
# packaged app, building it and filling its database. Expects DB (h2|pg), PG_HOST, PG_PORT, PG_USER,
# PG_DB, PG_URL, DATA_DIR, CLIENTS and CONSULTATIONS to be set by the script.

# The admin the scripts sign in as; a throwaway synthetic database, never a real clinic's.
ADMIN=bench-admin
PASSWORD=bench-load-password-2026

APP_PID=

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
}
trap stop_app EXIT

# Packages the app for $DB (the database kind is fixed at build time).
build_app() {
  echo "== Building the app for $DB"
  if [ "$DB" = pg ]; then ./mvnw -q package -DskipTests -Dquarkus.profile=pg; else ./mvnw -q package -DskipTests; fi
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
