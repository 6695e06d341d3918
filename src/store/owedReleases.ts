// Leases to give back. A release that fails (the store is down or silent) is kept and tried again
// every quarter second until it lands or the lease has expired by itself, whichever comes first.
import type { TurnLease } from './turnLease';

const RETRY_MS = 250;

export class OwedReleases {
  private readonly owed = new Map<string, { readonly lease: TurnLease; readonly until: number; sending: boolean }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly send: (lease: TurnLease) => Promise<unknown>, private readonly leaseMs: number) {}

  /** Releases now; on failure the lease is owed. */
  release(lease: TurnLease): void {
    this.send(lease).catch(() => this.add(lease));
  }

  /** A lease that may be held without the holder knowing it (its SET got no answer), or whose release failed. */
  add(lease: TurnLease): void {
    this.owed.set(lease.key + '\u0000' + lease.token, { lease, until: Date.now() + this.leaseMs, sending: false });
    this.timer ??= setInterval(() => this.retry(), RETRY_MS).unref();
  }

  /** How many releases are owed. */
  get size(): number {
    return this.owed.size;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private retry(): void {
    const now = Date.now();
    for (const [id, entry] of this.owed) {
      if (now >= entry.until) {
        this.owed.delete(id);
        continue;
      }
      if (entry.sending) continue;
      entry.sending = true;
      this.send(entry.lease).then(() => this.owed.delete(id), () => { entry.sending = false; });
    }
    if (this.owed.size === 0) this.stop();
  }
}
