#!/usr/bin/env bash
# The load benchmark of the learner journey, in one command (see bench/README.md):
#
#   bash bench/run.sh
#
# PostgreSQL must answer on 127.0.0.1:5432 (user postgres). Everything else is done here:
# wrk and locust are installed if missing, the benchmark database is created, migrated
# and seeded, gunicorn serves the app with bench.settings on 127.0.0.1:8100, then
#   (a) locust: 100 learners at 2-5 s a page for 3 minutes, and
#   (b) wrk, flat out: one module page next to a minimal signed-in view with every middleware
#       (the ceiling) and one in plain Django outside Cotrain's middleware (bare).
# Results go to bench/results/. Exits non-zero on errors (a failed step or failed
# requests), never because a target was missed. All traffic stays on loopback and every
# wait is bounded in time.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
PY="$VENV/bin/python"
HOST=127.0.0.1
PORT="${BENCH_PORT:-8100}"
BASE="http://$HOST:$PORT"
WORKERS="${BENCH_WORKERS:-4}"
USERS="${BENCH_USERS:-100}"
SPAWN_RATE="${BENCH_SPAWN_RATE:-10}"
RUN_TIME="${BENCH_RUN_TIME:-3m}"
WRK_THREADS="${BENCH_WRK_THREADS:-2}"
WRK_CONNECTIONS="${BENCH_WRK_CONNECTIONS:-8}"
WRK_DURATION="${BENCH_WRK_DURATION:-20s}"
WRK_WARMUP="${BENCH_WRK_WARMUP:-5s}"
WRK_ROUNDS="${BENCH_WRK_ROUNDS:-2}"
# Other work on the machine skews every figure: wait up to this many seconds for the CPUs
# to be mostly idle before measuring (0: do not wait, just record how busy they were).
WAIT_FOR_IDLE="${BENCH_WAIT_FOR_IDLE:-0}"
IDLE_BELOW="${BENCH_IDLE_BELOW:-15}"
RESULTS="${BENCH_RESULTS:-$ROOT/bench/results}"

export DJANGO_SETTINGS_MODULE=bench.settings
export BENCH_DATABASE_URL="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/cotrain_bench}"
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
export BENCH_SEED="$RESULTS/seed.json"

log() { printf '\n== %s\n' "$*"; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

case "$BENCH_DATABASE_URL" in
  postgres://*@127.0.0.1:*/* | postgres://*@localhost:*/* | postgresql://*@127.0.0.1:*/* | postgresql://*@localhost:*/*) ;;
  *) die "BENCH_DATABASE_URL must be a PostgreSQL database on loopback, like postgres://postgres@127.0.0.1:5432/cotrain_bench" ;;
esac
DB_NAME="${BENCH_DATABASE_URL##*/}"
DB_SERVER_URL="${BENCH_DATABASE_URL%/*}/postgres"

[ -x "$PY" ] || die "no virtualenv at $VENV: run 'make run' (or 'make test') once first"
mkdir -p "$RESULTS"
rm -f "$RESULTS"/journey_*.csv "$RESULTS"/journey.json "$RESULTS"/top_*.txt "$RESULTS"/worker_cpu_ms_* "$RESULTS"/wrk_*.txt "$RESULTS"/cpu_* "$RESULTS"/summary.*

# 1. PostgreSQL ---------------------------------------------------------------------
log "PostgreSQL"
command -v psql >/dev/null || die "psql is missing (apt-get install postgresql-client)"
ready=""
for _ in $(seq 1 20); do
  if timeout 5 psql "$DB_SERVER_URL" -tAc 'select 1' >/dev/null 2>&1; then ready=1; break; fi
  sleep 0.5
done
[ -n "$ready" ] || die "PostgreSQL does not answer at ${DB_SERVER_URL} (start it first)"
PG_VERSION="$(timeout 5 psql "$DB_SERVER_URL" -tAc 'show server_version')"
if [ "$(timeout 5 psql "$DB_SERVER_URL" -tAc "select 1 from pg_database where datname = '$DB_NAME'")" != 1 ]; then
  echo "creating database $DB_NAME"
  timeout 30 psql "$DB_SERVER_URL" -q -c "CREATE DATABASE \"$DB_NAME\"" || die "could not create $DB_NAME"
