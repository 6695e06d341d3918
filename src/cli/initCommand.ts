// `baton init <folder> [--baton SPEC]`: a bot project of its own in a new or empty folder.
import { InitRefused, initBot } from '../init/initBot';
import type { CommandIO } from './commandIO';

export function initCommand(args: readonly string[], flags: { baton?: string }, io: CommandIO): number {
  const folder = args[0];
  if (!folder || args.length > 1) {
    io.err('Usage: baton init <folder> [--baton SPEC]\n  Writes a bot project into a new or empty folder.');
    return 2;
  }
  let files: string[];
  try {
    files = initBot(folder, flags.baton !== undefined ? { batonSpec: flags.baton } : {});
  } catch (err) {
    if (!(err instanceof InitRefused)) throw err;
    io.err(err.message);
    return 1;
  }
  io.out(`Wrote a bot project in ${folder}:`);
  for (const file of files) io.out(`  ${file}`);
  io.out(`\nNext:\n  cd ${folder}\n  npm install\n  npx baton start    # web chat at http://localhost:3978/\n  npx baton test     # runs tests/conversations/`);
  return 0;
}
