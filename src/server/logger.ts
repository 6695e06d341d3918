// Structured JSON logs (pino). The level comes from LOG_LEVEL (default info; tests pass silent).
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'baton' }, redact: { paths: ['req.headers.authorization', '*.password', '*.token'], censor: '[redacted]' } });
}
