// Baton's Prometheus instruments on a registry of their own (one per app): turns, turn latency,
// classifier confidence, fallbacks, queue lengths and waits, errors, and the process defaults.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HandoffRecord } from '../handoff/handoffRecord';
import type { TurnOutcome } from '../runtime/createRuntime';

export type ErrorKind = 'turn' | 'webhook';

export interface BatonMetricsOptions {
  /** How many handoffs wait in each queue now; read on every scrape. */
  readonly waitingByQueue: () => Promise<ReadonlyMap<string, number>>;
}

export interface BatonMetrics {
  readonly registry: Registry;
  turnFinished(outcome: TurnOutcome, durationMs: number): void;
  handoffClaimed(handoff: HandoffRecord): void;
  failed(kind: ErrorKind): void;
}

export function createBatonMetrics(options: BatonMetricsOptions): BatonMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const turns = new Counter({ name: 'baton_turns_total', help: 'Finished turns by outcome: bot, handoff or ended.', labelNames: ['status'], registers });
  const turnSeconds = new Histogram({
    name: 'baton_turn_duration_seconds', help: 'Time to run one turn, from the lock to the replies.', registers,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  });
  const confidence = new Histogram({
    name: 'baton_classifier_confidence', help: 'Confidence of the top intent of each understood message.', registers,
    buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
  });
  const fallbacks = new Counter({ name: 'baton_fallbacks_total', help: 'Messages the bot did not understand.', registers });
  new Gauge({
    name: 'baton_queue_waiting', help: 'Handoffs waiting for an agent, by queue.', labelNames: ['queue'], registers,
    async collect() {
      const waiting = await options.waitingByQueue();
      this.reset();
      for (const [queue, count] of waiting) this.set({ queue }, count);
    },
  });
  const waitSeconds = new Histogram({
    name: 'baton_queue_wait_seconds', help: 'Time from handoff to claim, by queue.', labelNames: ['queue'], registers,
    buckets: [5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600],
  });
  const errors = new Counter({ name: 'baton_errors_total', help: 'Failures by kind: turn or webhook.', labelNames: ['kind'], registers });

  return {
    registry,
    turnFinished(outcome, durationMs) {
      const ended = outcome.effects.some((e) => e.type === 'end');
      turns.inc({ status: outcome.handoff ? 'handoff' : ended ? 'ended' : 'bot' });
      turnSeconds.observe(durationMs / 1000);
      const top = outcome.understanding?.intents[0];
      if (top) confidence.observe(top.confidence);
      const missed = outcome.effects.filter((e) => e.type === 'event' && e.name === 'fallback').length;
      if (missed > 0) fallbacks.inc(missed);
    },
    handoffClaimed(handoff) {
      if (!handoff.claimedAt) return;
      const seconds = (Date.parse(handoff.claimedAt) - Date.parse(handoff.createdAt)) / 1000;
      if (seconds >= 0) waitSeconds.observe({ queue: handoff.queue }, seconds);
    },
    failed(kind) {
      errors.inc({ kind });
    },
  };
}
