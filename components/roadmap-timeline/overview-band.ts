/**
 * The overview band of `<cw-roadmap-timeline>` as the element holds it: what the band needs from the
 * list (where the reader is, which entry to bring up) and what it keeps across renderings (its tab
 * stop), and putting the focus back in the band after a zoom. Drawing is in overview.ts.
 */
import { guard } from 'lit/directives/guard.js';
import { formatDate } from '../../src/format-date.js';
import type { RoadmapTimelineEntry, RoadmapTimelineView, TimelineRow } from '../../src/views/roadmap-timeline.js';
import { Memo } from '../base/memo.js';
import type { UiMessageKey } from '../base/messages.js';
import { entryAt } from './axis.js';
import type { EntryContext } from './entry.js';
import type { ListFocus } from './list-focus.js';
import { visibleStretch, type ListPositionController, type VisibleStretch } from './list-position.js';
import { renderOverview, textScale } from './overview.js';
import type { AxisZoomController } from './zoom.js';

/** The element, whose rendering the band asks for and waits on. */
export interface OverviewBandHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

export interface OverviewBandParts {
  /** The element's language and texts. */
  text: Pick<EntryContext, 'lang' | 't' | 'localized'>;
  zoom: AxisZoomController;
  position: ListPositionController;
  focus: ListFocus;
  /** The list's rows, in list order. */
  rows: () => readonly TimelineRow[];
  indexOf: (key: string) => number | undefined;
  timeDirection: () => 'ltr' | 'rtl';
  /** Whether the page is being laid out for paper (`PrintController.onPaper`). */
  onPaper: () => boolean;
}

/**
 * The width the axis labels are chosen for on paper, in CSS pixels: an A4 or Letter page in
 * portrait, within the print dialog's default margins (about 718 and 739 px), less a page's own
 * padding. The band is measured on screen, and a screen's 1,200 px of month labels ran into each
 * other on a sheet.
 */
const PAPER_WIDTH = 680;

export class OverviewBand {
  /** The mark holding the band's tab stop (see `OverviewContext.tabStop`). */
  #tabStop?: string;
  /** The stretch of time of the entries visible in the list: once per visible range. */
  readonly #visible = new Memo<VisibleStretch | undefined>();
  readonly #host: OverviewBandHost;
  readonly #parts: OverviewBandParts;

  constructor(host: OverviewBandHost, parts: OverviewBandParts) {
    this.#host = host;
    this.#parts = parts;
  }

  /** The band: choosing a mark or a point of the axis brings the list there; the list's visible stretch shows on it. */
  render(view: RoadmapTimelineView, selectedKey: string | undefined): unknown {
    const { zoom, position, focus, rows, indexOf, timeDirection, onPaper, text } = this.#parts;
    const host = this.#host;
    const visible = this.#visible.get([rows(), position.first, position.last], () => visibleStretch(rows(), position.first, position.last));
    const current = rows()[position.first]?.entry.key;
    const dir = timeDirection();
    const scale = textScale();
    const width = onPaper() ? Math.min(zoom.width > 0 ? zoom.width : PAPER_WIDTH, PAPER_WIDTH) : zoom.width;
    const lang = text.lang;
    const dateOf = (e: RoadmapTimelineEntry) => (e.entry.date ? formatDate(e.entry.date, lang) : text.t('timeline.date.unknown'));
    // Once per view, zoom, size of text, direction, language, selection, visible range and tab stop: not again for each scroll event.
    return guard([view, zoom.window, width, scale, dir, lang, selectedKey, visible, current, this.#tabStop], () =>
      renderOverview({
        view,
        zoom,
        dir,
        textScale: scale,
        width,
        lang,
        t: (key) => text.t(key as UiMessageKey),
        label: (e) => text.t('timeline.markName', { title: text.localized(e.entry.title)?.text ?? e.entry.id, date: dateOf(e) }),
        groupLabel: (e, count) => text.t('timeline.period', { date: dateOf(e), count }),
        ...(selectedKey ? { selectedKey } : {}),
        ...(visible ? { visible } : {}),
        ...(current ? { currentKey: current } : {}),
        choose: (key) => {
          const index = indexOf(key);
          if (index !== undefined) focus.move(key, index, true);
        },
        ...(this.#tabStop ? { tabStop: this.#tabStop } : {}),
        setTabStop: (key) => {
          this.#tabStop = key;
          host.requestUpdate();
        },
        keepFocus: () => this.#keepFocus(),
        choosePeriod: (fraction) => {
          const list = rows();
          const index = entryAt(list.map((r) => r.entry), fraction);
          if (index !== undefined) focus.move(list[index]!.entry.key, index, true);
        },
      }),
    );
  }

  /**
   * After a zoom from the band: when the focus was there and is lost (its mark left the window, or
   * its button became disabled, at the fit), it goes to the band's tab stop, or to "+".
   */
  #keepFocus(): void {
    const root = this.#host.renderRoot as ShadowRoot;
    const before = root.activeElement;
    if (!before?.closest('.overview')) return;
    void this.#host.updateComplete.then(() => {
      const active = root.activeElement;
      if (active?.closest('.overview') && !(active as HTMLButtonElement).disabled) return;
      const mark = before.hasAttribute('data-mark') ? root.querySelector<HTMLElement>('.overview [data-mark][tabindex="0"]') : null;
      (mark ?? root.querySelector<HTMLElement>('.overview .zoom-in'))?.focus();
    });
  }
}
