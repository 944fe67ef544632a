import { expect } from '@open-wc/testing';
import { compareRanges, parseDateSpec } from '../src/dates.js';

// parseDateSpec answers each string once and shares the answer (the validator, the Atlas and the
// views ask for the same dates): the shared answer must be right, frozen, and the memo bounded.
describe('parseDateSpec: answers shared between callers', () => {
  it('gives the same frozen answer for the same string, which a caller cannot change', () => {
    const a = parseDateSpec('2019/2020');
    const b = parseDateSpec('2019/2020');
    expect(a).to.equal(b);
    expect(a.ok && a.value.end.year).to.equal(2020);
    if (!a.ok) throw new Error('2019/2020 is a date');
    expect(Object.isFrozen(a) && Object.isFrozen(a.value) && Object.isFrozen(a.value.start) && Object.isFrozen(a.value.end)).to.equal(true);
    // Modules are strict: writing to a frozen object throws rather than changing the shared answer.
    expect(() => {
      (a.value.start as { year?: number }).year = 1999;
    }).to.throw(TypeError);
    expect(parseDateSpec('2019/2020').ok && (parseDateSpec('2019/2020') as { value: { start: { year: number } } }).value.start.year).to.equal(2019);
  });

  it('keeps a refusal and its message, and the text as written (spaces trimmed) per string', () => {
    const bad = parseDateSpec('2019-02-30');
    expect(bad.ok).to.equal(false);
    expect(!bad.ok && bad.message).to.contain('not a real day');
    expect(parseDateSpec('2019-02-30')).to.equal(bad);
    const spaced = parseDateSpec(' 2017-04 ');
    expect(spaced.ok && spaced.value.text).to.equal('2017-04');
  });

  it('stays right after more distinct strings than the memo holds', () => {
    const first = parseDateSpec('1901-01-01');
    const days: string[] = [];
    for (let y = 1900; y < 1920; y++) for (let d = 0; d < 365; d++) days.push(new Date(Date.UTC(y, 0, 1 + d)).toISOString().slice(0, 10));
    const ranges = days.map((d) => parseDateSpec(d)).map((r) => (r.ok ? r.value : undefined));
    expect(ranges.every((r) => r !== undefined)).to.equal(true);
    // In order, as written: each parse is the day it was given.
    for (let i = 1; i < ranges.length; i++) expect(compareRanges(ranges[i - 1]!, ranges[i]!)).to.be.lessThan(0);
    const again = parseDateSpec('1901-01-01');
    expect(again.ok && again.value.start.day).to.equal(1);
    expect(again.ok && first.ok && again.value.text).to.equal(first.ok ? first.value.text : '');
  });
});
