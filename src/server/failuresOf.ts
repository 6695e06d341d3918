// One counter of repeated failures per server (per logger), shared by its routes and channels, so a
// store that stops costs a few log lines a minute however many requests meet it.
import type { Logger } from './logger';
import { repeatedFailures, type RepeatedFailures } from './repeatedFailures';

const failuresByLog = new WeakMap<Logger, RepeatedFailures>();

export function failuresOf(log: Logger): RepeatedFailures {
  let failures = failuresByLog.get(log);
  if (!failures) {
    failures = repeatedFailures(log);
    failuresByLog.set(log, failures);
  }
  return failures;
}
