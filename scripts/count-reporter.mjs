// Prints `browser: N passed, N failed, N skipped` as the very last line, counting a test file that
// failed to load as one failure (the default reporter does not count those). scripts/test.sh adds the
// Node tests' counts to it for the suite's closing line.
import { writeFileSync } from 'node:fs';

function count(tests = [], suites = [], acc) {
  for (const t of tests) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suites) count(s.tests, s.suites, acc);
  return acc;
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        if (s.testResults) count(s.testResults.tests, s.testResults.suites, acc);
        // A file that failed to import has errors and no results.
        if (!s.passed && (!s.testResults || (s.errors && s.errors.length))) acc.failed++;
      }
      if (process.env.WTR_COUNT_FILE) writeFileSync(process.env.WTR_COUNT_FILE, JSON.stringify(acc));
      process.stdout.write(`\nbrowser: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`);
    },
  };
}
