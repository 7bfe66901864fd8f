#!/usr/bin/env bash
# GUI tests of the real window under a private Xvfb server.
#   window.sh CLEARANCE screenshot SCREEN THEME OUT.png   the PNG exists and is not blank
#   window.sh CLEARANCE sigterm                           SIGTERM quits cleanly (exit 0)
#   window.sh CLEARANCE ctrl-q                            Ctrl+Q typed into the window quits (exit 0)
#   window.sh CLEARANCE resize                            after resizes, frames fill the new size
#   window.sh CLEARANCE create-profile                    a profile typed in the window is in the store
#   window.sh CLEARANCE play-scenario                     a trainee plays a scenario to the debrief with
#                                                         the mouse, reopens it from progress; the store
#                                                         holds the attempt with the expected score
#   window.sh CLEARANCE keyboard                          Escape goes back from the browser and progress;
#                                                         the class screen opens on a first passphrase
set -uo pipefail
bin="$1"; mode="$2"; shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config"  # never touch the tester's own settings

fail() { echo "FAIL: $*" >&2; exit 1; }
# The drive scripts start the app with launch (launch.sh).
launch_lib="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/launch.sh"
export LAUNCH_LIB="$launch_lib"

# Runs "$@" with DISPLAY pointing at a fresh Xvfb; xvfb-run -a picks a free display number.
in_xvfb() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }

case "$mode" in
  screenshot)
    screen="$1"; theme="$2"; out="$3"
    mkdir -p "$(dirname "$out")"
    rm -f "$out"
    # Screens past sign-in show a trainee who has played a bundled scenario through; the player
    # stands on a classify step, with the HS browser.
    demo=()
    case "$screen" in
      player) demo=(--play classification/coffee_subheadings --autoplay-to roasted) ;;
      start|browser|debrief|progress) demo=(--play classification/coffee_subheadings --autoplay-to end) ;;
    esac
    in_xvfb "$bin" --screen "$screen" --theme "$theme" --frames 4 --screenshot "$out" \
      --db "$tmp/progress.sqlite3" "${demo[@]}" || fail "clearance exited with $?"
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
. "$launch_lib"
launch "$bin" --db "$tmp/progress.sqlite3"
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
  resize)
    # The window is made smaller and larger while it runs; the frame it shows at the end (saved
    # on the way out) must fill the new size, drawn, not left black or stretched.
    cat >"$tmp/drive.sh" <<DRIVE
#!/usr/bin/env bash
. "$launch_lib"
launch "$bin" --db "$tmp/progress.sqlite3" --theme light --screenshot "$tmp/resized.png"
sleep 0.3
xdotool windowsize "\$wid" 1000 640
sleep 0.4
xdotool windowsize "\$wid" 1200 760
sleep 0.6
kill -TERM \$pid
wait \$pid
DRIVE
    chmod +x "$tmp/drive.sh"
    in_xvfb "$tmp/drive.sh" || fail "the resized window did not quit cleanly (exit $?)"
    size=$(identify -format '%wx%h' "$tmp/resized.png") || fail "no frame saved after the resize"
    [ "$size" = "1200x760" ] || fail "the last frame is $size, expected 1200x760"
    # Light theme: a drawn frame is mostly pale page; an undrawn surface is black.
    mean=$(convert "$tmp/resized.png" -colorspace Gray -format '%[fx:int(mean*255)]' info:)
    [ "$mean" -gt 180 ] || fail "the resized frame looks undrawn (mean grey $mean)"
    # The status bar runs along the new bottom edge, the sign-in screen's cards across the middle.
    corner=$(convert "$tmp/resized.png" -crop 1x1+1190+750 -format '%[fx:int(mean*255)]' info:)
    [ "$corner" -gt 100 ] || fail "the bottom-right corner is not drawn (grey $corner)"
    echo "ok: the window redraws at its new size ($size, mean grey $mean)"
    ;;
  create-profile)
    # Keyboard only: a first start focuses the name field; Enter creates the profile and opens
    # Home. The screenshot of the result lands beside the others for people to look at.
    cat >"$tmp/drive.sh" <<DRIVE
#!/usr/bin/env bash
. "$launch_lib"
launch "$bin" --db "$tmp/progress.sqlite3"
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
  play-scenario|keyboard)
    # The window writes where its named widgets are after each frame (--probe); the driver
    # clicks their centres with xdotool, as a trainee's mouse would, and waits for the screen
    # each click should lead to. Every wait has a deadline, and a failure says what it waited for.
    shots="$(dirname "$bin")/screenshots"
    mkdir -p "$shots"
    cat >"$tmp/drive.sh" <<'DRIVE'
#!/usr/bin/env bash
set -u
bin="$1"; tmp="$2"; shots="$3"; mode="$4"
probes="$tmp/probes.txt"
. "$LAUNCH_LIB"
launch "$bin" --db "$tmp/progress.sqlite3" --probe "$probes" 2>"$tmp/stderr.txt"
die() { echo "drive: $*"; echo "--- last probes:"; cat "$probes" 2>/dev/null; import -window root "$tmp/failure.png" 2>/dev/null; cp "$tmp/failure.png" "$shots/failure-$mode.png" 2>/dev/null; kill -9 $pid 2>/dev/null; exit 5; }
# The centre of probe $1, waiting up to 8 s for it to be drawn and to stay put (a table sizes
# its columns over its first frames, so a new screen's first positions are not final).
where() {
  local line before=""
  for i in $(seq 80); do
    line=$(grep "^$1 " "$probes" 2>/dev/null | head -1 || true)
    if [ -n "$line" ] && [ "$line" = "$before" ]; then
      set -- $line
      echo "$(( ${2%.*} + ${4%.*} / 2 )) $(( ${3%.*} + ${5%.*} / 2 ))"
      return 0
    fi
    before="$line"
    sleep 0.1
  done
  return 1
}
click() {
  local xy; xy=$(where "$1") || die "no widget "$1" on screen"
  xdotool mousemove --window "$wid" $xy
  sleep 0.15
  xdotool click 1
  sleep 0.35
}
double_click() {
  local xy; xy=$(where "$1") || die "no widget \"$1\" on screen"
  xdotool mousemove --window "$wid" $xy
  sleep 0.15
  xdotool click --repeat 2 --delay 80 1
  sleep 0.35
}
wait_screen() {
  for i in $(seq 80); do
    grep -qx "screen $1" "$probes" 2>/dev/null && return 0
    sleep 0.1
  done
  die "the $1 screen never came"
}
key() { xdotool key "$@"; sleep 0.35; }
type_text() { xdotool type --delay 40 "$1"; sleep 0.4; }

