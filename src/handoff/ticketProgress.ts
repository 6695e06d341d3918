// What happened to a ticket since it was kept: the answers agents gave, whether each reached the
// customer by email (or why not), and whether the customer has seen it in a later chat.

export interface TicketAnswer {
  readonly id: string;
  readonly at: string;
  readonly agentId: string;
  readonly text: string;
  /** When the email went out; absent while it has not (yet) been sent. */
  readonly emailedAt?: string;
  /** Why the last attempt to email it failed; cleared when an attempt succeeds. */
  readonly error?: string;
  /** When the customer was told of it in a later conversation. */
  readonly shownInChatAt?: string;
}

export interface TicketProgress {
  readonly answers: readonly TicketAnswer[];
}
