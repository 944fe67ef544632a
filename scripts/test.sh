#!/usr/bin/env bash
# `npm test`: typecheck, lint, build, the size budgets, Node tests (CLI, package, demo, basemap), the browser
# tests in Chromium, then the static Storybook built and every story checked in Chromium. The last
# line is `tests: N passed, N failed, N skipped` over all of them.
set -uo pipefail
cd "$(dirname "$0")/.."

fail() { echo "$1" >&2; echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1; }

CHROME_PATH=$(bash scripts/find-chromium.sh) || fail "cannot run the browser tests without Chromium (see above)"
export CHROME_PATH

echo "» typecheck"; npm run -s typecheck || fail "typecheck failed"
# ESLint (Lit templates, accessibility, the layers' import rules) and lit-analyzer: one test.
echo "» lint"
if npm run -s lint; then lp=1; lf=0; else lp=0; lf=1; fi
echo "» build"; npm run -s build || fail "build failed"
# The CDN build's size budgets (scripts/size.mjs): one test, failed when any chunk is over.
echo "» size"
if npm run -s size; then zp=1; zf=0; else zp=0; zf=1; fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

echo "» node tests"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tmp/node.tap" test/node/
node_status=$?
count() { sed -nE "s/^# $1 ([0-9]+)$/\1/p" "$tmp/node.tap" | tail -n 1; }
np=$(count pass); nf=$(count fail); ns=$(count skipped)
np=${np:-0}; nf=${nf:-0}; ns=${ns:-0}
[ "$node_status" = 0 ] || [ "$nf" != 0 ] || nf=1   # a file that failed to load counts as a failure

echo "» browser tests"
WTR_COUNT_FILE="$tmp/wtr.json" npx wtr
wtr_status=$?
read -r bp bf bs < <(node -e 'try{const c=require(process.argv[1]);console.log(c.passed,c.failed,c.skipped)}catch{console.log(0,1,0)}' "$tmp/wtr.json")

# Every story and docs page of the static Storybook in Chromium, in several languages and themes
# (scripts/check-stories.mjs): each page × globals is one test.
echo "» storybook"
sp=0; sf=0
if npm run -s build-storybook; then
  node scripts/check-stories.mjs | tee "$tmp/stories.txt"
  stories_status=${PIPESTATUS[0]}
  read -r sp sf < <(sed -nE 's/^stories: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$tmp/stories.txt" | tail -n 1)
  sp=${sp:-0}; sf=${sf:-0}
  [ "$stories_status" = 0 ] || [ "$sf" != 0 ] || sf=1   # a check that died before its summary counts as a failure
else
  echo "Storybook build failed" >&2
  stories_status=1; sf=1
fi

status=0; [ "$lf" = 0 ] && [ "$zf" = 0 ] && [ "$node_status" = 0 ] && [ "$wtr_status" = 0 ] && [ "$stories_status" = 0 ] || status=1
echo "tests: $((lp + zp + np + bp + sp)) passed, $((lf + zf + nf + bf + sf)) failed, $((ns + bs)) skipped"
exit $status
