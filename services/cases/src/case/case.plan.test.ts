import { describe, expect, it } from 'vitest';
import type { Case } from './case.model.js';
import { planOfficerInCharge, planStatusChange, planUpdate } from './case.plan.js';

const current: Case = {
  id: 'c1',
  reference: 'GMP-2026-00001',
  title: 'Lime',
  summary: null,
  force: 'GMP',
  status: 'ACTIVE',
  crimeTypes: ['COUNTY_LINES', 'DRUGS'],
  priority: 'MEDIUM',
  classification: 'OFFICIAL',
  caveats: [],
  officerInCharge: 'detective.gmp',
  createdAt: '2026-03-01T09:00:00Z',
  openedAt: '2026-03-01T09:00:00Z',
  closedAt: null,
  createdBy: 'detective.gmp',
};

describe('planUpdate', () => {
  it('records only the fields that change, lists as comma-joined text', () => {
    const plan = planUpdate(current, { title: 'Lime', priority: 'HIGH', crimeTypes: ['COUNTY_LINES', 'MODERN_SLAVERY'] }, 'new intel');
    expect(plan.set).toEqual({ priority: 'HIGH', crimeTypes: ['COUNTY_LINES', 'MODERN_SLAVERY'] });
    expect(plan.changes).toEqual([
      { field: 'priority', from: 'MEDIUM', to: 'HIGH' },
      { field: 'crimeTypes', from: 'COUNTY_LINES,DRUGS', to: 'COUNTY_LINES,MODERN_SLAVERY' },
    ]);
    expect(plan.reason).toBe('new intel');
  });

  it('plans nothing when nothing differs', () => {
    expect(planUpdate(current, { title: 'Lime', caveats: [] }, null).changes).toEqual([]);
  });

  it('records a summary cleared to null', () => {
    const plan = planUpdate({ ...current, summary: 'old' }, { summary: null }, null);
    expect(plan.changes).toEqual([{ field: 'summary', from: 'old', to: null }]);
  });
});

describe('planStatusChange', () => {
  it('closes, stamping closedAt', () => {
    expect(planStatusChange(current, 'CLOSED', undefined)).toMatchObject({ set: { status: 'CLOSED' }, closes: true, reopens: false });
  });

  it('reopens with a reason, clearing closedAt', () => {
    const plan = planStatusChange({ ...current, status: 'CLOSED' }, 'ACTIVE', 'fresh lead');
    expect(plan).toMatchObject({ closes: false, reopens: true, opens: true, reason: 'fresh lead' });
    expect(plan.changes).toEqual([{ field: 'status', from: 'CLOSED', to: 'ACTIVE' }]);
  });

  it('refuses a step the lifecycle does not allow', () => {
    expect(() => planStatusChange(current, 'REFERRED', 'x')).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });
});

describe('planOfficerInCharge', () => {
  it('records the handover', () => {
    expect(planOfficerInCharge(current, 'detective.two', 'leave').changes).toEqual([{ field: 'officerInCharge', from: 'detective.gmp', to: 'detective.two' }]);
  });

  it('plans nothing for the same officer', () => {
    expect(planOfficerInCharge(current, 'detective.gmp', null).changes).toEqual([]);
  });
});
