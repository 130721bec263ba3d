import { describe, expect, it } from 'vitest';
import { UsageError } from '@crosslink/common';
import { parseGenerateArgs } from './generate-args.js';

describe('parseGenerateArgs', () => {
  it('reads people, out and seed (default 1)', () => {
    expect(parseGenerateArgs(['--people', '2000', '--out', 'national'])).toEqual({ people: 2000, out: 'national', seed: 1 });
    expect(parseGenerateArgs(['--people', '1_000_000', '--out', '/tmp/n', '--seed', '42'])).toEqual({ people: 1_000_000, out: '/tmp/n', seed: 42 });
  });

  it.each([
    [[], '--people is required'],
    [['--people', '2000'], '--out is required'],
    [['--people', '99', '--out', 'x'], '--people is a whole number from 100 to 5000000'],
    [['--people', '5000001', '--out', 'x'], '--people is a whole number'],
    [['--people', 'lots', '--out', 'x'], '--people is a whole number'],
    [['--people', '2000', '--out', 'x', '--seed', '1.5'], '--seed is a whole number'],
    [['--people', '2000', '--out', 'x', '--colour'], "Unknown option '--colour'"],
    [['--people', '2000', '--out', 'x', 'extra'], 'extra'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(UsageError);
    expect(() => parseGenerateArgs(argv)).toThrow(message);
  });
});
