export * from './primitives.js';
export * from './entities.js';
