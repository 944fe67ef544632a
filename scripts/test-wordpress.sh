#!/usr/bin/env bash
# `npm run test:wordpress [-- --no-build]`: the WordPress plugin in Debian's WordPress, on 127.0.0.1
# only (test/wordpress/wordpress.test.mjs). Installs what it needs from Debian's packages when missing
# (as root), builds the package and the plugin (`--no-build`: only the plugin, when `npm run build`
# has just run, as in .ci/run), then runs the test. Its last line is
# `wordpress: N passed, N failed, N skipped`.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
[ "${1:-}" = --no-build ] && build=0

# Only what the test uses: no recommended packages, and mariadb-server-core (the server binary and
# mariadb-install-db) rather than mariadb-server (its service scripts, Galera, rsync, socat…).
# wordpress itself still pulls Apache (its dependency), which the test does not start.
pkgs=(wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server-core php-cli php-mysql zip)
need=()
for pkg in "${pkgs[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "test:wordpress needs Debian's packages ${need[*]}: run as root, or apt-get install --no-install-recommends ${need[*]} first" >&2
    exit 1
  fi
  echo "» installing ${need[*]}"
  start=$SECONDS
  apt-get update -qq
  # --force-unsafe-io: dpkg skips its fsync after each of the thousands of files (WordPress and its
  # translations), acceptable on a test machine. Idle, the whole install takes about 47 s here.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-unsafe-io "${need[@]}" >/dev/null
  echo "  installed in $((SECONDS - start)) s"
fi
CHROME_PATH=$(bash scripts/find-chromium.sh)
export CHROME_PATH

if [ "$build" = 1 ]; then echo "» build"; npm run -s build; fi
echo "» build:wordpress"; npm run -s build:wordpress
echo "» WordPress"
tap=$(mktemp); trap 'rm -f "$tap"' EXIT
status=0
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" test/wordpress/ || status=$?
count() { sed -nE "s/^# $1 ([0-9]+)$/\1/p" "$tap" | tail -n 1; }
p=$(count pass); f=$(count fail); s=$(count skipped)
p=${p:-0}; f=${f:-0}; s=${s:-0}
[ "$status" = 0 ] || [ "$f" != 0 ] || f=1   # a file that failed to load counts as a failure
echo "wordpress: $p passed, $f failed, $s skipped"
exit "$status"
