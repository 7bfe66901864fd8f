#!/usr/bin/env bash
# Command-line tests of the real binary: exit codes, usage on stderr, no display needed.
set -uo pipefail
bin="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config"
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

# expect CODE STDOUT_PATTERN STDERR_PATTERN -- ARGS...
expect() {
  local code="$1" out_re="$2" err_re="$3"; shift 4
  env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  [ "$rc" -eq "$code" ] || fail "clearance $*: exit $rc, expected $code"
  [ -z "$out_re" ] || grep -qE -- "$out_re" "$tmp/out" || fail "clearance $*: stdout lacks /$out_re/: $(head -3 "$tmp/out")"
  [ -z "$err_re" ] || grep -qE -- "$err_re" "$tmp/err" || fail "clearance $*: stderr lacks /$err_re/: $(head -3 "$tmp/err")"
}

expect 0 '^clearance [0-9]+\.[0-9]+\.[0-9]+$' '' -- --version
expect 0 'usage: clearance' '' -- help
expect 0 'hs search QUERY' '' -- --help
expect 2 '' 'unknown command "frobnicate"' -- frobnicate
expect 2 '' 'usage: clearance' -- frobnicate
expect 2 '' 'unknown option --frobnicate' -- --frobnicate
expect 2 '' '--font-size needs a whole number from 12 to 32, got "99"' -- --font-size 99
expect 2 '' 'unknown screen "nowhere"' -- --screen nowhere
expect 1 '' 'no display found' -- --db "$tmp/p.sqlite3"
expect 2 '' 'usage: clearance bench' -- bench --frobnicate
expect 0 'no display: window figures skipped' '' -- bench

[ "$status" -eq 0 ] && echo "ok: command line"
exit "$status"
