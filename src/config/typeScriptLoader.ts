// Lets a bot's TypeScript code file be required from compiled Baton: tsx's CommonJS loader is
// registered the first time such a file loads, and never for JavaScript code files. Where .ts
// files load already (tsx, ts-jest's module system), nothing is registered.
import { register } from 'tsx/cjs/api';

const TYPESCRIPT = /\.[cm]?tsx?$/;
let registered = false;

export function allowTypeScriptRequire(file: string): void {
  if (registered || !TYPESCRIPT.test(file)) return;
  // Node's own loader lists '.js'; a test runner's module system lists none and compiles .ts itself.
  // eslint-disable-next-line n/no-deprecated-api
  const extensions = require.extensions as Record<string, unknown> | undefined;
  if (!extensions?.['.js'] || extensions['.ts']) return;
  register();
  registered = true;
}
