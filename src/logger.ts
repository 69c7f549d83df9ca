import pino, { Logger } from 'pino';
import type { Config } from './config';

/**
 * The server's structured log: one JSON line per event on stdout. Tests log nothing unless
 * LOG_LEVEL asks; nothing secret (passwords, query variables) is ever logged.
 */
export function createLogger(config: Config): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'parley' },
    redact: { paths: ['password', '*.password', 'neo4j.password'], remove: true },
  });
}

export type { Logger };
