/**
 * The geometry of `<cw-city-map>`, with no DOM: which projection and which basemap layer, where
 * each city falls on screen, which markers merge into a cluster, and where labels go without
 * overlapping. Pure functions over plain numbers, so they are tested on their own and the
 * element only draws what they decide. What the data means (which cities, their roles) is
 * decided in `src/views/city-map.ts`, not here.
 */
// The layout is split by what it decides; this module gathers them for the element and the tests.
export * from './projection.js';
export * from './clusters.js';
export * from './labels.js';
export * from './marker-layout.js';
export * from './directions.js';
