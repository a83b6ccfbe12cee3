# Sourced by ./run-tests: the browser tests drive Debian's chromium, headless, and nothing may download
# a browser of its own. Installs it with apt-get when it is missing and this is root on Debian;
# otherwise says how, and the browser tests fail with the same advice.
jb_ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests (once)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null && return 0
    echo "Installing chromium failed; the browser tests will fail." >&2
    return 0
  fi
  echo "The browser tests need Debian's chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
}
