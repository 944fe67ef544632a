/**
 * What the reader does on `<cw-city-map>`, and the state it leaves: clicks and keys on the map's
 * markers and clusters (the roving tab stop, arrows by direction, Enter, Escape, `+`/`-`/`0`),
 * clusters that open (a zoom to their cities, or a spread when they share a place), and the list's
 * own keys (Down/Up/Home/End through the entries, Left/Right to the city beside on the map). The
 * element renders from this state; this class decides nothing about the data (src/views) nor the
 * layout (layout.ts): it carries out keyboard.ts's actions with layout.ts's geometry.
 */
import type { MessageParams } from '../../src/i18n/index.js';
import type { CityMapCity, CityMapView } from '../../src/views/city-map.js';
import type { UiMessageKey } from '../base/messages.js';
import type { CitySelectDetail } from './events.js';
import type { MapGeometry } from './geometry.js';
import { applyRovingStop, arrowDirection, mapKeyAction, markersIn, type MarkerNode } from './keyboard.js';
import { centreOn, neighbourInDirection, readingOrder, zoomToPoints, type ZoomTransform } from './layout.js';
import { defaultStop, drawsPaths, navigable, singleAt } from './marker-paths.js';
import type { Geometry } from './markers-layer.js';
import { ZOOM_STEP, type MapZoom } from './zoom.js';

/** What the interaction needs from its element. */
export interface InteractionContext {
  root(): ParentNode;
  rtl(): boolean;
  view(): CityMapView | undefined;
  byId(): ReadonlyMap<string, CityMapCity>;
  /** Each city's place in the list. */
  index(): ReadonlyMap<string, number>;
  size(): { width: number; height: number } | undefined;
  geo: MapGeometry;
  zoom: MapZoom;
  selected(): string | undefined;
  setSelected(id: string | undefined): void;
  t(key: UiMessageKey, params?: MessageParams): string;
  cityNames(ids: readonly string[], max: number): string;
  requestUpdate(): void;
  dispatch(event: CustomEvent<CitySelectDetail>): void;
  /** Moves focus to a city's entry in the list (bringing it into the list's window first). */
  focusEntry(id: string): Promise<void>;
}

export class MapInteraction {
  readonly #c: InteractionContext;
  /** Cities highlighted in the list from a cluster that could not open. */
  highlight?: { key: string; ids: ReadonlySet<string> };
  /** What the status line says (a cluster opened or highlighted). */
  status = '';
  /** Cities spread around the place they share (see `#openCluster`), at the zoom they were spread at. */
  spread?: { ids: ReadonlySet<string>; zoom: ZoomTransform };
  /** The roving tab stop of the map: a city's id, or `cluster:` and a cluster's key. */
  focusKey?: string;
  /** Set by a key on the map: after the next update, focus goes back to `focusKey` (its node may have changed). */
  refocus = false;

  constructor(context: InteractionContext) {
    this.#c = context;
  }

  /** Other cities shown: nothing highlighted, no tab stop moved. */
  reset(): void {
    this.highlight = undefined;
    this.status = '';
    this.focusKey = undefined;
  }

  /** The tab stop's key: the one the reader moved it to, if it is on the map, else the default. */
  stop(geo: Geometry): string | undefined {
    const key = this.focusKey;
    if (key !== undefined && (key.startsWith('cluster:') ? geo.clusters.some((c) => `cluster:${c.key}` === key) : geo.points.has(key) && !geo.clusterOf.has(key))) return key;
    const selected = this.#c.selected();
    return defaultStop(geo, selected && this.#c.byId().has(selected) ? selected : undefined, this.#c.rtl());
  }

  /** Runs an event handler; an exception becomes a console warning, never an error in the host page. */
  #guarded(run: () => void): void {
    try {
      run();
    } catch (e) {
      console.warn('cityweave: <cw-city-map> could not handle an event.', e);
    }
  }

