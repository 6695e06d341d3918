// One case per problem code: break one thing in a small bot and check the exact code, place and hint.
import { ERROR_CODES } from '../../src/config/errorCodes';
import { makeFixture } from '../support/botFixture';
import { CODES_TESTED_ELSEWHERE, ERROR_CODE_CASES as CASES } from '../support/errorCodeCases';

describe('each problem code', () => {
  it.each(CASES.map((c) => [c.title, c] as const))('is reported for %s, at the exact place', (_title, c) => {
    const fixture = makeFixture(c.files);
    try {
      const { bot, problems } = fixture.load(c.withManifestCode ? { code: null } : {});
      const found = problems.filter((p) => p.code === c.code);
      expect(found.map((p) => p.code)).toContain(c.code);
      const marker = c.at ?? fixture.markers[0]!;
      expect(fixture.markers).toHaveLength(c.at ? 0 : 1);
      const located = found.map((p) => `${fixture.rel(p.file)}:${p.line}:${p.col}`);
      expect(located).toContain(`${marker.file}:${marker.line}:${marker.col}`);
      expect(found[0]!.severity).toBe(ERROR_CODES[c.code].severity);
      if (c.hint) expect(found.map((p) => p.hint).join('\n')).toMatch(c.hint);
      if (ERROR_CODES[c.code].severity === 'error') expect(bot).toBeUndefined();
      else expect(bot).toBeDefined();
    } finally {
      fixture.remove();
    }
  });

  it('has a case for every code in the catalogue', () => {
    const covered = new Set<string>([...CASES.map((c) => c.code), ...CODES_TESTED_ELSEWHERE]);
    expect(Object.keys(ERROR_CODES).filter((code) => !covered.has(code))).toEqual([]);
  });
});

describe('the base fixture', () => {
  it('loads with no problems at all', () => {
    const fixture = makeFixture();
    try {
      const { bot, problems } = fixture.load();
      expect(problems).toEqual([]);
      expect(Object.keys(bot!.flows).sort()).toEqual(['hello', 'track']);
    } finally {
      fixture.remove();
    }
  });
});
