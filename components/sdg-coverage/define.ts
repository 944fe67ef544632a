/** Registers `<cw-sdg-coverage>` (guarded: never throws, see `defineElement`). */
import { defineElement } from '../base/define.js';
import { CwSdgCoverage } from './sdg-coverage.js';

defineElement('cw-sdg-coverage', CwSdgCoverage);

declare global {
  interface HTMLElementTagNameMap {
    'cw-sdg-coverage': CwSdgCoverage;
  }
}

export { CwSdgCoverage };
export type { CwSdgCoverageEventMap } from './sdg-coverage.js';
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
