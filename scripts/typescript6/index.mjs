// Imported first by eslint.config.mjs, and by nothing else: from then on, require('typescript') and
// require('typescript/…') in this process load TypeScript 6.0, installed beside this file, instead of
// the project's TypeScript 7. Only those requests are redirected; every other one resolves as before.
import Module from 'node:module';

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  const typescript = request === 'typescript' || request.startsWith('typescript/');
  return resolveFilename.call(this, request, parent, isMain, typescript ? { paths: [import.meta.dirname] } : options);
};
