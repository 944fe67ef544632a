/**
 * `addEventListener` and `removeEventListener` typed by one element's own events. The page-wide
 * `HTMLElementEventMap` can hold one type per event name, so `cw-select` there is the union of
 * every element's detail (`components/events.ts`); an element merges this interface into its class
 * (`interface CwCityMap extends CwEventTarget<CwCityMapEventMap> {}`) so that a listener on that
 * element gets that element's detail, with no cast.
 */
export interface CwEventTarget<M, E extends HTMLElement = HTMLElement> {
  /** `E`: the element's own class, which `this` is in a listener written as a `function`. */
  addEventListener<K extends keyof M>(type: K, listener: (this: E, event: M[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof M>(type: K, listener: (this: E, event: M[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
