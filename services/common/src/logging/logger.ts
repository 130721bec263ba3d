import type { LoggerOptions } from 'pino';

/**
 * Paths removed from every log line. Tokens and passwords never reach the logs, whichever way
 * the header or field is spelled.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'password',
  '*.password',
  'token',
  '*.token',
];

export function loggerOptions(service: string, level: string): LoggerOptions {
  return {
    name: service,
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    base: { service },
  };
}