fi
echo "PostgreSQL $PG_VERSION, database $DB_NAME"

# 2. Tools: wrk (Debian) and locust (into the venv, not the project's dependencies) ---
log "Tools"
if ! command -v wrk >/dev/null; then
  echo "installing wrk with apt-get"
  timeout 300 apt-get install -y -q wrk >/dev/null 2>&1 \
    || { timeout 300 apt-get update -q >/dev/null 2>&1 && timeout 300 apt-get install -y -q wrk >/dev/null; } \
    || die "could not install wrk (apt-get install wrk)"
fi
if ! "$PY" -c 'import locust' 2>/dev/null; then
  echo "installing locust into .venv"
  { timeout 600 "$PY" -m pip install --quiet --disable-pip-version-check 'locust>=2.40,<3' \
    || { [ -x "$VENV/bin/uv" ] && timeout 600 "$VENV/bin/uv" pip install --quiet --python "$PY" 'locust>=2.40,<3'; }; } \
    || die "could not install locust (.venv/bin/python -m pip install 'locust>=2.40,<3')"
fi
echo "$(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), locust $("$PY" -c 'import locust; print(locust.__version__)')"

# 3. Database: migrate, seed, count queries -------------------------------------------
log "Migrate and seed"
timeout 600 "$PY" manage.py migrate --no-input -v 0
timeout 600 "$PY" -m bench.seed "$BENCH_SEED"
log "SQL queries per request (in-process, steady state)"
timeout 300 "$PY" -m bench.querycount "$BENCH_SEED" "$RESULTS/queries.json"

# seed_value EXPR: a Python expression over the seed file's data, d.
seed_value() { "$PY" -c "import json,sys; d = json.load(open(sys.argv[1])); print($1)" "$BENCH_SEED"; }
COOKIE_NAME="$(seed_value "d['session_cookie_name']")"
FLAT_SESSION="$(seed_value "d['flatout_session']")"
MODULE_URL="$(seed_value "d['flatout_module_url']")"
CATALOGUE_URL="$(seed_value "d['catalogue_url']")"
COURSE_URL="$(seed_value "d['courses'][0]['url']")"
COOKIE="Cookie: $COOKIE_NAME=$FLAT_SESSION"

# 4. gunicorn -------------------------------------------------------------------------
log "gunicorn: $WORKERS sync workers on $HOST:$PORT"
if timeout 2 bash -c "</dev/tcp/$HOST/$PORT" 2>/dev/null; then
  die "something is already listening on $HOST:$PORT (set BENCH_PORT)"
fi
"$VENV/bin/gunicorn" bench.wsgi:application \
  --workers "$WORKERS" --bind "$HOST:$PORT" --timeout 60 \
  --log-level warning --error-logfile "$RESULTS/gunicorn.log" &
GUNICORN_PID=$!

SNAPSHOT_PIDS=()
# snapshot NAME DELAY: after DELAY seconds, save what is using the CPUs to top_NAME.txt.
snapshot() {
  ( sleep "$2"; timeout 10 top -b -n2 -d2 -o %CPU -w 160 | awk '/^top/ {n++} n == 2' | head -22 > "$RESULTS/top_$1.txt" ) &
  SNAPSHOT_PIDS+=($!)
}
# cpu_busy SECONDS: percent of all CPU time that was busy over the next SECONDS.
cpu_busy() {
  local a b
  a="$(head -1 /proc/stat)"; sleep "$1"; b="$(head -1 /proc/stat)"
  printf '%s\n%s\n' "$a" "$b" | awk '{for (i = 2; i <= NF; i++) v[NR, i] = $i; n = NF}
    END {t = 0; for (i = 2; i <= n; i++) t += v[2, i] - v[1, i];
         idle = (v[2, 5] - v[1, 5]) + (v[2, 6] - v[1, 6]); printf "%d", t ? 100 * (t - idle) / t : 0}'
}

