// Dev mode watches the files of saved replies like the rest of the bot: an edited reply file
// brings a new bot with the new replies; one with a mistake keeps the old bot.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledBot } from '../../src/config/compiledBot';
import type { Problem } from '../../src/config/problem';
import { watchBot } from '../../src/runtime/watchBot';
import { BASE_FILES, makeFixture } from '../support/botFixture';

const REPLIES = 'replies:\n  hello:\n    title: Hello\n    text: Hi {{customer.first_name}}.\n';

it('reloads the bot when a file of saved replies changes, and keeps it when the change has errors', async () => {
  // Without the flow that calls the fixture's code: a reload loads the bot as `baton start` does, code from the manifest.
  const fixture = makeFixture({ 'flows/track.yaml': null, 'bots/shop.yaml': `${BASE_FILES['bots/shop.yaml']}replies: [replies/*.yaml]\n`, 'bots/replies/shop.yaml': REPLIES });
  let latest: { bot?: CompiledBot; errors?: string[] } = {};
  let check: () => void = () => undefined;
  // Resolves once the watcher has reported what `done` waits for (a file write may be seen more than once).
  const until = (done: () => boolean) => new Promise<void>((resolve) => { check = () => { if (done()) resolve(); }; });
  const first = fixture.load().bot!;
  const watcher = watchBot(join(fixture.dir, 'bots/shop.yaml'), first, {
    onBot: (bot) => { latest = { bot }; check(); },
    onProblems: (problems: readonly Problem[]) => { latest = { errors: problems.filter((p) => p.severity === 'error').map((p) => p.code) }; check(); },
  });
  try {
    expect(first.replies.map((r) => r.id)).toEqual(['hello']);
    let reloaded = until(() => latest.bot?.replies.length === 2);
    writeFileSync(join(fixture.dir, 'bots/replies/shop.yaml'), `${REPLIES}  bye:\n    title: Bye\n    text: Bye from {{bot.name}}.\n`);
    await reloaded;
    expect(latest.bot!.replies.map((r) => r.text)).toEqual(['Hi {{customer.first_name}}.', 'Bye from {{bot.name}}.']);
    reloaded = until(() => latest.errors !== undefined);
    writeFileSync(join(fixture.dir, 'bots/replies/shop.yaml'), `${REPLIES}  bye:\n    title: Bye\n    text: Bye from {{bot.nam}}.\n`);
    await reloaded;
    expect(latest.errors).toEqual(['BATON_UNKNOWN_PLACEHOLDER']);
  } finally {
    watcher.close();
    fixture.remove();
  }
});
