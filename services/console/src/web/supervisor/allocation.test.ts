import { describe, expect, it } from 'vitest';
import { allocationChoices, allocationTargetOf, chooseOfficer, initialForce, officerLabel, officersByTeam, unallocatedLinkFor } from './allocation.js';

const supervisor = { force: 'WMP', supervisor: true, hub: false };
const hubSupervisor = { force: 'NCA', supervisor: true, hub: true };
const detective = { force: 'WMP', supervisor: false, hub: false };

const officer = (username: string, force: string, team: string | null = null, displayName: string | null = null) => ({
  username,
  displayName,
  team,
  force: { code: force },
});

describe('allocationChoices', () => {
  it('offers a force supervisor the officers of every force taking part in their force’s action, their own first', () => {
    expect(allocationChoices('WMP', ['GMP', 'WMP'], supervisor)).toEqual({ may: true, forces: ['WMP', 'GMP'] });
    expect(allocationChoices('WMP', [], supervisor)).toEqual({ may: true, forces: ['WMP'] });
  });
  it('refuses a supervisor of another force', () => {
    expect(allocationChoices('GMP', ['WMP', 'GMP'], supervisor)).toEqual({ may: false, forces: [] });
  });
  it('refuses an officer who is not a supervisor', () => {
    expect(allocationChoices('WMP', [], detective)).toEqual({ may: false, forces: [] });
  });
  it('offers the hub every participating force, the owning force first, once each', () => {
    expect(allocationChoices('GMP', ['WMP', 'GMP', 'MPS'], hubSupervisor)).toEqual({ may: true, forces: ['GMP', 'WMP', 'MPS'] });
  });
  it('offers the hub the owning force when there are no participants', () => {
    expect(allocationChoices('GMP', [], hubSupervisor)).toEqual({ may: true, forces: ['GMP'] });
  });
});

describe('initialForce', () => {
  it('starts with the target’s force when it may take the action', () => {
    expect(initialForce(['GMP', 'WMP'], { username: 'ds.khan', force: 'WMP' })).toBe('WMP');
  });
  it('starts with the owning force otherwise', () => {
    expect(initialForce(['GMP', 'WMP'], { username: 'ds.khan', force: 'MPS' })).toBe('GMP');
    expect(initialForce(['GMP'], null)).toBe('GMP');
  });
  it('is null when no force is offered', () => {
    expect(initialForce([], null)).toBeNull();
  });
});

describe('chooseOfficer', () => {
  const officers = [officer('dc.jones', 'WMP'), officer('dc.patel', 'WMP')];
  it('preselects the target when offered', () => {
    expect(chooseOfficer(officers, { username: 'dc.patel', force: 'WMP' })).toBe('dc.patel');
  });
  it('preselects no one when the target is of another force or not listed', () => {
    expect(chooseOfficer(officers, { username: 'dc.patel', force: 'GMP' })).toBe('');
    expect(chooseOfficer(officers, { username: 'dc.smith', force: 'WMP' })).toBe('');
  });
  it('preselects no one without a target', () => {
    expect(chooseOfficer(officers, null)).toBe('');
  });
});

describe('officerLabel', () => {
  it('names the officer with their username', () => {
    expect(officerLabel({ username: 'dc.jones', displayName: 'Sam Jones' })).toBe('Sam Jones (dc.jones)');
  });
  it('is the username alone when there is no other name', () => {
    expect(officerLabel({ username: 'dc.jones', displayName: null })).toBe('dc.jones');
    expect(officerLabel({ username: 'dc.jones', displayName: 'dc.jones' })).toBe('dc.jones');
  });
});

describe('officersByTeam', () => {
  it('groups by team name, officers in none last, each group by name', () => {
    const groups = officersByTeam([
      officer('b', 'WMP', 'Major Crime', 'Zoe B'),
      officer('c', 'WMP', null, 'Al C'),
      officer('a', 'WMP', 'County Lines Taskforce', 'Ann A'),
      officer('d', 'WMP', 'Major Crime', 'Bea D'),
    ]);
    expect(groups.map((group) => [group.team, group.officers.map((o) => o.username)])).toEqual([
      ['County Lines Taskforce', ['a']],
      ['Major Crime', ['d', 'b']],
      [null, ['c']],
    ]);
  });
  it('treats an empty team as none', () => {
    expect(officersByTeam([officer('a', 'WMP', '')]).map((group) => group.team)).toEqual([null]);
  });
});

describe('allocation target in the address', () => {
  it('round-trips through the link', () => {
    const link = unallocatedLinkFor({ username: 'dc.o’neil', force: 'WMP' });
    expect(link.startsWith('/unallocated?')).toBe(true);
    expect(allocationTargetOf(link.slice(link.indexOf('?')))).toEqual({ username: 'dc.o’neil', force: 'WMP' });
  });
  it('is null when either part is missing or blank', () => {
    expect(allocationTargetOf('')).toBeNull();
    expect(allocationTargetOf('?to=dc.jones')).toBeNull();
    expect(allocationTargetOf('?to=%20&force=WMP')).toBeNull();
  });
});
