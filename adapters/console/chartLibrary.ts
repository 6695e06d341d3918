// Chart.js's browser build (UMD, sets window.Chart), read from the installed package: the dashboard
// serves it from this server (no CDN: consoles often run where the internet is filtered) and
// `baton report` inlines it. The source-map comment is dropped (the map is not served).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let source: string | undefined;

export function chartLibrarySource(): string {
  source ??= readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return source;
}
