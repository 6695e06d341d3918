// Writes docs/errors.md from the catalogue of codes, with real loader output for each code's test
// case as its example (`npm run docs:errors`). With --check it only compares, exiting 1 when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/cli/formatProblem';
import { ERROR_CODES, type ErrorCode } from '../../src/config/errorCodes';
import { makeFixture } from './botFixture';
import { ERROR_CODE_CASES } from './errorCodeCases';

const DOC = join(__dirname, '..', '..', 'docs', 'errors.md');

const INTRO = `# Problem codes

\`baton validate\` and every command that loads a bot report problems as

\`\`\`text
file:line:col CODE data.path: message
  hint: what to do
  line | the line of the file
       |       ^ where the problem is
\`\`\`

Errors stop the bot from loading; warnings do not. The loader reports every problem of every file in one
run. \`baton validate --json\` prints the same problems as JSON objects with the fields \`code\`,
\`severity\`, \`file\`, \`line\`, \`col\`, \`path\`, \`message\` and \`hint\`, for editors and CI.

Codes are stable: a code keeps its meaning and is never reused. The catalogue lives in
\`src/config/errorCodes.ts\`; this page is written from it by \`npm run docs:errors\`, and a test
fails when the two differ. The examples are real output of the loader on a small bot with one
mistake each.
`;

const MANUAL_EXAMPLES: Partial<Record<ErrorCode, string>> = {
  BATON_FILE_UNREADABLE: 'Example (`baton validate bots/shpo.yaml`):\n\n```text\nbots/shpo.yaml:1:1 BATON_FILE_UNREADABLE The file cannot be read (ENOENT).\n  hint: Check that the file exists and that the server may read it.\n```\n',
  BATON_UNTRANSLATED: "Every supported language has complete catalogues today; a language added with an unfinished one would give, for example:\n\n```text\nbots/shop.yaml:9:9 BATON_UNTRANSLATED warning: locale: Baton's Italian catalogue lacks 2 built-in messages ticketReply, ticketEmailQuote: they are said in English.\n  hint: Give the messages in the bot's language under the manifest's `messages:`, and yes/no/help examples in an intents file.\n  9 | locale: it\n    |         ^\n```\n",
  BATON_MANIFEST_NOT_FOUND: 'Example (`baton validate` in a folder without `bots/`):\n\n```text\nBATON_MANIFEST_NOT_FOUND: no bot manifest in bots/. Pass one: baton validate bots/acme.yaml\n```\n',
};

export function errorDocs(): string {
  const out = [INTRO];
  const cwd = process.cwd();
  for (const [code, info] of Object.entries(ERROR_CODES) as Array<[ErrorCode, (typeof ERROR_CODES)[ErrorCode]]>) {
    out.push(`## ${code}\n`, `**${info.severity}**. ${info.title}\n`);
    const c = ERROR_CODE_CASES.find((x) => x.code === code);
    if (c) {
      const fixture = makeFixture(c.files);
      try {
        process.chdir(fixture.dir);
        const problem = fixture.load(c.withManifestCode ? { code: null } : {}).problems.find((p) => p.code === code)!;
        out.push(`Example:\n\n\`\`\`text\n${formatProblem(problem)}\n\`\`\`\n`);
      } finally {
        process.chdir(cwd);
        fixture.remove();
      }
    } else if (MANUAL_EXAMPLES[code]) {
      out.push(MANUAL_EXAMPLES[code]!);
    }
    out.push(`Fix: ${info.hint}\n`);
  }
  return out.join('\n');
}

if (require.main === module) {
  const text = errorDocs();
  if (process.argv.includes('--check')) {
    const current = readFileSync(DOC, 'utf8') === text;
    console.log(current ? 'docs/errors.md is current' : 'docs/errors.md is stale: run npm run docs:errors');
    process.exitCode = current ? 0 : 1;
  } else {
    writeFileSync(DOC, text);
    console.log('wrote docs/errors.md');
  }
}