stop_gunicorn() {
  if [ -n "${GUNICORN_PID:-}" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
    kill -TERM "$GUNICORN_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$GUNICORN_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$GUNICORN_PID" 2>/dev/null || true
  fi
  GUNICORN_PID=""
}
CLK_TCK="$(getconf CLK_TCK)"
# worker_cpu_ms: CPU time (user + system) the gunicorn workers have used so far, in ms.
worker_cpu_ms() {
  local total=0 pid fields
  for pid in $(pgrep -P "$GUNICORN_PID" || true); do
    fields="$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null)" || continue
    set -- $fields
    total=$((total + ${12} + ${13}))
  done
  echo $((total * 1000 / CLK_TCK))
}

cleanup() {
  stop_gunicorn
  for pid in "${SNAPSHOT_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

status_of() { curl -s -o /dev/null -m 10 -w '%{http_code}' "$@" || true; }
up=""
for _ in $(seq 1 60); do
  kill -0 "$GUNICORN_PID" 2>/dev/null || die "gunicorn exited (see $RESULTS/gunicorn.log)"
  if [ "$(status_of -H "$COOKIE" "$BASE/bench/ceiling/")" = 200 ]; then up=1; break; fi
  sleep 0.5
done
[ -n "$up" ] || die "gunicorn did not answer within 30 s (see $RESULTS/gunicorn.log)"

# The sessions must really be signed in, or every figure would be a redirect's.
[ "$(status_of "$BASE/bench/ceiling/")" = 302 ] || die "/bench/ceiling/ should send a signed-out visitor to sign in"
[ "$(status_of "$BASE/bench/bare/")" = 302 ] || die "/bench/bare/ should send a signed-out visitor to sign in"
[ "$(status_of -H "$COOKIE" "$BASE/bench/bare/")" = 200 ] || die "/bench/bare/ should answer a signed-in learner"
[ "$(status_of -H "$COOKIE" "$BASE$MODULE_URL")" = 200 ] || die "$MODULE_URL is not 200 for the flat-out learner"
page="$(curl -s -m 10 -H "$COOKIE" "$BASE$MODULE_URL" || true)"
case "$page" in
  *'name="action" value="complete"'*) ;;
  *) die "$MODULE_URL does not show the enrolled learner's 'mark as complete' button" ;;
esac

# Warm every worker (templates, URL resolvers, caches) before measuring anything.
for url in "$CATALOGUE_URL" "$COURSE_URL" "$MODULE_URL" /bench/ceiling/; do
  timeout 30 wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d 3s -H "$COOKIE" "$BASE$url" >/dev/null
done

BUSY_BEFORE="$(cpu_busy 3)"
if [ "$BUSY_BEFORE" -ge "$IDLE_BELOW" ] && [ "$WAIT_FOR_IDLE" -gt 0 ]; then
  echo "CPUs ${BUSY_BEFORE}% busy before the run: waiting up to ${WAIT_FOR_IDLE}s for them to settle"
  deadline=$((SECONDS + WAIT_FOR_IDLE))
  while [ "$BUSY_BEFORE" -ge "$IDLE_BELOW" ] && [ "$SECONDS" -lt "$deadline" ]; do
    BUSY_BEFORE="$(cpu_busy 5)"
  done
fi
echo "CPUs ${BUSY_BEFORE}% busy just before the run (gunicorn idle)"
[ "$BUSY_BEFORE" -lt "$IDLE_BELOW" ] || echo "WARNING: the machine is busy with other work: the figures will be low"
timeout 10 top -b -n1 -o %CPU -w 160 | head -15 > "$RESULTS/top_before.txt" || true

machine="$(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, $(. /etc/os-release && echo "$PRETTY_NAME"), PostgreSQL $PG_VERSION, Python $("$PY" -c 'import platform; print(platform.python_version())')"
UPTIME_BEFORE="$(uptime)"
STARTED="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

