/** Registers `<cw-project-list>` and the elements it uses (guarded: never throws, see `defineElement`). */
import '../project-card/define.js';
import { defineElement } from '../base/define.js';
import { CwProjectList } from './project-list.js';

defineElement('cw-project-list', CwProjectList);

declare global {
  interface HTMLElementTagNameMap {
    'cw-project-list': CwProjectList;
  }
}

export { CwProjectList };
export type { CwFilterChangeDetail, CwFilterChangeEvent, CwProjectListEventMap } from './project-list.js';
export type { CwErrorDetail, CwErrorEvent } from '../base/states.js';
