// Runs lit-analyzer (template bindings checked against the elements' declared properties) with the
// TypeScript 5 its analyzer ships with (web-component-analyzer's own copy): lit-analyzer reads
// TypeScript through its JS API, which TypeScript 7, the project's compiler, does not have.
// Usage: node scripts/lit-analyzer.cjs [lit-analyzer arguments]
const Module = require('node:module');
const path = require('node:path');

const analyzerDir = path.join(__dirname, '..', 'node_modules', 'web-component-analyzer');
const typescript5 = require.resolve('typescript', { paths: [analyzerDir] });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) {
    if (request === 'typescript') return typescript5;
    return require.resolve(request, { paths: [analyzerDir] });
  }
  return resolve.call(this, request, parent, ...rest);
};
require('lit-analyzer/cli.js');
