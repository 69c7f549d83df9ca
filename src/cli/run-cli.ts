import { readDotEnv } from '../config';
import { isAppError } from '../errors';

/**
 * Runs a command-line entry point, with `.env` read first: prints a clean message (no stack) for errors Parley raised on
 * purpose, the full error otherwise, and sets a non-zero exit code on failure.
 */
export function runCli(main: () => Promise<void>): void {
  readDotEnv();
  main().catch((error: unknown) => {
    if (isAppError(error)) {
      console.error(`${error.code}: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  });
}

/** A `--published`-style argument: an ISO date, or a clear error saying which flag. */
export function isoDateArg(value: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`${flag} is a date, YYYY-MM-DD`);
  return value;
}
