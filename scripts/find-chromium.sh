#!/usr/bin/env bash
# Prints the path of a Chromium to test with, installing Debian's package when it can (as root).
set -euo pipefail
for c in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium not found: installing Debian's chromium package…" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2
  [ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; exit 0; }
fi
echo "No Chromium found. Install it (Debian/Ubuntu: 'sudo apt-get install chromium') or set CHROME_PATH to a Chrome/Chromium binary." >&2
exit 1
