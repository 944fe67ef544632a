/**
 * The projects as IATI 2.03 activities (XML). IATI wants what the sources often do not give: a
 * reporting organisation, a status, dates to the day. Nothing is invented: the reporting
 * organisation is an option the publisher must give; a project without a status or a date, or
 * with a date coarser than a day, is refused (each named, in one run) unless the publisher says
 * what to write, with an option, and every such date carries a narrative saying so.
 * Pure: returns the XML text; validated against the official schema in the tests (xmllint).
 */
import type { Atlas } from '../atlas.js';
import { parseDateSpec, type PartialDate } from '../dates.js';
import type { LocalizedText, Project, Status } from '../schema/index.js';
import { goalOfTarget } from '../sdg.js';

export interface IatiOptions {
  /** The organisation that publishes the file (IATI `reporting-org`): its IATI identifier, OrganisationType code and name (all three required by IATI). */
  reportingOrg: { ref: string; type?: string; name?: string };
  /** A planned start date (YYYY-MM-DD) to write for projects the data gives no date for, stated as the publisher's. */
  undatedStart?: string;
  /** The status to write for projects the data gives none for. */
  unknownStatus?: Status;
  /** Dates coarser than a day (`2019`, `2019-04`): refused, or written as the first (start) and last (end) day of that period, with the date as given in a narrative. */
  reducedDates?: 'refuse' | 'bounds';
  /** `generated-datetime` of the file (default: now). */
  generated?: string;
}

export type IatiResult = { ok: true; xml: string; activities: number } | { ok: false; issues: string[] };

