// The sample bot with every handoff queue open around the clock, written to a temporary directory,
// for tests that run a real `baton start` process (which reads the real clock) and need an open queue
// whatever the time of day the tests run at.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BOTS = join(__dirname, '..', '..', 'bots');

export interface SampleBotOptions {
  /** Replaces the address service's URL. */
  readonly webhookUrl?: string;
  /** Request headers of the address service (`${ENV}` inserts a variable). */
  readonly webhookHeaders?: Readonly<Record<string, string>>;
  /** Receivers of handoff events. */
  readonly notify?: ReadonlyArray<{ readonly url: string; readonly secretEnv: string; readonly events: readonly string[] }>;
}

/** Writes the manifest into `dir` and returns its path. */
export function writeAlwaysOpenSampleBot(dir: string, options: SampleBotOptions = {}): string {
  const source = readFileSync(join(BOTS, 'acme.yaml'), 'utf8');
  const absolute = source.replace(/(^|[\s[,])(\.\.?\/[^\s,\]]+)/gm, (_all, before: string, path: string) => `${before}${resolve(BOTS, path)}`);
  const alwaysOpen = absolute.replace(/^\s+(hours|closed):.*\n/gm, '').replace(/url: \/sample\/address$/m, `url: ${options.webhookUrl ?? '/sample/address'}`);
  if (alwaysOpen === source || /^\s+hours:/m.test(alwaysOpen)) throw new Error('the sample manifest changed shape: update writeAlwaysOpenSampleBot');
  // JSON is YAML: the extra settings are written as JSON values.
  const withHeaders = options.webhookHeaders ? alwaysOpen.replace(/^( {4}url: .*\/(?:hooks|sample)\/address)$/m, `$1\n    headers: ${JSON.stringify(options.webhookHeaders)}`) : alwaysOpen;
  const withNotify = options.notify ? withHeaders.replace(/^( {2}offline: .*)$/m, `$1\n  notify: ${JSON.stringify(options.notify)}`) : withHeaders;
  const path = join(dir, 'acme-always-open.yaml');
  writeFileSync(path, withNotify);
  return path;
}
