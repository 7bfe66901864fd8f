# Shared by tools/play and tools/check: the Debian packages Clearance needs and a quiet
# installer. Sourced, not run.

# Build: compiler, CMake, and the libraries (STACK.md lists why each is here).
CLEARANCE_BUILD_PACKAGES="build-essential cmake pkg-config libsdl2-dev libimgui-dev liblua5.4-dev
  libsqlite3-dev doctest-dev libstb-dev libsodium-dev fonts-noto-core fonts-dejavu-core"
# Tests: a virtual X server and the tools the GUI tests drive it with.
CLEARANCE_TEST_PACKAGES="xvfb xauth xdotool imagemagick x11-apps"

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the named packages that are missing, saying which, as root or through sudo.
# Quiet when nothing is missing.
ensure_packages() {
  local missing=()
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "not root and no sudo: install these packages first: ${missing[*]}"
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! $sudo apt-get install -y -q "${missing[@]}" >/tmp/clearance-apt.log 2>&1; then
    # A fresh machine has no package lists yet; fetch them once and try again.
    $sudo apt-get update -q >>/tmp/clearance-apt.log 2>&1 || die "apt-get update failed, see /tmp/clearance-apt.log"
    $sudo apt-get install -y -q "${missing[@]}" >>/tmp/clearance-apt.log 2>&1 \
      || die "apt-get install failed, see /tmp/clearance-apt.log"
  fi
}

# Configures and builds one build folder. $1 folder, then extra CMake arguments.
build_tree() {
  local dir="$1"; shift
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$dir" "$@" >"$dir.configure.log" 2>&1 \
      || { cat "$dir.configure.log"; die "CMake configure failed for $dir"; }
  fi
  cmake --build "$dir" -j"$(nproc)" >"$dir.build.log" 2>&1 \
    || { grep -E -A3 "error|Error" "$dir.build.log" | head -60; die "build failed in $dir (full log: $dir.build.log)"; }
}
