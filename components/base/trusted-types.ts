/**
 * Lit under a strict Trusted Types policy. Lit creates a policy named `lit-html` when its module is
 * evaluated; a page whose Content-Security-Policy enforces Trusted Types and does not allow that
 * name (`trusted-types 'none'`) makes `createPolicy` throw, and the throw would abort the evaluation
 * of the whole bundle: no element defined, nothing shown, an uncaught TypeError in the page.
 *
 * This module is imported before Lit by every entry and element module, so that it is evaluated
 * first: it wraps `trustedTypes.createPolicy` for that one call, and when the page refuses the
 * policy, remembers it and gives Lit no policy instead of an exception. Lit's module then loads;
 * its templates cannot be used on such a page (they are HTML), so every element shows a plain text
 * instead (`CwElement`: the error state `csp`, with `cw-error`), written as text nodes, no HTML sink.
 * The browser still reports the refused policy once, as the page asked.
 *
 * No top-level call: the wrapper is installed by an expression, so this module is not a
 * registering one (test/node/side-effects.test.mjs).
 */

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;

/** Whether the page refused Lit's Trusted Types policy: then no element can render a template. */
export let litPolicyRefused = false;

if (factory?.createPolicy) {
  const create = factory.createPolicy;
  factory.createPolicy = function (name: string, rules: object): unknown {
    if (name !== 'lit-html') return create.call(this, name, rules);
    // Lit asks once: the page's own factory is back for everyone else.
    factory.createPolicy = create;
    try {
      return create.call(this, name, rules);
    } catch {
      litPolicyRefused = true;
      return undefined;
    }
  };
}
