// Structured JSON logs (pino). The level comes from LOG_LEVEL (default info; tests pass silent).
// Unless BATON_MASK=off, card numbers, emails and phone numbers in logged messages and objects are masked.
import pino, { type DestinationStream, type Logger } from 'pino';
import { maskingEnabled } from '../privacy/maskingEnabled';
import { maskPersonalData } from '../privacy/maskPersonalData';
import { maskStrings } from '../privacy/maskStrings';

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const masked = maskingEnabled();
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'baton' },
    redact: { paths: ['req.headers.authorization', '*.password', '*.token'], censor: '[redacted]' },
    ...(masked ? {
      formatters: { log: (object: Record<string, unknown>) => maskStrings(object, { enabled: true }) },
      hooks: {
        logMethod(args: unknown[], method: (...args: unknown[]) => void) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? maskPersonalData(arg, { enabled: true }) : arg)));
        },
      },
    } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
