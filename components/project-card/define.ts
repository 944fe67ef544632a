/** Registers `<cw-project-card>` and the `<cw-sdg-badge>` it uses (guarded: never throws, see `defineElement`). */
import '../sdg-badge/define.js';
import { defineElement } from '../base/define.js';
import { CwProjectCard } from './project-card.js';

defineElement('cw-project-card', CwProjectCard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-project-card': CwProjectCard;
  }
}

export { CwProjectCard };
export type { CwProjectCardEventMap, CwProjectSelectDetail, CwProjectSelectEvent, ProjectCardVariant } from './project-card.js';
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
