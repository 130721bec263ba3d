import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../config/config.js';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { failureLine, runCommandLine, UsageError } from './command-line.js';

const command = { name: 'export', usage: 'usage: npm run export -- <scope>', optionFor: (field: string) => (field === 'input.limit' ? '--limit' : field) };

describe('the command-line runner', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('exits 2 with the usage after a command line to fix, and 2 for configuration', () => {
    expect(failureLine(command, new UsageError('--format is required'))).toBe('export: --format is required\n\nusage: npm run export -- <scope>');
    expect(failureLine(command, new ConfigError(['NEO4J_URI is missing']))).toBe('export: Invalid configuration:\n  - NEO4J_URI is missing');
  });

  it('prints a refusal with its code and the option it stands for', () => {
    const refused = new CrosslinkError('VALIDATION_FAILED', 'limit is 1 to 200000', { field: 'input.limit' });
    expect(failureLine(command, refused)).toBe('export: VALIDATION_FAILED (--limit): limit is 1 to 200000');
  });

  it('sets the exit code from main, or from what it threw', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runCommandLine(command, async () => 0, []);
    expect(process.exitCode).toBe(0);
    await runCommandLine(command, () => Promise.reject(new UsageError('bad')), []);
    expect(process.exitCode).toBe(2);
    await runCommandLine(command, () => Promise.reject(new CrosslinkError('FORBIDDEN', 'no')), []);
    expect(process.exitCode).toBe(1);
    await runCommandLine(command, () => Promise.reject(new Error('socket closed')), []);
    expect(process.exitCode).toBe(1);
    expect(errors.mock.calls.at(-1)?.[0]).toMatch(/^export: failed: Error: socket closed/);
  });

  it('prints the usage for --help and runs nothing', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const main = vi.fn(async () => 1);
    await runCommandLine(command, main, ['--help']);
    expect(main).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(command.usage);
    expect(process.exitCode).toBe(0);
  });
});
