// Collects what a botframework-directlinejs connection receives, so a test can wait for the next
// activity that matches, and posts activities as promises.
import type { Activity, DirectLine, Message } from 'botframework-directlinejs';

export interface ActivityInbox {
  readonly received: readonly Activity[];
  /** The first activity not taken yet that matches; fails after `timeoutMs`. */
  next(match: (a: Activity) => boolean, timeoutMs?: number): Promise<Activity>;
  /** The next bot message after the ones taken. */
  nextBotMessage(match?: (m: Message) => boolean, timeoutMs?: number): Promise<Message>;
  stop(): void;
}

export function collectActivities(dl: DirectLine): ActivityInbox {
  const received: Activity[] = [];
  const taken = new Set<Activity>();
  const waiters = new Set<() => void>();
  const subscription = dl.activity$.subscribe((activity) => {
    received.push(activity);
    for (const wake of [...waiters]) wake();
  });
  const next = (match: (a: Activity) => boolean, timeoutMs = 10_000): Promise<Activity> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = received.find((a) => !taken.has(a) && match(a));
        if (!found) return false;
        taken.add(found);
        waiters.delete(wake);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const wake = (): void => void check();
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`no matching activity within ${timeoutMs} ms; received: ${JSON.stringify(received.map((a) => [a.type, (a as Message).text]))}`));
      }, timeoutMs);
      if (!check()) waiters.add(wake);
    });
  return {
    received,
    next,
    nextBotMessage: (match = () => true, timeoutMs) =>
      next((a) => a.type === 'message' && a.from.role === 'bot' && match(a as Message), timeoutMs) as Promise<Message>,
    stop: () => subscription.unsubscribe(),
  };
}

export function postActivity(dl: DirectLine, activity: Activity): Promise<string> {
  return new Promise((resolve, reject) => {
    dl.postActivity(activity).subscribe({ next: (id: string) => resolve(id), error: (err: unknown) => reject(err) });
  });
}
