import { describe, expect, it } from 'vitest';
import { forceChoices, isHubForce, supervisesForce } from './forces.js';

const forces = [
  { code: 'WMP', name: 'West Midlands Police', kind: 'TERRITORIAL' },
  { code: 'NCA', name: 'National Crime Agency', kind: 'NATIONAL' },
  { code: 'GMP', name: 'Greater Manchester Police', kind: 'TERRITORIAL' },
];

describe('isHubForce', () => {
  it('knows the hub by its kind', () => {
    expect(isHubForce(forces, 'NCA')).toBe(true);
    expect(isHubForce(forces, 'WMP')).toBe(false);
  });
  it('is false for a force not listed (or before the list is read)', () => {
    expect(isHubForce([], 'NCA')).toBe(false);
  });
});

describe('forceChoices', () => {
  it('lists forces by name', () => {
    expect(forceChoices(forces).map((force) => force.code)).toEqual(['GMP', 'NCA', 'WMP']);
  });
  it('leaves out the force excluded', () => {
    expect(forceChoices(forces, 'NCA').map((force) => force.code)).toEqual(['GMP', 'WMP']);
  });
  it('does not reorder the list it is given', () => {
    forceChoices(forces);
    expect(forces[0]?.code).toBe('WMP');
  });
});

describe('supervisesForce', () => {
  it('lets a supervisor act for their own force', () => {
    expect(supervisesForce({ force: 'WMP', supervisor: true, hub: false }, 'WMP')).toBe(true);
  });
  it('refuses a supervisor of another force', () => {
    expect(supervisesForce({ force: 'GMP', supervisor: true, hub: false }, 'WMP')).toBe(false);
  });
  it('lets the hub’s supervisors act for every force', () => {
    expect(supervisesForce({ force: 'NCA', supervisor: true, hub: true }, 'WMP')).toBe(true);
  });
  it('refuses an officer who is not a supervisor, even at the hub', () => {
    expect(supervisesForce({ force: 'WMP', supervisor: false, hub: false }, 'WMP')).toBe(false);
    expect(supervisesForce({ force: 'NCA', supervisor: false, hub: true }, 'WMP')).toBe(false);
  });
});
