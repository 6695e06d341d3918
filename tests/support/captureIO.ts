// A CommandIO that keeps what a command prints, for tests of the CLI.
import type { CommandIO } from '../../src/cli/commandIO';

export function captureIO(): { io: CommandIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}
