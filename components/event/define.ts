/** Registers `<cw-event>` (guarded: never throws, see `defineElement`). */
import { defineElement } from '../base/define.js';
import { CwEvent } from './event.js';

defineElement('cw-event', CwEvent);

declare global {
  interface HTMLElementTagNameMap {
    'cw-event': CwEvent;
  }
}

export { CwEvent };
export type { CwEventEventMap } from './event.js';
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
