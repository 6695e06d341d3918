// Generates TypeScript types from the project's JSON schemas (the YAML formats, the handoff
// packet, conversation transcripts), so a schema and its types never drift. `npm run gen:types`
// writes them; a test checks.
import { compile } from 'json-schema-to-typescript';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface GeneratedTypes {
  readonly schema: string;
  readonly output: string;
  readonly rootName: string;
}

export const GENERATED: readonly GeneratedTypes[] = [
  { schema: join(ROOT, 'flows.schema.json'), output: join(ROOT, 'src/config/formats.generated.ts'), rootName: 'BatonFile' },
  { schema: join(ROOT, 'src/handoff/handoffPacket.schema.json'), output: join(ROOT, 'src/handoff/handoffPacket.generated.ts'), rootName: 'HandoffPacket' },
  { schema: join(ROOT, 'transcript.schema.json'), output: join(ROOT, 'src/testing/transcript.generated.ts'), rootName: 'TranscriptFile' },
];

export async function typesSource(target: GeneratedTypes): Promise<string> {
  const schema = JSON.parse(readFileSync(target.schema, 'utf8'));
  const name = target.schema.slice(ROOT.length + 1);
  return compile(schema, target.rootName, {
    bannerComment: `/* eslint-disable */\n// Generated from ${name} by \`npm run gen:types\`. Do not edit by hand.`,
    unreachableDefinitions: true,
    additionalProperties: false,
    maxItems: -1,
    format: false,
  });
}
