// Whether a checkout's dist/ is a build of its sources as they are: the stamp the build writes last
// against every file it reads. `npm start` warns when it is not, and tests spawn the sources then.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsCurrent, isCheckout } from '../../src/build/buildIsCurrent';
import { BUILD_STAMP } from '../../src/build/buildStamp';

// Times in seconds around now: folders' own times (now) count as sources too, as a removed file shows there.
const NOW = Math.floor(Date.now() / 1000);
const BEFORE = NOW - 1_000;
const BUILT = NOW + 1_000;
const CHANGED = NOW + 2_000;

describe('buildIsCurrent', () => {
  let root: string;
  const at = (file: string, seconds: number): void => utimesSync(join(root, file), seconds, seconds);
  const write = (file: string, seconds: number): void => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x');
    at(file, seconds);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'baton-build-'));
    for (const file of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'flows.schema.json', 'transcript.schema.json', 'src/cli/main.ts', 'adapters/webchat/index.html']) write(file, BEFORE);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is false without a finished build, true once the stamp is newer than every source', () => {
    expect(buildIsCurrent(root)).toBe(false);
    write(`dist/${BUILD_STAMP}`, BUILT);
    expect(buildIsCurrent(root)).toBe(true);
  });

  it('is false once any source, asset or build setting changes after the build', () => {
    write(`dist/${BUILD_STAMP}`, BUILT);
    for (const file of ['src/cli/main.ts', 'adapters/webchat/index.html', 'flows.schema.json', 'package.json']) {
      at(file, CHANGED);
      expect({ file, current: buildIsCurrent(root) }).toEqual({ file, current: false });
      at(file, BEFORE);
    }
    write('src/nlu/newModule.ts', CHANGED);
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('tells a checkout (sources beside dist/) from an installed package (dist/ only)', () => {
    expect(isCheckout(root)).toBe(true);
    rmSync(join(root, 'src'), { recursive: true });
    expect(isCheckout(root)).toBe(false);
  });
});
