// ESLint's TypeScript parser, run with the TypeScript 6.0.3 installed beside this file (see
// package.json): typescript-eslint 8 reads TypeScript through its JS API, which TypeScript 7 (the
// project's compiler) does not have. npm hoists the parser's helper `ts-api-utils` to the root,
// where `typescript` is 7, so `typescript` is resolved here for the parser's own modules.
const Module = require('node:module');
const path = require('node:path');

const typescript6 = require.resolve('typescript');
const readers = ['@typescript-eslint', 'ts-api-utils'].map((name) => `${path.sep}node_modules${path.sep}${name}${path.sep}`);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename && readers.some((dir) => parent.filename.includes(dir))) return typescript6;
  return resolve.call(this, request, parent, ...rest);
};

module.exports = require('@typescript-eslint/parser');
/** The rules of typescript-eslint, for those that need no type information. */
module.exports.plugin = require('@typescript-eslint/eslint-plugin');
