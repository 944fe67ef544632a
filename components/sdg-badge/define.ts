/** Registers `<cw-sdg-badge>` (guarded: never throws, see `defineElement`). */
import { defineElement } from '../base/define.js';
import { CwSdgBadge } from './sdg-badge.js';

defineElement('cw-sdg-badge', CwSdgBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cw-sdg-badge': CwSdgBadge;
  }
}

export { CwSdgBadge };
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
