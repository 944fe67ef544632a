import { expect } from '@open-wc/testing';
import { SteppedBuild } from '../../components/base/stepped-build.js';
import { SLICE_END, type Steps } from '../../src/steps.js';

/** Steps that end a slice after each of `n` steps, logging where they are, and return `value`. */
function* counted(log: string[], name: string, n: number, value: string): Steps<string> {
  try {
    for (let i = 0; i < n; i++) {
      log.push(`${name}${i}`);
      yield SLICE_END;
    }
    return value;
  } finally {
    log.push(`${name} closed`);
  }
}

describe('SteppedBuild', () => {
  it('builds a slice per call while unfinished, then keeps the value for its key', () => {
    const log: string[] = [];
    const build = new SteppedBuild<string>();
    let started = 0;
    const start = () => (started++, counted(log, 'a', 3, 'A'));
    expect(build.build(['k'], start, 100)).to.equal(undefined);
    expect(build.build(['k'], start, 100)).to.equal(undefined);
    expect(build.build(['k'], start, 100)).to.equal(undefined);
    expect(build.build(['k'], start, 100)).to.equal('A');
    expect(build.build(['k'], start, undefined), 'kept').to.equal('A');
    expect(started).to.equal(1);
    expect(log).to.deep.equal(['a0', 'a1', 'a2', 'a closed']);
  });

  it('drops unfinished steps when the key changes, and builds whole without a slice length', () => {
    const log: string[] = [];
    const build = new SteppedBuild<string>();
    expect(build.build(['k', 1], () => counted(log, 'a', 3, 'A'), 100)).to.equal(undefined);
    // Another key (another atlas, roadmap or language): the old steps are closed, the new ones run whole.
    expect(build.build(['k', 2], () => counted(log, 'b', 3, 'B'), undefined)).to.equal('B');
    expect(log).to.deep.equal(['a0', 'a closed', 'b0', 'b1', 'b2', 'b closed']);
    // Back to the first key: built again (only the last key's value is kept).
    expect(build.build(['k', 1], () => counted(log, 'c', 1, 'C'), undefined)).to.equal('C');
  });
});

describe('SteppedBuild after a step throws', () => {
  it('throws, and the next call with the same key starts the steps again', () => {
    let fail = true;
    let started = 0;
    function* steps(): Steps<number> {
      started++;
      yield;
      if (fail) throw new Error('transient');
      return 42;
    }
    const build = new SteppedBuild<number>();
    expect(() => build.build(['k'], steps, undefined)).to.throw('transient');
    fail = false;
    expect(build.build(['k'], steps, undefined)).to.equal(42);
    expect(started).to.equal(2);
    // In slices too.
    fail = true;
    expect(() => build.build(['j'], steps, 100)).to.throw('transient');
    fail = false;
    expect(build.build(['j'], steps, 100)).to.equal(42);
  });
});
