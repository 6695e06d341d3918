// The bounds every activity log keeps, whatever holds it: the last activities and bytes of each
// conversation, how many conversations and bytes in all (the least recently used go first), and how
// long a conversation nobody uses or listens to is kept.
import { systemClock, type Clock } from '../../src/runtime/clock';

export interface ActivityLogOptions {
  readonly maxActivities?: number;
  readonly maxConversations?: number;
  readonly maxConversationBytes?: number;
  readonly maxBytes?: number;
  readonly idleMs?: number;
  readonly clock?: Clock;
  /** How often forgotten conversations are swept; 0 sweeps only on use. Default one minute. */
  readonly sweepMs?: number;
}

export type ActivityLogLimits = { readonly [K in keyof ActivityLogOptions]-?: NonNullable<ActivityLogOptions[K]> };

export function activityLogLimits(options: ActivityLogOptions = {}): ActivityLogLimits {
  return {
    maxActivities: options.maxActivities ?? 500,
    maxConversations: options.maxConversations ?? 10_000,
    maxConversationBytes: options.maxConversationBytes ?? 1 << 20,
    maxBytes: options.maxBytes ?? 64 << 20,
    idleMs: options.idleMs ?? 60 * 60 * 1000,
    clock: options.clock ?? systemClock,
    sweepMs: options.sweepMs ?? 60_000,
  };
}
