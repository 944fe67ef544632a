/**
 * The titled sections of the record elements (`<cw-event>`, `<cw-city-profile>`, `<cw-project-card>`;
 * the first two styled by `sections.styles.ts`), and the posts of the people the first two name.
 */
import { html, type TemplateResult } from 'lit';
import type { MessageParams } from '../../src/i18n/index.js';
import type { ViewPost } from '../../src/views/people.js';
import { heading } from './heading.js';
import type { UiMessageKey } from './messages.js';

/**
 * A section with its heading at `level` (`id` names its part, class and heading id). Not named by
 * its heading: a named section is a landmark, and every card on a page would add "Objectif",
 * "Activités"… landmarks of the same names. The heading structures it instead.
 */
export function section(level: number, id: string, title: string, body: unknown): TemplateResult {
  return html`<section part="section" class="section section-${id}">${heading(level, title, { id: `h-${id}`, part: 'section-title', class: 'section-title' })} ${body}</section>`;
}

/** A person's post in words, from the `post.*` messages ("Mayor of {of}"). */
export function postText(t: (key: UiMessageKey, params?: MessageParams) => string, p: ViewPost): string {
  const of = p.of?.text ?? '';
  if (p.role === 'co-chair' && p.body) return t('post.co-chair.body', { of, body: p.body.text });
  return t(p.role === 'mayor' ? 'post.mayor' : 'post.co-chair', { of });
}
