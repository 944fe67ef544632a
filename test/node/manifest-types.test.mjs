// custom-elements.json carries what typed tools need: a precise `CustomEvent<Detail>` per event of
// every element, the custom states (`:state(…)`) that `CwElement` sets, and the value unions of
// attributes typed with an alias (`CwTheme` → 'light' | 'dark' | 'auto').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const byTag = Object.fromEntries(elements.map((e) => [e.tagName, e]));

test('every event of every element has a CustomEvent type with its detail', () => {
  for (const el of elements) {
    assert.ok(el.events.length > 0, `<${el.tagName}> lists its events`);
    for (const e of el.events) assert.match(e.type?.text ?? '', /^CustomEvent<\w+>$/, `${e.name} of <${el.tagName}>`);
  }
  const detail = (tag, name) => byTag[tag].events.find((e) => e.name === name)?.type.text;
  assert.equal(detail('cw-project-card', 'cw-select'), 'CustomEvent<CwProjectSelectDetail>');
  assert.equal(detail('cw-project-list', 'cw-select'), 'CustomEvent<CwProjectSelectDetail>');
  assert.equal(detail('cw-project-list', 'cw-filter-change'), 'CustomEvent<CwFilterChangeDetail>');
  assert.equal(detail('cw-city-map', 'cw-select'), 'CustomEvent<CitySelectDetail>');
  assert.equal(detail('cw-roadmap-timeline', 'cw-select'), 'CustomEvent<RoadmapTimelineSelectDetail>');
});

test('every element lists the custom states of CwState, in order', () => {
  const states = readFileSync('components/base/states.ts', 'utf8').match(/export type CwState = ([^;]+);/)[1];
  const names = [...states.matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
  assert.deepEqual(names, ['loading', 'error', 'empty', 'ready']);
  for (const el of elements) {
    assert.deepEqual(el.cssStates?.map((s) => s.name), names, `<${el.tagName}>`);
    for (const s of el.cssStates) assert.ok(s.description, `:state(${s.name}) of <${el.tagName}> has a description`);
  }
});

test('attributes typed with a string-literal alias carry the expanded union', () => {
  const type = (tag, name) => byTag[tag].attributes.find((a) => a.name === name)?.type;
  assert.equal(type('cw-sdg-badge', 'theme').expandedText, "'light' | 'dark' | 'auto' | undefined");
  assert.equal(type('cw-sdg-badge', 'size').expandedText, "'small' | 'medium' | 'large'");
  assert.equal(type('cw-city-map', 'show').expandedText, "'map' | 'list' | 'both'");
  assert.equal(type('cw-project-card', 'variant').expandedText, "'compact' | 'full'");
  assert.equal(type('cw-city-map', 'dir').expandedText, "'ltr' | 'rtl'");
  assert.equal(type('cw-city-map', 'network').expandedText, undefined, 'a plain string stays as it is');
});
