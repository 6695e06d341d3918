// Where the loader places YAML problems: lines are counted in the file itself, so a problem after a
// text that spans lines is still on its own line; and a key that is a list or a map is
// reported in place rather than turned into a string with a warning on the console.
import { parseSource } from '../../src/config/sourceFile';

function problemsOf(text: string): string[] {
  return parseSource('/bot/flows/x.yaml', 'flows/x.yaml', text).problems.map((p) => `${p.line}:${p.col} ${p.code}`);
}

describe('YAML problem positions', () => {
  it('places a problem after a plain text that runs over two lines on the line where it is', () => {
    // The first key indented more than the next: yaml reads "x\n  start" as one text and its own line count skips a line.
    const text = '  flow: x\nstates: x\n  start: 3\n';
    const problems = parseSource('/bot/flows/x.yaml', 'flows/x.yaml', text).problems;
    const lines = text.split('\n');
    for (const p of problems) expect(p.col).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
    expect(problems.map((p) => `${p.line}:${p.col}`)).toEqual(expect.arrayContaining(['3:8', '3:10']));
  });

  it('reports a key that is a list or a map where it is, and prints nothing', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const consoleWarn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(problemsOf('flow: x\n[a, b]: 1\n? { c: 1 }\n: 2\n')).toEqual(['2:1 BATON_YAML_SYNTAX', '3:3 BATON_YAML_SYNTAX']);
      expect(warn).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      consoleWarn.mockRestore();
    }
  });
});
