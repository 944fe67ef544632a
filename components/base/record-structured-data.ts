/**
 * The schema.org JSON-LD of an element that shows one record (`<cw-project-card>`, `<cw-event>`,
 * `<cw-city-profile>` with `structured-data`), as a Lit reactive controller: after each update it
 * is written while the element is ready and asks for it, once the builders are loaded (loading
 * them asks for an update), and removed when the element no longer asks. The writer rewrites the
 * script only when its text changed. A failure is a console warning, never an exception in the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonLdLoaded, jsonLdReady, type JsonLd } from './json-ld-ready.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly structuredData: boolean;
  readonly state: string;
}

/** What to write, from the builders: undefined when the element has nothing to describe. */
export type DescribeRecord = () => ((jsonLd: JsonLd) => unknown) | undefined;

export class RecordStructuredData implements ReactiveController {
  readonly #host: Host;
  readonly #describe: DescribeRecord;
  #wrote = false;

  constructor(host: Host, describe: DescribeRecord) {
    this.#host = host;
    this.#describe = describe;
    host.addController(this);
  }

  hostUpdated(): void {
    const host = this.#host;
    try {
      const build = host.structuredData && host.state === 'ready' ? this.#describe() : undefined;
      if (build) {
        const jsonLd = jsonLdReady(host);
        if (!jsonLd) return;
        jsonLd.writeStructuredData(host, build(jsonLd));
        this.#wrote = true;
      } else if (this.#wrote) {
        jsonLdLoaded()?.writeStructuredData(host, undefined);
        this.#wrote = false;
      }
    } catch (e) {
      console.warn(`cityweave: <${host.localName}> could not write its structured data.`, e);
    }
  }
}
