/**
 * What the card's render functions in the files beside it (`organizations.ts`, `corrections.ts`)
 * need from the card: its language, messages and text helpers, and the two settings they read.
 */
import type { nothing, TemplateResult } from 'lit';
import type { MessageParams, ResolvedText } from '../../src/i18n/index.js';
import type { LocalizedText } from '../../src/schema/index.js';
import type { UiMessageKey } from '../base/messages.js';

export interface CardContext {
  lang: string;
  t(key: UiMessageKey, params?: MessageParams): string;
  termName(prefix: string, value: string): string;
  localized(text: LocalizedText | undefined): ResolvedText | undefined;
  renderText(text: LocalizedText | ResolvedText | undefined, cls?: string, isolate?: boolean): TemplateResult | typeof nothing;
  /** The page is printing: everything folded is shown. */
  printing: boolean;
  /** False when the card's controls are out of the Tab order (in a list). */
  tabbable: boolean;
}
