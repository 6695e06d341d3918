// Comparing a presented secret with a configured one without telling, by timing, how much of it
// (or how long it is) was right.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whether `given` equals `secret`, compared in constant time. */
export function secretMatches(given: string, secret: string): boolean {
  const a = createHmac('sha256', 'compare').update(given).digest();
  const b = createHmac('sha256', 'compare').update(secret).digest();
  return timingSafeEqual(a, b);
}
