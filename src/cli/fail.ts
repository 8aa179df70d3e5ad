import { ConfigError } from '../server/config';
import { DataDirInUseError } from '../server/db/data-dir-lock';
import { DomainError } from '../server/errors';
import { ErrorCode } from '../shared/api/errors';

/** Runs a command action; known failures end with a clear message and exit code 1, no stack. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      process.exitCode = 1;
      if (error instanceof DomainError) {
        process.stderr.write(`error: ${error.issues && error.code === ErrorCode.validation ? 'invalid input' : error.message}\n`);
        for (const issue of error.issues ?? []) process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
      } else if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof CliError) {
        process.stderr.write(`error: ${error.message}\n`);
      } else {
        throw error;
      }
    }
  };
}

/** A usage problem the user can fix (missing file, refused overwrite…). */
export class CliError extends Error {}
