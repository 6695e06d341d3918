#!/usr/bin/env node
// The `baton` command's entry point, compiled to dist/src/cli/bin.js (package.json's `bin`).
// restify 11 touches a deprecated Node API on load; its warning says nothing to operators.
process.noDeprecation = true;
import { join } from 'node:path';
import { buildIsCurrent, isCheckout } from '../build/buildIsCurrent';
import { main } from './main';

// Run from a checkout's dist/ (npm start) after its sources changed: the change is not running yet.
const root = join(__dirname, '..', '..', '..');
if (__dirname.endsWith(join('dist', 'src', 'cli')) && isCheckout(root) && !buildIsCurrent(root)) {
  console.error('Note: the sources changed since the last build, so this runs the code as it was built. Run npm run build first.');
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 2; },
);
