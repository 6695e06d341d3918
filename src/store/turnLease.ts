// A turn's lease on one conversation, held while the turn runs, so that turns of one conversation
// run one at a time across processes. A lease that expired (a stalled process) no longer lets its
// holder save: the store checks it atomically with the write (fencing).

export interface TurnLease {
  /** The Redis key (or store-specific name) that holds the current holder's token. */
  readonly key: string;
  /** This holder's token: unique per acquisition. */
  readonly token: string;
}

export class LeaseLostError extends Error {
  constructor(readonly conversationId: string) {
    super(`The turn's lease on conversation ${conversationId} expired before it was saved: another process may have taken the conversation, so nothing was written.`);
    this.name = 'LeaseLostError';
  }
}
