import { ConfigError } from '../config/config.js';
import { CrosslinkError } from '../errors/crosslink-error.js';

/** Thrown for a command line that cannot be run as given; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CommandLine {
  /** The command's name, which starts every line it prints to stderr (`import: …`). */
  readonly name: string;
  /** Printed after a usage error, and for `--help`. */
  readonly usage: string;
  /** The option (or argument) a refused field stands for, when the command's names differ from the service's. */
  readonly optionFor?: (field: string) => string;
}

/**
 * Runs the main function of one of the platform's command-line tools (import, export, generate) and
 * sets the process's exit code: 0 done; 1 refused or failed, printed as `<name>: CODE (field):
 * message` for a catalogued refusal; 2 a command line or configuration to fix, with the usage after
 * a command-line error. `--help` prints the usage and runs nothing.
 */
export async function runCommandLine(command: CommandLine, main: (argv: readonly string[]) => Promise<number>, argv = process.argv.slice(2)): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(command.usage);
    process.exitCode = 0;
    return;
  }
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    console.error(failureLine(command, error));
    process.exitCode = error instanceof UsageError || error instanceof ConfigError ? 2 : 1;
  }
}

/** What a command prints for a failure (without its usage text for anything but a usage error). */
export function failureLine(command: CommandLine, error: unknown): string {
  if (error instanceof UsageError) return `${command.name}: ${error.message}\n\n${command.usage}`;
  if (error instanceof ConfigError) return `${command.name}: ${error.message}`;
  if (error instanceof CrosslinkError) {
    const field = typeof error.details.field === 'string' ? ` (${(command.optionFor ?? ((f: string) => f))(error.details.field)})` : '';
    const cause = error.code === 'INTERNAL' && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${command.name}: ${error.code}${field}: ${error.message}${cause}`;
  }
  return `${command.name}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
