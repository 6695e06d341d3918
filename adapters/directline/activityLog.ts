// Where Direct Line keeps each conversation's activities: numbered in order (the numbers are the
// watermarks), bounded, and observable so WebSocket streams see new activities as they are logged.
// They hold customers' words: a privacy request exports or erases them, the retention period purges them.
import type { DirectLineActivity } from './directLineActivity';

/** Who a conversation belongs to: the user every token of it names. */
export interface ConversationOwner {
  readonly userId: string;
  readonly name?: string;
  /** The site's backend named this user with the Direct Line secret: the id identifies the customer. */
  readonly verified?: boolean;
}

/** Activities after a watermark, and the watermark to ask from next time. */
export interface LoggedPage {
  readonly activities: readonly DirectLineActivity[];
  readonly watermark: number;
}

/** What a privacy export holds of a conversation. */
export interface ExportedConversation {
  readonly conversationId: string;
  readonly owner: ConversationOwner;
  readonly activities: readonly DirectLineActivity[];
}

export interface LogListener {
  /** Activities just logged, in order. */
  next(page: LoggedPage): void;
  /** The conversation is gone (idle too long, or evicted): nothing more will come. */
  end(): void;
}

export interface ActivityLog {
  /** Creates an empty conversation; false when it exists already. */
  create(conversationId: string, owner: ConversationOwner): Promise<boolean>;
  /** The conversation's owner, or undefined when the log does not hold it. Counts as use. */
  owner(conversationId: string): Promise<ConversationOwner | undefined>;
  /** Logs activities in order, giving each its id; undefined when the conversation is unknown. */
  append(conversationId: string, activities: readonly DirectLineActivity[]): Promise<readonly DirectLineActivity[] | undefined>;
  /** Activities with a watermark above `after` (those still kept); undefined when unknown. */
  read(conversationId: string, after: number): Promise<LoggedPage | undefined>;
  /** Calls the listener for every later append; returns the function that stops it. */
  subscribe(conversationId: string, listener: LogListener): () => void;
  /** The owner and every activity kept, for a privacy export; undefined when unknown. Does not count as use. */
  exportConversation(conversationId: string): Promise<ExportedConversation | undefined>;
  /** Deletes these conversations and ends their streams; how many the log held. */
  erase(conversationIds: readonly string[]): Promise<number>;
  /**
   * Deletes the conversations whose last activity was logged before `before` (or, with none, that
   * were last used before it), and ends their streams; how many went.
   */
  purge(before: Date): Promise<number>;
  close(): Promise<void>;
}

/** The id of the activity logged as number `seq` of a conversation. */
export const activityId = (conversationId: string, seq: number): string => `${conversationId}|${String(seq).padStart(7, '0')}`;

/** When an activity was logged (its timestamp), or `fallback` when it has none readable. */
export function loggedAt(activity: Pick<DirectLineActivity, 'timestamp'> | undefined, fallback: number): number {
  const at = activity?.timestamp === undefined ? NaN : Date.parse(activity.timestamp);
  return Number.isNaN(at) ? fallback : at;
}
