/** Registers `<cw-city-profile>` and the `<cw-project-card>` it uses (guarded: never throws, see `defineElement`). */
import '../project-card/define.js';
import { defineElement } from '../base/define.js';
import { CwCityProfile } from './city-profile.js';

defineElement('cw-city-profile', CwCityProfile);

declare global {
  interface HTMLElementTagNameMap {
    'cw-city-profile': CwCityProfile;
  }
}

export { CwCityProfile };
export type { CwCityProfileEventMap } from './city-profile.js';
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
