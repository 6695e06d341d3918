#!/usr/bin/env node
// The `baton` command's entry point, compiled to dist/src/cli/bin.js (package.json's `bin`).
// restify 11 touches a deprecated Node API on load; its warning says nothing to operators.
process.noDeprecation = true;
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 2; },
);
