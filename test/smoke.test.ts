import { expect } from '@open-wc/testing';
import { parseDateSpec } from '../src/dates.js';

describe('smoke', () => {
  it('parses a month', () => {
    const r = parseDateSpec('2017-04');
    expect(r.ok && r.value.start.precision).to.equal('month');
  });
});
