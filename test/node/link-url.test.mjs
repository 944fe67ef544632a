// `isLinkUrl` (a regular expression in front of `new URL`) gives the answer `new URL` gives, in
// Node (test/link-url.test.ts asks the browser's parser the same). Needs the build (dist/src).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byParser, generatedAddresses, written } from '../fixtures/link-urls.mjs';

const { isLinkUrl } = await import('../../dist/src/schema/link-url.js');

test('written addresses: the same answer as new URL', () => {
  for (const s of written) assert.equal(isLinkUrl(s), byParser(s), JSON.stringify(s));
});

test('generated addresses near the edges: the same answer as new URL', () => {
  let count = 0;
  let accepted = 0;
  for (const s of generatedAddresses()) {
    const expected = byParser(s);
    assert.equal(isLinkUrl(s), expected, JSON.stringify(s));
    count++;
    if (expected) accepted++;
  }
  // The generator reaches both answers, many times each.
  assert.ok(count > 50000 && accepted > 5000 && count - accepted > 5000, `${count} addresses, ${accepted} accepted`);
});