# 5. (a) Learners at a realistic pace ----------------------------------------------------
log "(a) locust: $USERS learners, spawn $SPAWN_RATE/s, $RUN_TIME"
run_seconds="$("$PY" -c "import re,sys; m=re.fullmatch(r'(\d+)([smh]?)', sys.argv[1]); print(int(m[1]) * {'': 1, 's': 1, 'm': 60, 'h': 3600}[m[2]])" "$RUN_TIME")"
head -1 /proc/stat > "$RESULTS/cpu_journey_before"
cpu_before="$(worker_cpu_ms)"
snapshot journey $((run_seconds / 2))
timeout $((run_seconds + 120)) "$VENV/bin/locust" -f bench/locustfile.py --headless \
  -u "$USERS" -r "$SPAWN_RATE" -t "$RUN_TIME" --host "$BASE" \
  --csv "$RESULTS/journey" --json-file "$RESULTS/journey" --only-summary --exit-code-on-error 0 \
  > "$RESULTS/locust.log" 2>&1 || die "locust failed (see $RESULTS/locust.log)"
head -1 /proc/stat > "$RESULTS/cpu_journey_after"
echo $(($(worker_cpu_ms) - cpu_before)) > "$RESULTS/worker_cpu_ms_journey"
tail -n 25 "$RESULTS/locust.log"
UPTIME_MID="$(uptime)"

# 6. (b) Flat out: module page vs the two ceilings ---------------------------------------------
log "(b) wrk: -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION, $WRK_ROUNDS rounds, after a $WRK_WARMUP warm-up each"
sleep 3  # let the last locust requests drain
head -1 /proc/stat > "$RESULTS/cpu_flat_before"
snapshot flat_out 10
for round in $(seq 1 "$WRK_ROUNDS"); do
  for target in module ceiling bare; do
    case "$target" in
      module) url="$MODULE_URL" ;;
      ceiling) url=/bench/ceiling/ ;;
      bare) url=/bench/bare/ ;;
    esac
    timeout 60 wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "$WRK_WARMUP" -H "$COOKIE" "$BASE$url" >/dev/null
    cpu_before="$(worker_cpu_ms)"
    timeout 120 wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "$WRK_DURATION" --latency \
      -s bench/wrk_status.lua -H "$COOKIE" "$BASE$url" > "$RESULTS/wrk_${target}_${round}.txt"
    echo "Worker CPU ms: $(($(worker_cpu_ms) - cpu_before))" >> "$RESULTS/wrk_${target}_${round}.txt"
    printf '%-8s round %s: %s\n' "$target" "$round" "$(grep 'Requests/sec' "$RESULTS/wrk_${target}_${round}.txt")"
  done
done
head -1 /proc/stat > "$RESULTS/cpu_flat_after"
UPTIME_AFTER="$(uptime)"

stop_gunicorn

"$PY" - "$RESULTS/meta.json" <<EOF
import json, sys
json.dump({
    "started": "$STARTED",
    "machine": """$machine""",
    "command": "bash bench/run.sh",
    "users": $USERS,
    "spawn_rate": $SPAWN_RATE,
    "run_time": "$RUN_TIME",
    "gunicorn": "$WORKERS sync workers",
    "wrk": "-t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION, $WRK_ROUNDS rounds",
    "module_url": "$MODULE_URL",
    "cpu_busy_before_percent": $BUSY_BEFORE,
    "uptime_before": """$UPTIME_BEFORE""".strip(),
    "uptime_between": """$UPTIME_MID""".strip(),
    "uptime_after": """$UPTIME_AFTER""".strip(),
}, open(sys.argv[1], "w"), indent=2)
EOF

# 7. Summary --------------------------------------------------------------------------
log "Summary (also in $RESULTS/summary.md)"
"$PY" -m bench.summary "$RESULTS" || { status=$?; [ "$status" = 2 ] && die "some requests failed: see above"; exit "$status"; }
