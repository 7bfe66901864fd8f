# Sourced by the GUI tests' drive scripts (window.sh). `launch CLEARANCE ARGS...` starts the app
# in the background and waits up to 5 s for its window: sets `pid` and `wid`, or says so and
# exits 3. Redirections on the call apply to the app.
launch() {
  "$@" &
  pid=$!
  for _ in $(seq 50); do
    wid=$(xdotool search --name '^Clearance$' 2>/dev/null | head -1)
    [ -n "$wid" ] && return 0
    sleep 0.1
  done
  echo "window never appeared"
  kill -9 "$pid"
  exit 3
}
