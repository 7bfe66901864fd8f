#!/usr/bin/env bash
# GUI tests of the real window under a private Xvfb server.
#   window.sh CLEARANCE screenshot SCREEN THEME OUT.png   the PNG exists and is not blank
#   window.sh CLEARANCE sigterm                           SIGTERM quits cleanly (exit 0)
#   window.sh CLEARANCE ctrl-q                            Ctrl+Q typed into the window quits (exit 0)
#   window.sh CLEARANCE create-profile                    a profile typed in the window is in the store
set -uo pipefail
bin="$1"; mode="$2"; shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config"  # never touch the tester's own settings

fail() { echo "FAIL: $*" >&2; exit 1; }

# Runs "$@" with DISPLAY pointing at a fresh Xvfb; xvfb-run -a picks a free display number.
in_xvfb() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }

case "$mode" in
  screenshot)
    screen="$1"; theme="$2"; out="$3"
    mkdir -p "$(dirname "$out")"
    rm -f "$out"
    in_xvfb "$bin" --screen "$screen" --theme "$theme" --frames 4 --screenshot "$out" \
      --db "$tmp/progress.sqlite3" || fail "clearance exited with $?"
    [ -s "$out" ] || fail "no screenshot written to $out"
    size=$(identify -format '%wx%h' "$out") || fail "not a PNG: $out"
    [ "$size" = "1280x800" ] || fail "screenshot is $size, expected 1280x800"
    # A blank or failed frame has a handful of colours; the start screen with anti-aliased
    # text has thousands.
    colours=$(convert "$out" -format '%k' info:)
    [ "$colours" -gt 200 ] || fail "screenshot looks blank: only $colours colours"
    echo "ok: $out ($colours colours)"
    ;;
  sigterm|ctrl-q)
    cat >"$tmp/drive.sh" <<DRIVE
#!/usr/bin/env bash
"$bin" --db "$tmp/progress.sqlite3" &
pid=\$!
for i in \$(seq 50); do
  wid=\$(xdotool search --name '^Clearance\$' 2>/dev/null | head -1)
  [ -n "\$wid" ] && break
  sleep 0.1
done
[ -n "\$wid" ] || { echo "window never appeared"; kill -9 \$pid; exit 3; }
sleep 0.3
if [ "$mode" = sigterm ]; then
  kill -TERM \$pid
else
  xdotool mousemove --window "\$wid" 200 200
  xdotool windowfocus --sync "\$wid" 2>/dev/null || true
  xdotool key --window "\$wid" ctrl+q
fi
for i in \$(seq 50); do
  kill -0 \$pid 2>/dev/null || break
  sleep 0.1
done
if kill -0 \$pid 2>/dev/null; then echo "still running 5 s after $mode"; kill -9 \$pid; exit 4; fi
wait \$pid
DRIVE
    chmod +x "$tmp/drive.sh"
    in_xvfb "$tmp/drive.sh" || fail "$mode did not quit cleanly (exit $?)"
    echo "ok: $mode quits cleanly"
    ;;
  create-profile)
    # Keyboard only: a first start focuses the name field; Enter creates the profile and opens
    # Home. The screenshot of the result lands beside the others for people to look at.
    cat >"$tmp/drive.sh" <<DRIVE
#!/usr/bin/env bash
"$bin" --db "$tmp/progress.sqlite3" &
pid=\$!
for i in \$(seq 50); do
  wid=\$(xdotool search --name '^Clearance\$' 2>/dev/null | head -1)
  [ -n "\$wid" ] && break
  sleep 0.1
done
[ -n "\$wid" ] || { echo "window never appeared"; kill -9 \$pid; exit 3; }
sleep 0.5
xdotool mousemove --window "\$wid" 640 400
xdotool windowfocus --sync "\$wid" 2>/dev/null || true
xdotool type --delay 60 "Amina Diallo"
sleep 0.2
xdotool key --delay 120 Return
sleep 0.8
import -window root "$(dirname "$bin")/screenshots/profile-created.png"
xdotool key ctrl+q
wait \$pid
DRIVE
    chmod +x "$tmp/drive.sh"
    in_xvfb "$tmp/drive.sh" || fail "the window did not run to the end (exit $?)"
    env -u DISPLAY "$bin" --db "$tmp/progress.sqlite3" report --format csv >"$tmp/report.csv" \
      || fail "report failed"
    grep -q "Amina Diallo" "$tmp/report.csv" || fail "the profile typed in the window is not in the store: $(cat "$tmp/report.csv")"
    echo "ok: profile created through the window"
    ;;
  *) fail "unknown mode $mode" ;;
esac
