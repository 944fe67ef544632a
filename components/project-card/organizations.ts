/** The card's partners and funders, each with its acronym, roles and note: rendering only. */
import { html, nothing, type TemplateResult } from 'lit';
import { distinctAcronym, formatList } from '../../src/i18n/index.js';
import type { ProjectCardOrganization, ProjectCardView } from '../../src/views/project-card.js';
import { safeUrl } from '../base/links.js';
import { section } from '../base/sections.js';
import type { CardContext } from './card-context.js';

function renderOrganization(x: CardContext, o: ProjectCardOrganization, showRoles: boolean): TemplateResult {
  const org = o.organization;
  const name = x.renderText(org.name, 'org-name');
  const acronym = distinctAcronym(x.localized(org.acronym), x.localized(org.name));
  const url = safeUrl(org.url);
  const roles = showRoles ? o.roles.filter((r) => r !== 'partner').map((r) => x.termName('organizationRole', r)) : [];
  return html`<li class="org">
    ${url ? html`<a href=${url} rel="noopener">${name}</a>` : name}${acronym
      ? html` <span class="org-acronym">(${x.renderText(acronym, undefined, true)})</span>`
      : nothing}${roles.length ? html` <span class="org-roles">${formatList(x.lang, roles, 'unit')}</span>` : nothing}
    ${o.note ? html`<span class="org-note">${x.renderText(o.note)}</span>` : nothing}
  </li>`;
}

/** Funders, then partners (with their roles other than "partner"), as a section at `level`. */
export function renderOrganizations(x: CardContext, v: ProjectCardView, level: number): unknown {
  if (v.funders.length === 0 && v.partners.length === 0) return nothing;
  const group = (title: string, orgs: ProjectCardOrganization[], showRoles: boolean) =>
    orgs.length === 0
      ? nothing
      : html`<div class="org-group">
          <dt>${title}</dt>
          <dd>
            <ul class="orgs">
              ${orgs.map((o) => renderOrganization(x, o, showRoles))}
            </ul>
          </dd>
        </div>`;
  return section(
    level,
    'organizations',
    x.t('card.partnersAndFunders'),
    html`<dl part="organizations" class="organizations">${group(x.t('label.funders'), v.funders, false)}${group(x.t('label.partners'), v.partners, true)}</dl>`,
  );
}