const STATUS_CODES: Record<Status, string> = { planned: '1', ongoing: '2', completed: '4', cancelled: '5' };
/** IATI OrganisationRole: 1 Funding, 2 Accountable, 4 Implementing. Roles with no IATI counterpart are left out. */
const ORG_ROLES: Record<string, string> = { funder: '1', secretariat: '2', implementer: '4', partner: '4' };
/** IATI OrganisationType, where the kind says it unambiguously. */
const ORG_TYPES: Record<string, string> = { intergovernmental: '40', government: '10', research: '80' };
const CITY_ROLES = new Set(['lead', 'partner', 'pilot']);

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One narrative per language: IATI's codelist is ISO 639-1, so `en-t-fr` is written `en`, unless the text exists in plain `en`. */
function narratives(text: LocalizedText | undefined, indent: string): string {
  if (!text) return '';
  const byBase = new Map<string, string>();
  for (const [tag, value] of Object.entries(text)) {
    const base = tag.split('-')[0]!.toLowerCase();
    if (!byBase.has(base) || tag.toLowerCase() === base) byBase.set(base, value);
  }
  return [...byBase].map(([lang, value]) => `${indent}<narrative xml:lang="${lang}">${escape(value)}</narrative>\n`).join('');
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A full ISO date for one end, or why not. */
function fullDate(d: PartialDate, edge: 'start' | 'end', reduced: 'refuse' | 'bounds'): { date?: string; reduced?: boolean; error?: string } {
  if (d.year === undefined) return { error: 'gives no year' };
  if (d.precision === 'day') return { date: `${d.year}-${pad(d.month!)}-${pad(d.day!)}` };
  if (reduced === 'refuse') return { error: `is given to the ${d.precision} only, and IATI wants a day` };
  const month = d.month ?? (edge === 'start' ? 1 : 12);
  const day = edge === 'start' ? 1 : lastDay(d.year, month);
  return { date: `${d.year}-${pad(month)}-${pad(day)}`, reduced: true };
}

function activityDates(p: Project, o: IatiOptions, problems: string[]): string {
  const out: string[] = [];
  const reduced = o.reducedDates ?? 'refuse';
  for (const [which, start, end] of [['planned', '1', '3'], ['actual', '2', '4']] as const) {
    const spec = p.period?.[which];
    if (!spec) continue;
    const parsed = parseDateSpec(spec);
    if (!parsed.ok) continue;
    const ends: [PartialDate, 'start' | 'end', string][] = [[parsed.value.start, 'start', start]];
    if (parsed.value.isRange) ends.push([parsed.value.end, 'end', end]);
    for (const [d, edge, type] of ends) {
      const r = fullDate(d, edge, reduced);
      if (r.error) {
        problems.push(`project "${p.id}": the ${which} date "${spec}" ${r.error}; give --reduced-dates bounds to write the first and last day of the period (the date as given is kept in a narrative)`);
        continue;
      }
      const note = r.reduced ? `\n        <narrative xml:lang="en">Date as given by the source: ${escape(spec)} (the ${edge} of that period is written)</narrative>\n      ` : '';
      out.push(`      <activity-date type="${type}" iso-date="${r.date}">${note}</activity-date>\n`);
    }
  }
  if (out.length > 0 || p.period) return out.join('');
  if (!o.undatedStart) {
    problems.push(`project "${p.id}" has no date, and IATI wants at least one; add its period to the data, or give --undated-start YYYY-MM-DD to write a planned start date of your own`);
    return '';
  }
  return `      <activity-date type="1" iso-date="${o.undatedStart}">\n        <narrative xml:lang="en">Planned start given by the publisher of this file; the source data gives no date</narrative>\n      </activity-date>\n`;
}

/** The IATI activities of the projects of an atlas (every issue at once when some project cannot be written). */
export function exportIati(atlas: Atlas, o: IatiOptions): IatiResult {
  const problems: string[] = [];
  if (!/^\S+$/.test(o.reportingOrg.ref)) problems.push('--reporting-org needs the IATI organisation identifier of the publisher, e.g. the one your organisation registered with IATI (the sources name none)');
  if (!o.reportingOrg.type || !/^\d+$/.test(o.reportingOrg.type)) problems.push('--reporting-org-type needs the IATI OrganisationType code of the publisher, e.g. 40 (multilateral) or 11 (local government)');
  if (!o.reportingOrg.name?.trim()) problems.push('--reporting-org-name needs the name of the publisher');
  if (o.undatedStart !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.undatedStart)) problems.push(`--undated-start "${o.undatedStart}" is not a date YYYY-MM-DD`);
  const doc = atlas.document;
  const orgs = new Map(doc.organizations.map((x) => [x.id, x]));
  const cities = new Map(doc.cities.map((x) => [x.id, x]));
  const activities: string[] = [];
  for (const p of doc.projects) {
    const status = p.status ?? o.unknownStatus;
    if (!status) problems.push(`project "${p.id}" has no status, and IATI wants one; add it to the data, or give --unknown-status planned|ongoing|completed|cancelled to write one of your own`);
    const dates = activityDates(p, o, problems);
    const participants: string[] = [];
    for (const link of p.organizations) {
      const org = orgs.get(link.organization);
      for (const role of new Set(link.roles.map((r) => ORG_ROLES[r]).filter(Boolean))) {
        const type = org?.kind ? ORG_TYPES[org.kind] : undefined;
        participants.push(`      <participating-org role="${role}"${type ? ` type="${type}"` : ''}>\n${narratives(org?.name, '        ')}      </participating-org>\n`);
      }
    }
    for (const c of p.cities) {
      if (!c.roles.some((r) => CITY_ROLES.has(r))) continue;
      // A city taking part as lead, partner or pilot: its local government implements (IATI type 11, local government).
      participants.push(`      <participating-org role="4" type="11">\n${narratives(cities.get(c.city)?.name, '        ')}      </participating-org>\n`);
    }
    if (participants.length === 0) problems.push(`project "${p.id}" names no organisation or city with a role IATI knows (funder, implementer, partner, secretariat; lead, partner or pilot city), and IATI wants one`);
    const descriptions = [p.subtitle && ['1', p.subtitle], p.objective && ['2', p.objective]].filter(Boolean) as [string, LocalizedText][];
    if (descriptions.length === 0) problems.push(`project "${p.id}" has no objective or subtitle, and IATI wants a description`);
    const countries = [...new Set([...p.cities.map((c) => cities.get(c.city)?.country).filter((c): c is string => !!c), ...(p.countries ?? [])])];
    const locations = p.cities
      .map((c) => cities.get(c.city))
      .filter((c) => c !== undefined)
      .map(
        (c) =>
          `      <location ref="${escape(c.id)}">\n        <name>\n${narratives(c.name, '          ')}        </name>\n        <point srsName="http://www.opengis.net/def/crs/EPSG/0/4326">\n          <pos>${c.coordinates.lat} ${c.coordinates.lon}</pos>\n        </point>\n      </location>\n`,
      );
    const goals = [...new Set(p.sdgTargets.map((t) => goalOfTarget(t)?.code).filter((g): g is string => !!g))];
    const tags = [...goals.map((g) => `      <tag vocabulary="2" code="${g}"/>\n`), ...p.sdgTargets.map((t) => `      <tag vocabulary="3" code="${escape(t)}"/>\n`)];
    const r = o.reportingOrg;
    activities.push(
      `  <iati-activity>\n` +
        `    <iati-identifier>${escape(`${r.ref}-${p.id}`)}</iati-identifier>\n` +
        `    <reporting-org ref="${escape(r.ref)}"${r.type ? ` type="${escape(r.type)}"` : ''}>\n      <narrative>${escape(r.name ?? '')}</narrative>\n    </reporting-org>\n` +
        `    <title>\n${narratives(p.title, '      ')}    </title>\n` +
        descriptions.map(([type, text]) => `    <description type="${type}">\n${narratives(text, '      ')}    </description>\n`).join('') +
        participants.map((s) => s.replace(/^ {6}/gm, '    ').replace(/^ {8}/gm, '      ')).join('') +
        `    <activity-status code="${status ? STATUS_CODES[status] : ''}"/>\n` +
        dates.replace(/^ {2}/gm, '') +
        countries.map((c) => `    <recipient-country code="${c}"/>\n`).join('') +
        locations.map((s) => s.replace(/^ {2}/gm, '')).join('') +
        tags.map((s) => s.replace(/^ {2}/gm, '')).join('') +
        `  </iati-activity>\n`,
    );
  }
  if (doc.projects.length === 0) problems.push('the atlas has no project: an IATI file needs at least one activity');
  if (problems.length > 0) return { ok: false, issues: problems };
  const generated = o.generated ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generated}">\n${activities.join('')}</iati-activities>\n`;
  return { ok: true, xml, activities: activities.length };
}
