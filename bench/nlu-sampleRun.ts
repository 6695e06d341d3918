/** The sample-bot part of `bench:nlu -- --language xx`: accuracy of each contestant on its held-out tests, or why there is none. */
import { batonOnSample, sampleTests } from './nlu-sample';
import type { BenchLanguage } from './nlu-language';
import { runNatural } from './nlu-natural';
import { runNlpJs } from './nlu-nlpjs';

export type SampleResult =
  | { readonly manifest: string; readonly tests: number; readonly baton: number; readonly natural: number | null; readonly nlpjs: number | null }
  | { readonly note: string };

const round = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));
const percent = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(2)}%`);

export async function measureSample(
  language: BenchLanguage,
  manifest: string | undefined,
  skip: ReadonlySet<string>,
  notRun: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<SampleResult> {
  const code = language.language.code;
  const found = sampleTests(code, manifest);
  if (!('data' in found)) return found;
  log(`sample bot ${found.manifest}: ${found.data.train.length} training examples, ${found.data.test.length} held-out tests ...`);
  // No validation data and no out-of-scope messages: the peers' rejection threshold stays 0.
  const natural = skip.has('natural') ? null : (await runNatural(found.data, 0, language.naturalStemmer())).result.accuracy;
  const nlpjs = skip.has('nlpjs') || notRun.nlpjs ? null : (await runNlpJs(found.data, 0, code)).result.accuracy;
  return { manifest: found.manifest, tests: found.data.test.length, baton: round(batonOnSample(found.bot))!, natural: round(natural), nlpjs: round(nlpjs) };
}

/** One line for the table's reader. */
export function sampleLine(sample: SampleResult): string {
  if ('note' in sample) return `sample bot: ${sample.note}`;
  return `sample bot held-out tests (${sample.manifest}, ${sample.tests}): baton ${percent(sample.baton)}  natural ${percent(sample.natural)}  nlpjs ${percent(sample.nlpjs)}`;
}
