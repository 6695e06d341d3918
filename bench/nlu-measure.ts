/** Measuring helpers shared by the NLU benchmark's contestants: heap, throughput, accuracy, thresholds. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Example } from './nlu-data';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** JS heap plus typed-array backing stores, after full garbage collections. */
export function heapBytes(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export const MB = 1024 * 1024;

/** A contestant's answer: its best intent and confidence, and whether it rejects the message. */
export interface Answer {
  readonly label: string;
  readonly confidence: number;
  readonly rejected: boolean;
}

export interface Result {
  readonly accuracy: number;
  readonly oosRecall: number | null;
  readonly trainMs: number;
  readonly perSec: number;
  readonly heapMB: number;
}

/** A trained contestant: its measurements so far and how to classify one message (for timing). */
export interface Contestant {
  readonly result: Omit<Result, 'perSec'>;
  readonly classify: (text: string) => unknown;
  /** Test messages timed per round (the slow peers time a fixed subset). */
  readonly perRound: number;
}

/**
 * Messages per second of each contestant, single thread, after a warm-up. Rounds alternate between
 * the contestants so that any other load on the machine falls on all of them alike.
 */
/** Node's collector when started with --expose-gc (the bench:nlu script does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

export async function interleavedThroughput(contestants: readonly Contestant[], texts: readonly string[], rounds: number): Promise<number[]> {
  const time = contestants.map(() => 0);
  const count = contestants.map(() => 0);
  for (let r = -1; r < rounds; r++) {
    for (const [i, c] of contestants.entries()) {
      const batch = texts.slice(0, c.perRound);
      // The previous contestant's garbage is collected before the clock starts, not during this round.
      collectGarbage?.();
      const start = performance.now();
      for (const text of batch) {
        const out = c.classify(text);
        if (out instanceof Promise) await out;
      }
      if (r < 0) continue; // warm-up round
      time[i]! += performance.now() - start;
      count[i]! += batch.length;
    }
  }
  return contestants.map((_, i) => count[i]! / (time[i]! / 1000));
}

/** Answers to every text, in order. */
export async function answerAll(texts: readonly string[], answer: (text: string) => Answer | Promise<Answer>): Promise<Answer[]> {
  const out: Answer[] = [];
  for (const text of texts) out.push(await answer(text));
  return out;
}

/** In-scope accuracy (right and not rejected) and out-of-scope recall (rejected). */
export function score(examples: readonly Example[], inScope: readonly Answer[], outOfScope: readonly Answer[]) {
  const right = inScope.filter((a, i) => !a.rejected && a.label === examples[i]!.label).length;
  const rejected = outOfScope.filter((a) => a.rejected).length;
  return { accuracy: right / examples.length, oosRecall: outOfScope.length > 0 ? rejected / outOfScope.length : null };
}

/**
 * The peers' out-of-scope rule, fitted like Baton's on validation data: the confidence threshold that
 * rejects the most out-of-scope messages while rejecting at most `maxFalseRejection` of the
 * correctly classified in-scope ones.
 */
export function fitThreshold(examples: readonly Example[], inScope: readonly Answer[], outOfScope: readonly Answer[], maxFalseRejection: number): number {
  const right = inScope.filter((a, i) => a.label === examples[i]!.label).map((a) => a.confidence).sort((a, b) => a - b);
  const budget = Math.floor(maxFalseRejection * right.length);
  if (budget === 0 || right.length === 0 || outOfScope.length === 0) return 0;
  const last = right[budget - 1]!;
  const next = right[budget] ?? last;
  return next > last ? (last + next) / 2 : last;
}

/** Applies a confidence threshold to answers. */
export function withThreshold(answers: readonly Answer[], threshold: number): Answer[] {
  return answers.map((a) => ({ ...a, rejected: a.rejected || a.confidence < threshold }));
}
