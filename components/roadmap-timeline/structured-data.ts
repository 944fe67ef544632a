/**
 * The schema.org JSON-LD of the events a `<cw-roadmap-timeline>` shows (`structured-data`), written
 * into the light DOM by the shared builders (json-ld-ready.ts) once they are loaded; rewritten only
 * when what it describes changed.
 */
import type { Atlas } from '../../src/atlas.js';
import type { Event } from '../../src/schema/index.js';
import type { RoadmapTimelineView } from '../../src/views/roadmap-timeline.js';
import { jsonLdLoaded, jsonLdReady } from '../base/json-ld-ready.js';
import { sameKeys } from '../base/memo.js';

export class TimelineStructuredData {
  #key?: unknown[];

  /** Writes (or removes, with `on` false) the JSON-LD of `view`'s events on `host`. */
  write(host: HTMLElement & { requestUpdate(): void }, on: boolean, view: RoadmapTimelineView | undefined, atlas: () => Atlas, lang: string): void {
    const key = [on, view, lang];
    if (sameKeys(key, this.#key)) return;
    // Written once the builders are there (they ask for an update).
    const jsonLd = on ? jsonLdReady(host) : undefined;
    if (on && !jsonLd) return;
    this.#key = key;
    if (!on || !view || !jsonLd) {
      jsonLdLoaded()?.writeStructuredData(host, undefined);
      return;
    }
    const events = new Set<Event>();
    for (const e of view.entries) {
      if (e.entry.type === 'event') events.add(e.entry.record as Event);
      else if (e.entry.event) events.add(e.entry.event);
    }
    const data = atlas();
    jsonLd.writeStructuredData(host, events.size > 0 ? [...events].map((ev) => jsonLd.eventJsonLd(data, ev, lang)) : undefined);
  }
}
