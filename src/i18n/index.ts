/** Languages, localized text, UI messages and country names. */
export * from './text.js';
export * from './fallback.js';
export * from './format.js';
export * from './messages.js';
export * from './display-names.js';
export * from './names.js';
