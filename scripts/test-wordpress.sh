#!/usr/bin/env bash
# `npm run test:wordpress`: the WordPress plugin in Debian's WordPress, on 127.0.0.1 only
# (test/wordpress/wordpress.test.mjs). Installs what it needs from Debian's packages when missing
# (as root: wordpress and its translations, mariadb-server, php-cli, php-mysql, zip), builds the
# package and the plugin, then runs the test. About a minute once the packages are there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql zip; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "test:wordpress needs Debian's packages ${need[*]}: run as root, or apt-get install -y ${need[*]} first" >&2
    exit 1
  fi
  echo "» installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
CHROME_PATH=$(bash scripts/find-chromium.sh)
export CHROME_PATH

echo "» build"; npm run -s build
echo "» build:wordpress"; npm run -s build:wordpress
echo "» WordPress"
node --test --test-reporter=spec test/wordpress/
