/** Languages, localized text and UI messages. */
export * from './text.js';
export * from './messages.js';
