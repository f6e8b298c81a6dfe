# shellcheck shell=bash
# Helpers for the one-machine topologies (deploy/scale, deploy/staging): a throwaway PostgreSQL, background
# processes tracked by pid files, readiness waits. Source it; every function works inside a state directory $STATE.

# The newest Debian PostgreSQL server binaries (apt-get install postgresql).
pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found: apt-get install -y postgresql" >&2; return 1; }
  echo "$bin"
}

# Runs a PostgreSQL tool as the postgres user when we are root (initdb and postgres refuse to run as root).
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DATA_DIR PORT: creates the cluster on first use and starts it on 127.0.0.1:PORT.
pg_start() {
  local data=$1 port=$2 bin
  bin=$(pg_bin) || return 1
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data" && chmod 700 "$data"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 || { cat "$data.initdb.log"; return 1; }
  fi
  as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c max_connections=300" >/dev/null || { tail -n 20 "$data/server.log"; return 1; }
}

# pg_stop DATA_DIR [MODE]: stops the cluster (fast by default) if it runs.
pg_stop() {
  local data=$1 mode=${2:-fast} bin
  bin=$(pg_bin) || return 1
  [ -f "$data/postmaster.pid" ] || return 0
  as_postgres "$bin/pg_ctl" -D "$data" -m "$mode" -w stop >/dev/null
}

# pg_create_db PORT NAME: creates the database if it does not exist yet.
pg_create_db() {
  local port=$1 name=$2 bin
  bin=$(pg_bin) || return 1
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1 \
    || "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE $name" >/dev/null
}

# start_bg NAME COMMAND...: runs COMMAND in the background with its output in $STATE/logs/NAME.log and its
# pid in $STATE/pids/NAME.pid. The environment of the caller is passed on.
start_bg() {
  local name=$1; shift
  mkdir -p "$STATE/logs" "$STATE/pids"
  setsid "$@" >"$STATE/logs/$name.log" 2>&1 < /dev/null &
  echo $! >"$STATE/pids/$name.pid"
}

# stop_bg NAME [SIGNAL]: stops the process group started by start_bg and waits up to 15 s for it to exit.
stop_bg() {
  local name=$1 signal=${2:-TERM} pid
  [ -f "$STATE/pids/$name.pid" ] || return 0
  pid=$(cat "$STATE/pids/$name.pid")
  kill -"$signal" -- "-$pid" 2>/dev/null || kill -"$signal" "$pid" 2>/dev/null
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$STATE/pids/$name.pid"
}

# wait_http URL [SECONDS] [CURL OPTIONS...]: waits until URL answers 2xx.
wait_http() {
  local url=$1 seconds=${2:-60}; shift 2 || shift $#
  for _ in $(seq $((seconds * 5))); do
    curl -fsS -o /dev/null --max-time 2 "$@" "$url" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "timed out after ${seconds} s waiting for $url" >&2
  return 1
}

# wait_ready NAME URL [STALL SECONDS]: waits until URL answers 2xx while the process NAME (start_bg) makes progress.
# A process that has died fails at once; one still writing its log (migrating, starting) is waited for; one
# that neither answers nor logs anything for STALL seconds (default 90) fails. On failure its log tail is shown.
wait_ready() {
  local name=$1 url=$2 stall=${3:-90} pid log size last_size=-1 quiet_since=$SECONDS
  pid=$(cat "$STATE/pids/$name.pid") log=$STATE/logs/$name.log
  while true; do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited before it was ready ($url); last lines of its log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    size=$(stat -c %s "$log" 2>/dev/null || echo 0)
    if [ "$size" != "$last_size" ]; then last_size=$size quiet_since=$SECONDS; fi
    if [ $((SECONDS - quiet_since)) -ge "$stall" ]; then
      echo "$name made no progress for ${stall} s and is not ready ($url); last lines of its log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.2
  done
}

# publish_backend OUT: `dotnet publish` of the API into OUT (skipped when OUT is newer than every backend source file,
# code, data and project files alike).
publish_backend() {
  local out=$1 root
  root=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
  if [ -f "$out/ResumeRefiner.Api.dll" ] && [ -z "$(find "$root/backend/src" "$root/backend/Directory.Packages.props" \
    \( -name bin -o -name obj \) -prune -o -type f -newer "$out/ResumeRefiner.Api.dll" -print -quit)" ]; then
    return 0
  fi
  dotnet publish "$root/backend/src/ResumeRefiner.Api" -c Release -o "$out" -v quiet -nologo >/dev/null
}

# peak_memory_mb PID: the process's peak resident memory (VmHWM) in MB.
peak_memory_mb() {
  awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null
}
