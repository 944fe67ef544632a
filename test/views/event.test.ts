// The event view and its calendar file, on the default dataset: facts the sources state.
import { expect } from '@open-wc/testing';
import type { Atlas } from '../../src/atlas.js';
import { eventCalendarDays, eventIcs, icsEscape, icsFold } from '../../src/ics.js';
import { eventJsonLd } from '../../src/jsonld.js';
import { eventView } from '../../src/views/event.js';
import { defaultAtlas } from '../fixtures/atlas-of.js';

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

const NOW = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

describe('eventView', () => {
  it('the Rabat meeting of 5 April 2018: its four sessions at the times of the programme, breaks marked', () => {
    const v = eventView(atlas, 'arab-coalition-rabat-2018', 'fr')!;
    expect(v.date).to.deep.include({ datetime: '2018-04-05', type: 'planned' });
    expect(v.date!.text).to.equal('5 avril 2018');
    const sessions = v.programme.filter((s) => s.kind === 'session');
    expect(sessions.map((s) => [s.start, s.end])).to.deep.equal([
      ['09:30', '10:00'],
      ['10:30', undefined],
      ['13:30', undefined],
      ['15:45', '17:00'],
    ]);
    expect(sessions[0]!.startDatetime).to.equal('2018-04-05T09:30');
    expect(sessions[1]!.title.text).to.match(/^Feuille de route de Tunis, un an après/);
    expect(sessions[2]!.points.map((p) => p.text)).to.include('Égalité des genres');
    expect(v.programme.filter((s) => s.kind === 'break').map((s) => s.start)).to.deep.equal(['10:15', '12:30', '15:30']);
    expect(v.objectives).to.have.length(4);
    expect(v.place?.city?.text).to.equal('Rabat');
    expect(v.calendar).to.deep.equal({ ok: true });
  });

  it('resolves texts for the reader, marking translations made for the dataset', () => {
    const v = eventView(atlas, 'arab-coalition-rabat-2018', 'ar')!;
    expect(v.title.lang).to.equal('ar-t-fr');
    expect(v.translatedFrom).to.equal('fr');
    expect(v.place?.city?.text).to.equal('الرباط');
  });

  it('the Tangier round table: no year, no calendar file; the two mayors and what the article reports they said', () => {
    const v = eventView(atlas, 'strong-cities-tanger-roundtable', 'fr')!;
    expect(v.date!.datetime).to.equal('--11-27');
    expect(v.calendar).to.deep.equal({ ok: false, reason: 'no-year' });
    expect(v.people.map((p) => p.name.text)).to.deep.equal(['Mounir Lymouri', 'Asmaa Rhlalou']);
    const rabat = v.people[1]!;
    expect(rabat.posts.map((p) => [p.role, p.of?.text])).to.deep.equal([
      ['mayor', 'Rabat'],
      ['co-chair', 'Réseau des villes fortes'],
    ]);
    expect(rabat.posts[1]!.body?.text).to.equal('Comité de pilotage international');
    expect(v.people[0]!.statements[0]!.kind).to.equal('opening-speech');
    expect(v.people[0]!.statements[0]!.summary.text).to.match(/héritage cosmopolite/);
    expect(v.organizers.map((o) => o.id)).to.include('ampcc');
  });

  it('an unknown event gives no view', () => {
    expect(eventView(atlas, 'no-such-event', 'fr')).to.equal(undefined);
  });
});

describe('eventIcs', () => {
  it('writes the Rabat meeting as an all-day entry and its sessions at local (floating) times', () => {
    const r = eventIcs(atlas, 'arab-coalition-rabat-2018', 'fr', { now: NOW });
    if (!r.ok) throw new Error(r.reason);
    expect(r.filename).to.equal('arab-coalition-rabat-2018.ics');
    const unfolded = r.ics.replace(/\r\n /g, '');
    expect(r.ics.endsWith('\r\n')).to.equal(true);
    expect(unfolded).to.contain('DTSTART;VALUE=DATE:20180405\r\nDTEND;VALUE=DATE:20180406');
    expect(unfolded).to.contain('DTSTAMP:20260102T030405Z');
    expect(unfolded.match(/DTSTART:\d{8}T\d{6}/g)).to.deep.equal(['DTSTART:20180405T093000', 'DTSTART:20180405T103000', 'DTSTART:20180405T133000', 'DTSTART:20180405T154500']);
    expect(unfolded).to.contain('DTEND:20180405T170000');
    expect(unfolded).to.not.match(/Pause-café/);
    expect(unfolded.match(/BEGIN:VEVENT/g)).to.have.length(5);
    for (const line of r.ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });

  it('makes no file where the source gives no year or no day, and says why', () => {
    expect(eventIcs(atlas, 'strong-cities-tanger-roundtable', 'fr', { now: NOW })).to.deep.equal({ ok: false, reason: 'no-year' });
    expect(eventIcs(atlas, 'mc2cm-peer-learning-tanger-2016', 'fr', { now: NOW })).to.deep.equal({ ok: false, reason: 'no-day' });
    expect(eventIcs(atlas, 'nope', 'fr', { now: NOW })).to.deep.equal({ ok: false, reason: 'unknown-event' });
    expect(eventCalendarDays(atlas.event('arab-coalition-tunis-2017')!)).to.deep.include({ ok: true });
  });

  it('a two-day event ends the day after its last day (exclusive end)', () => {
    const r = eventIcs(atlas, 'arab-coalition-tunis-2017', 'en', { now: NOW });
    if (!r.ok) throw new Error(r.reason);
    expect(r.ics).to.contain('DTSTART;VALUE=DATE:20170406\r\nDTEND;VALUE=DATE:20170408');
    expect(r.ics).to.contain('SUMMARY;LANGUAGE=en-t-fr:');
  });

  it('escapes text and folds long lines without cutting a character', () => {
    expect(icsEscape('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const folded = icsFold(`SUMMARY:${'ب'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) expect(new TextEncoder().encode(l).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(`SUMMARY:${'ب'.repeat(60)}`);
  });
});

describe('eventJsonLd programme', () => {
  it('lists the sessions as subEvents with their local times, breaks left out', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read as loose JSON
    const ld = eventJsonLd(atlas, atlas.event('arab-coalition-rabat-2018')!, 'fr') as Record<string, any>;
    expect(ld.subEvent.map((e: { startDate: string }) => e.startDate)).to.deep.equal(['2018-04-05T09:30', '2018-04-05T10:30', '2018-04-05T13:30', '2018-04-05T15:45']);
    expect(ld.subEvent[0].endDate).to.equal('2018-04-05T10:00');
    expect(ld.subEvent[2].about).to.include('Égalité des genres');
  });
});
