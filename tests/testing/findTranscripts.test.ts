// `baton test` finds transcripts in files, folders and globs, and says so when an argument names none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTranscripts } from '../../src/cli/findTranscripts';

describe('baton test', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-find-'));
    for (const file of ['tests/conversations/orders.yaml', 'tests/conversations/isp/outage.yaml', 'tests/conversations/isp/billing/refund.yml', 'tests/conversations/notes.txt', 'empty/readme.md']) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), '');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs every transcript below tests/conversations/ when given no arguments, sub-folders included', () => {
    expect(findTranscripts([], dir)).toEqual({
      files: ['tests/conversations/isp/billing/refund.yml', 'tests/conversations/isp/outage.yaml', 'tests/conversations/orders.yaml'],
      problems: [],
    });
  });

  it('expands a folder to every *.yaml and *.yml below it', () => {
    expect(findTranscripts(['tests/conversations/isp'], dir).files).toEqual(['tests/conversations/isp/billing/refund.yml', 'tests/conversations/isp/outage.yaml']);
  });

  it('expands a glob to the files it matches, sorted', () => {
    expect(findTranscripts(['tests/**/*.yaml'], dir).files).toEqual(['tests/conversations/isp/outage.yaml', 'tests/conversations/orders.yaml']);
  });

  it('takes a file as given, and each file once however often it is named', () => {
    const found = findTranscripts(['tests/conversations/orders.yaml', 'tests/conversations', join(dir, 'tests/conversations/orders.yaml')], dir);
    expect(found.files).toEqual(['tests/conversations/orders.yaml', 'tests/conversations/isp/billing/refund.yml', 'tests/conversations/isp/outage.yaml']);
  });

  it('reports a folder without transcripts, a glob that matches nothing and a missing file', () => {
    expect(findTranscripts(['empty', 'tests/**/*.json', 'tests/conversations/ordres.yaml'], dir)).toEqual({
      files: [],
      problems: [
        'empty: the folder holds no transcripts (*.yaml, *.yml).',
        'tests/**/*.json: no file matches this pattern.',
        'tests/conversations/ordres.yaml: no such file or folder.',
      ],
    });
  });

  it('reports a missing tests/conversations/ when given no arguments', () => {
    expect(findTranscripts([], join(dir, 'empty')).problems).toEqual(['tests/conversations: no such file or folder.']);
  });
});