sleep 0.5
xdotool mousemove --window "$wid" 640 400
xdotool windowfocus --sync "$wid" 2>/dev/null || true
type_text "Amina Diallo"
key Return
wait_screen start

if [ "$mode" = keyboard ]; then
  # Keyboard only: arrows to Home's first suggestion (the coffee scenario), Enter to start it,
  # Enter past the briefing, then each line's code typed into the field that has the keyboard,
  # Enter to submit and Enter to move on.
  key Down; key Down; key Return
  wait_screen player
  key Return
  for code in 0901.21 0901.22 0901.11; do type_text "$code"; key Return; key Return; done
  key Escape; wait_screen start
  # Then Escape goes back everywhere.
  click nav.browser; wait_screen browser
  key Escape; wait_screen start
  click nav.progress; wait_screen progress
  key Escape; wait_screen start
  # Into a scenario and out again with Escape: the attempt is kept for later.
  click nav.browser; wait_screen browser
  click "browser.play.classification/coffee_subheadings"; wait_screen player
  key Escape; wait_screen start
  where home.resume.0 >/dev/null || where home.continue >/dev/null || die "Home offers no resume"
  # The class screen by keyboard: the first passphrase typed twice (Tab between the fields),
  # Enter; the trainee who just played is listed. Leaving locks it again.
  click nav.instructor; wait_screen instructor
  where instructor.confirm >/dev/null || die "no field to confirm a first passphrase"
  type_text "correct horse"; key Tab; type_text "correct horse"; key Return
  where instructor.trainee.0 >/dev/null || die "the class did not open on its new passphrase"
  import -window root "$shots/instructor-unlocked.png"
  click nav.start; wait_screen start
  click nav.instructor; wait_screen instructor
  where instructor.passphrase >/dev/null || die "the class screen did not lock when left"
  grep -q "^instructor.trainee.0 " "$probes" && die "the class is still shown after leaving"
  key ctrl+q
  wait $pid
  exit $?
fi

click nav.browser; wait_screen browser
click "browser.play.classification/coffee_subheadings"; wait_screen player
click player.next                       # past the brief
# Line 1 through the HS browser: search, then pick the subheading from the results.
click hs.search
type_text "roasted coffee"
double_click hs.result.0901.21           # a double click uses the code, as "Use this code" does
click player.submit
where player.next >/dev/null || die "no feedback after submitting line 1"
import -window root "$shots/player-feedback.png"
click player.next
# Lines 2 and 3 typed into the code field.
click classify.code; type_text "0901.22"; click player.submit; click player.next
click classify.code; type_text "0901.11"; click player.submit; click player.next
# The quiz, answered wrong on purpose: section and chapter titles are not what GIR 6 compares.
click option.titles
click player.submit
click player.next
wait_screen debrief
import -window root "$shots/debrief-played.png"
click nav.progress; wait_screen progress
click progress.attempt.0; wait_screen debrief
key ctrl+q
wait $pid
DRIVE
    chmod +x "$tmp/drive.sh"
    in_xvfb "$tmp/drive.sh" "$bin" "$tmp" "$shots" "$mode" || fail "the $mode drive failed (exit $?): $(cat "$tmp/stderr.txt" 2>/dev/null)"
    env -u DISPLAY "$bin" --db "$tmp/progress.sqlite3" report --format csv >"$tmp/report.csv" || fail "report failed"
    if [ "$mode" = play-scenario ]; then
      # Three classifications right (1 point each) and the quiz wrong: 3 of 4, 75 %.
      grep -q "^Amina Diallo,[^,]*,1,0.75,0.75," "$tmp/report.csv" || fail "expected one finished attempt at 75 % for Amina Diallo, report says: $(cat "$tmp/report.csv")"
      echo "ok: a scenario played through the window is in the store with 3 of 4 points"
    else
      # The three lines classified by keyboard are stored, each with full marks.
      env -u DISPLAY "$bin" --db "$tmp/progress.sqlite3" export xapi --out "$tmp/statements.json" >/dev/null \
        || fail "xAPI export failed"
      answered=$(grep -o 'verbs/answered"' "$tmp/statements.json" | wc -l)
      [ "$answered" -ge 3 ] || fail "expected 3 answers typed at the keyboard in the store, found $answered"
      full=$(grep -o '"raw":1[,}]' "$tmp/statements.json" | wc -l)
      [ "$full" -ge 3 ] || fail "the keyboard answers did not all score full marks: $(cat "$tmp/statements.json")"
      echo "ok: a scenario played by keyboard alone is stored; Escape goes back on the browser, progress and player screens"
    fi
    ;;
  *) fail "unknown mode $mode" ;;
esac
