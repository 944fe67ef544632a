import { expect } from '@open-wc/testing';
import { isLinkUrl } from '../src/schema/link-url.js';
import { byParser, generatedAddresses, written } from './fixtures/link-urls.mjs';

// The browser's URL parser, not Node's: the fast path must agree with it too.
describe('isLinkUrl in the browser', () => {
  it('gives the answer of new URL, on written and generated addresses', () => {
    const differ: string[] = [];
    let accepted = 0;
    for (const s of [...written, ...generatedAddresses()]) {
      const expected = byParser(s);
      if (isLinkUrl(s) !== expected) differ.push(s);
      if (expected) accepted++;
    }
    expect(differ).to.deep.equal([]);
    expect(accepted).to.be.greaterThan(5000);
  });
});
