import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key.js';

describe('nameKey', () => {
  it('ignores case, surrounding space and repeated spaces', () => {
    expect(nameKey('  Florin  Ion ', 'DUMITRU')).toBe('dumitru|florin ion');
    expect(nameKey('florin ion', 'Dumitru')).toBe(nameKey('FLORIN ION', ' dumitru'));
  });

  it('keeps forenames and surname apart', () => {
    expect(nameKey('Ann', 'Lee Smith')).not.toBe(nameKey('Ann Lee', 'Smith'));
  });
});
