import { describe, expect, it } from 'vitest';
import { teamName } from './officer.validation.js';

describe('teamName', () => {
  it('trims and folds spaces, and reads blank as no team', () => {
    expect(teamName('  County   Lines Taskforce ', 'input.team')).toBe('County Lines Taskforce');
    expect(teamName("Public Protection (MASH) & Child's Unit", 'input.team')).toBe("Public Protection (MASH) & Child's Unit");
    expect(teamName('Team\nTwo', 'input.team')).toBe('Team Two');
    expect(teamName('', 'input.team')).toBeNull();
    expect(teamName('   ', 'input.team')).toBeNull();
    expect(teamName(null, 'input.team')).toBeNull();
    expect(teamName(undefined, 'input.team')).toBeNull();
  });

  it.each(['x', '-Team', 'Team <b>', 'Team; DROP', 'a'.repeat(61), 'Team\u0000Two'])('refuses %j naming the field', (team) => {
    expect(() => teamName(team, 'input.team')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'input.team' } }));
  });
});
