// What the view tests take from @open-wc/testing when they run in Node (scripts/test-unit.mjs): chai's expect.
export { expect } from 'chai';