  onListClick = (event: Event): void =>
    this.#guarded(() => {
      const button = (event.target as Element | null)?.closest?.('button[data-city]');
      const id = button?.getAttribute('data-city');
      if (id) this.#select(id, 'list');
    });

  onListKeydown = (event: KeyboardEvent): void => this.#guarded(() => this.#keydown(event));

  #keydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.#c.selected() !== undefined || this.highlight) {
        this.#deselect();
        this.highlight = undefined;
        this.status = '';
        this.#c.requestUpdate();
        event.stopPropagation();
      }
      return;
    }
    // With a modifier the keys are the browser's (Alt+Left goes back, Shift and an arrow extends a selection), as in roving-focus.ts.
    if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
    const direction = event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? arrowDirection(event.key, this.#c.rtl()) : undefined;
    if (direction) {
      // Left and Right in the list go to the city beside this one on the map, as on the markers.
      const id = (event.target as Element | null)?.closest?.('li.city')?.getAttribute('data-city');
      const size = this.#c.size() ?? { width: 800, height: 600 };
      const view = this.#c.view();
      const points = view ? this.#c.geo.baseFit(view, size.width, size.height).points : [];
      const from = points.find((p) => p.id === id);
      const to = from ? neighbourInDirection(from, points, direction) : undefined;
      if (to) {
        event.preventDefault();
        void this.#c.focusEntry(to.id);
      }
      return;
    }
    const view = this.#c.view();
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key) || !view) return;
    // Over the cities of the whole list, rendered or not: the window brings the next one in.
    const cities = view.groups.flatMap((g) => g.cities);
    if (cities.length === 0) return;
    const id = (event.target as Element | null)?.closest?.('li.city')?.getAttribute('data-city');
    const i = cities.findIndex((c) => c.id === id);
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = cities.length - 1;
    else next = Math.max(0, Math.min(cities.length - 1, i + (event.key === 'ArrowDown' ? 1 : -1)));
    event.preventDefault();
    void this.#c.focusEntry(cities[next]!.id);
  }

  onMapClick = (event: Event): void => this.#guarded(() => this.#mapClick(event));

  #mapClick(event: Event): void {
    // The end of a drag of the map is not a click on what is under the pointer.
    if (this.#c.zoom.dragged) return;
    const target = event.target as Element | null;
    const marker = target?.closest?.('[data-key]');
    if (marker) this.#activate(marker, false);
    else if (target?.closest?.('.paths') && event instanceof MouseEvent) this.#pathClick(event, target);
  }

  /** A click on the markers drawn as paths: the city nearest to the pointer. */
  #pathClick(event: MouseEvent, target: Element): void {
    const geo = this.#c.geo.current;
    const ctm = (target.closest('svg') as SVGSVGElement | null)?.getScreenCTM();
    if (!geo || !ctm) return;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    const id = singleAt(geo, p.x, p.y);
    if (id) this.#select(id, 'map');
  }

  /** A marker or a cluster activated (a click, Enter): a city is selected; a cluster opens. */
  #activate(marker: Element, fromKeyboard: boolean): void {
    const key = marker.getAttribute('data-key');
    if (!key) return;
    if (!key.startsWith('cluster:')) {
      if (!this.#c.byId().has(key)) return;
      // The selected marker is drawn anew on top of the others: focus follows it there.
      this.refocus = fromKeyboard;
      this.#select(key, fromKeyboard ? 'keyboard' : 'map');
      return;
    }
    const ids = (marker.getAttribute('data-cities') ?? '').split(' ').filter((s) => this.#c.byId().has(s));
    if (ids.length > 0) this.#openCluster(key.slice('cluster:'.length), ids, fromKeyboard);
  }

  /**
   * Opens a cluster: zooms to its cities, so that they come apart. When they cannot (cities at one
   * place, or the map already as close as it goes), they are highlighted in the list instead.
   */
  #openCluster(key: string, ids: string[], fromKeyboard: boolean): void {
    const size = this.#c.size();
    const view = this.#c.view();
    if (!size || !view) return;
    const base = this.#c.geo.baseFit(view, size.width, size.height);
    const wanted = new Set(ids);
    const points = base.points.filter((p) => wanted.has(p.id));
    const target = zoomToPoints(points, size.width, size.height, 48);
    // A spread is laid out at the zoom it was made at: a gesture under way ends first.
    this.#c.zoom.settle();
    const now = this.#c.zoom.transform;
    if (target.k <= now.k * 1.01) {
      // As close as the map goes: cities at one place are spread around it (and shown in the list).
      this.spread = { ids: new Set(ids), zoom: now };
      this.#highlightCluster(key, ids);
      return;
    }
    this.#c.zoom.set(target);
    const inListOrder = [...ids].sort((a, b) => (this.#c.index().get(a) ?? 0) - (this.#c.index().get(b) ?? 0));
    this.status = this.#c.t('cityMap.zoomedTo', { count: ids.length, names: this.#c.cityNames(inListOrder, 20) });
    this.highlight = undefined;
    // Focus goes to the most prominent of its cities, on the zoomed map.
    const first = [...ids].sort((a, b) => (this.#c.byId().get(a)?.rank ?? 0) - (this.#c.byId().get(b)?.rank ?? 0))[0]!;
    this.focusKey = first;
    this.refocus = fromKeyboard;
    this.#c.requestUpdate();
  }

  #markers(): MarkerNode[] {
    return markersIn(this.#c.root());
  }

  onMapFocus = (event: FocusEvent): void =>
    this.#guarded(() => {
      const key = (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key');
      if (key && key !== this.focusKey) {
        this.focusKey = key;
        this.applyRoving();
      }
    });

  onMapKeydown = (event: KeyboardEvent): void => this.#guarded(() => this.#mapKeydown(event));

  #mapKeydown(event: KeyboardEvent): void {
    const action = mapKeyAction(event, this.#c.rtl(), ZOOM_STEP);
    if (!action) return;
    const markers = this.#navigable();
    const current = markers.find((m) => m.key === (event.target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key'));
    let next: (typeof markers)[number] | undefined;
    switch (action.kind) {
      case 'move':
        next = current ? neighbourInDirection(current, markers, action.direction) : markers[0];
        break;
      case 'first':
      case 'last': {
        const order = readingOrder(markers, this.#c.rtl());
        next = action.kind === 'first' ? order[0] : order.at(-1);
        break;
      }
      case 'activate':
        if (current?.el) this.#activate(current.el, true);
        break;
      case 'clear':
        if (this.#c.selected() === undefined && !this.highlight) return;
        // The selected marker is drawn anew, back among the others or in its cluster: focus follows it there.
        if (current) this.focusKey = this.#unselectedKey(current.key);
        this.refocus = true;
        this.#deselect();
        this.highlight = undefined;
        this.status = '';
        this.#c.requestUpdate();
        break;
      case 'zoom':
      case 'reset': {
        const { transform, drawn } = this.#c.zoom;
        if (action.kind === 'zoom') this.#c.zoom.zoomBy(action.factor, current?.x, current?.y);
        else this.#c.zoom.reset();
        // Only when the map moves: a key that leaves it where it is (`0` at zoom 1, `+` as close as it
        // goes) brings no update, and the focus would come back to the map at some later one.
        if (this.#c.zoom.transform !== transform || this.#c.zoom.drawn !== drawn) this.refocus = true;
        break;
      }
    }
    event.preventDefault();
    event.stopPropagation();
    if (next) {
      this.focusKey = next.key;
      if (next.el) {
        this.applyRoving();
        next.el.focus();
      } else {
        // A city drawn in the paths: its element is drawn with the next update, and focused then.
        this.refocus = true;
        this.#c.requestUpdate();
      }
    }
  }

  /** The tab stop's key for a city once it is no longer selected: its own, or its cluster's when it is drawn in one. */
  #unselectedKey(key: string): string {
    const geo = this.#c.geo.current;
    const index = geo?.clusterOf.get(key);
    const cluster = index === undefined ? undefined : geo?.clusters[index];
    return cluster && cluster.ids.length > 1 ? `cluster:${cluster.key}` : key;
  }

  /** The markers the arrow keys move between: the drawn ones, and with many markers every city in the paths too. */
  #navigable(): Array<{ key: string; x: number; y: number; el?: SVGGraphicsElement }> {
    const drawn = this.#markers();
    const geo = this.#c.geo.current;
    if (!geo || !drawsPaths(geo)) return drawn;
    const els = new Map(drawn.map((m) => [m.key, m]));
    return [...navigable(geo).map((m) => els.get(m.key) ?? m), ...drawn.filter((m) => !geo.points.has(m.key) && !m.key.startsWith('cluster:'))];
  }

  /** After each update: the tab stop on its marker, and focus on it when a key moved it. */
  applyRoving(): void {
    const geo = this.#c.geo.current;
    const target = applyRovingStop(this.#markers(), this.focusKey ?? (geo && drawsPaths(geo) ? this.stop(geo) : this.#c.selected()), this.#c.selected(), this.#c.rtl());
    // Kept pending while no marker is drawn yet (the map between two layouts).
    if (!target) return;
    if (this.refocus) target.el.focus();
    this.refocus = false;
  }

  #select(id: string, from: 'list' | 'map' | 'keyboard'): void {
    this.#c.setSelected(id);
    this.focusKey = id;
    // Zoomed in, a city chosen in the list that is out of sight is brought to the centre.
    const size = this.#c.size();
    const view = this.#c.view();
    const base = size && view && this.#c.zoom.zoomed ? this.#c.geo.baseFit(view, size.width, size.height) : undefined;
    const at = base?.points.find((p) => p.id === id);
    if (size && at && !this.#c.geo.fit?.points.some((p) => p.id === id)) this.#c.zoom.set(centreOn(this.#c.zoom.transform, at.x, at.y, size.width, size.height));
    this.highlight = undefined;
    this.status = '';
    this.#c.requestUpdate();
    this.#c.dispatch(new CustomEvent<CitySelectDetail>('cw-select', { detail: { city: id }, bubbles: true, composed: true }));
    if (from === 'map') void this.#c.focusEntry(id);
  }

  /** Clears the selection the reader made: a page that keeps it in its own state hears which city it was (`cw-deselect`). */
  #deselect(): void {
    const was = this.#c.selected();
    this.#c.setSelected(undefined);
    if (was) this.#c.dispatch(new CustomEvent<CitySelectDetail>('cw-deselect', { detail: { city: was }, bubbles: true, composed: true }));
  }

  #highlightCluster(key: string, ids: string[]): void {
    const inListOrder = [...ids].sort((a, b) => (this.#c.index().get(a) ?? 0) - (this.#c.index().get(b) ?? 0));
    this.#deselect();
    this.highlight = { key, ids: new Set(ids) };
    this.status = this.#c.t('cityMap.clusterHighlighted', {
      count: ids.length,
      names: this.#c.cityNames(inListOrder, 20),
    });
    this.#c.requestUpdate();
    void this.#c.focusEntry(inListOrder[0]!);
  }
}
