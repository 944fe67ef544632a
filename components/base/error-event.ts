/**
 * The `cw-error` event of an element: fired once per failure, and again only after the element
 * left its error state (a new failure, or the same one met again). Bubbles and is composed, so a
 * page listens once on `document` for every element, across shadow roots.
 */
import { errorDetail, failureKey, unknownIdWarning, type CwFailure } from './states.js';

export class ErrorEvents {
  #reported?: string;

  /** Called after each update with the failure shown (undefined when the element is not in its error state). */
  report(host: HTMLElement, failure: CwFailure | undefined, lang: string): void {
    const key = failure ? failureKey(failure) : undefined;
    if (key === this.#reported) return;
    this.#reported = key;
    if (!failure) return;
    if (failure.kind === 'internal') console.warn(`cityweave: <${host.localName}> could not be displayed.`, failure.cause);
    const detail = errorDetail(failure, lang);
    if (failure.kind === 'unknown-id') console.warn(unknownIdWarning(host, detail));
    host.dispatchEvent(new CustomEvent('cw-error', { detail, bubbles: true, composed: true }));
  }
}
