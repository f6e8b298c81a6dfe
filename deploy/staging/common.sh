# Shared by deploy/staging/up, smoke and down (sourced, not run): where staging keeps its state and how to reach it.
# shellcheck shell=bash disable=SC2034 # the variables are for the scripts that source this

STAGING_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STAGING_DIR=$(realpath -m "${STAGING_DIR:-$STAGING_REPO/.staging}")
# Written first by `up`; `down` deletes only a directory that has it, so a mistyped STAGING_DIR is never wiped.
STAGING_MARKER=$STAGING_DIR/.resume-refiner-staging
STAGING_STATE=$STAGING_DIR/staging.env
# The API's environment (secrets included, mode 600), written by `up`.
STAGING_API_ENV=$STAGING_DIR/api.env

staging_die() { echo "staging: $*" >&2; exit 1; }

# as_postgres and pg_bin (the throwaway-PostgreSQL helpers deploy/scale uses too).
# shellcheck source=../lib/processes.sh
source "$STAGING_REPO/deploy/lib/processes.sh"

# Whether a process runs: exists and is not a zombie (an exited daemon whose new parent has not reaped it yet).
running() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat:0:1}" != Z ]
}

# The pid in a pid file, if that process is still running.
live_pid() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(head -n 1 "$1")
  [[ $pid =~ ^[0-9]+$ ]] && running "$pid" && echo "$pid"
}

# The pids whose parent is $1 (from /proc: procps may not be installed).
children_of() {
  local stat fields ppid
  for stat in /proc/[0-9]*/stat; do
    fields=$(cat "$stat" 2>/dev/null) || continue
    fields=${fields##*) }            # after "pid (comm) ", which may contain spaces
    read -r _ ppid _ <<<"$fields"
    [ "$ppid" = "$1" ] && basename "$(dirname "$stat")"
  done
  return 0
}

# Starts the published API in directory $1 with staging's API environment, logging to logs/$2.log; records its pid.
# No .env is read: the configuration is exactly the file's.
start_api() {
  (
    cd "$1" || exit 1
    set -a
    # shellcheck source=/dev/null
    . "$STAGING_API_ENV"
    set +a
    exec dotnet "$1/ResumeRefiner.Api.dll" </dev/null >"$STAGING_DIR/logs/$2.log" 2>&1
  ) &
  echo $! >"$STAGING_DIR/run/api.pid"
}

# For the scripts that check a running staging (smoke, rollback), after sourcing $STAGING_STATE.
passed=0
failed=0
# check NAME FUNCTION [ARGS]: runs one check; what it prints is shown after the result.
check() {
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then
    echo "ok   $name${out:+ — $out}"
    passed=$((passed + 1))
  else
    echo "FAIL $name: ${out:-failed}"
    failed=$((failed + 1))
  fi
}

# HTTPS through nginx, trusting only staging's CA; IPv4 because nginx listens on 127.0.0.1.
https() { curl -sS -4 --max-time 60 --cacert "$STAGING_CA" "$@"; }

# An API client's workspace: its bearer token in $work/token (the caller's scratch directory), and the header.
workspace() {
  https -f -X POST "$STAGING_URL/api/v1/workspace" -o "$work/workspace.json" || return 1
  sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$work/workspace.json" >"$work/token"
  [ -s "$work/token" ] || { cat "$work/workspace.json"; return 1; }
  echo "bearer token issued"
}
auth() { echo "Authorization: Bearer $(cat "$work/token")"; }
