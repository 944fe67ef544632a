import { expect } from '@open-wc/testing';
import { Memo, sameKeys } from '../../components/base/memo.js';

describe('Memo', () => {
  it('makes its value again only when a value of its key changes (by identity)', () => {
    const memo = new Memo<string>();
    const view = {};
    let made = 0;
    const make = () => `value ${++made}`;
    expect(memo.get([view, 'fr'], make)).to.equal('value 1');
    expect(memo.get([view, 'fr'], make)).to.equal('value 1');
    expect(memo.get([view, 'ar'], make)).to.equal('value 2');
    // An equal object that is not the same one is another key.
    expect(memo.get([{}, 'ar'], make)).to.equal('value 3');
    expect(made).to.equal(3);
  });

  it('keeps an undefined value without making it again', () => {
    const memo = new Memo<undefined>();
    let made = 0;
    memo.get([1], () => void made++);
    memo.get([1], () => void made++);
    expect(made).to.equal(1);
  });

  it('compares keys of different lengths as different', () => {
    expect(sameKeys([1, 2], [1, 2])).to.equal(true);
    expect(sameKeys([1], [1, undefined])).to.equal(false);
    expect(sameKeys([1], undefined)).to.equal(false);
  });
});
