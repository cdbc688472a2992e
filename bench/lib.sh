# Shared by the benchmark scripts (sourced, not run): the benchmark admin, starting and stopping the
# packaged app, building it and filling its database. Expects DB (h2|pg), PG_HOST, PG_PORT, PG_USER,
# PG_DB, PG_URL, DATA_DIR, CLIENTS and CONSULTATIONS to be set by the script.

# The admin the scripts sign in as; a throwaway synthetic database, never a real clinic's.
ADMIN=bench-admin
PASSWORD=bench-load-password-2026

APP_PID=

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
