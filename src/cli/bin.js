#!/usr/bin/env node
'use strict';
// Entry point of the `baton` command: runs the TypeScript sources through tsx's loader.
// restify 11 touches a deprecated Node API on load; its warning says nothing to operators.
process.noDeprecation = true;
require('tsx/cjs');
require('./main.ts').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 2; },
);
