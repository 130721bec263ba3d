import { describe, expect, it } from 'vitest';
import { decisionReasonProblem, normaliseReference, operationPath, referenceProblem } from './operation.js';

describe('normaliseReference', () => {
  it('trims, keeping the reference as typed', () => {
    expect(normaliseReference('  GMP-2026-00042 ')).toBe('GMP-2026-00042');
  });
});

describe('referenceProblem', () => {
  it('accepts a reference not yet in the operation', () => {
    expect(referenceProblem(' WMP-2026-7 ', ['GMP-2026-00042'])).toBeNull();
  });
  it('asks for a reference when none is given', () => {
    expect(referenceProblem('   ', [])).toMatch(/Give the reference/);
  });
  it('refuses a reference with spaces inside', () => {
    expect(referenceProblem('GMP 2026 42', [])).toMatch(/no spaces/);
  });
  it('says when the case is already in the operation', () => {
    expect(referenceProblem('GMP-2026-00042 ', ['GMP-2026-00042'])).toBe('GMP-2026-00042 is already in this operation.');
  });
});

describe('decisionReasonProblem', () => {
  it('accepts a reason', () => {
    expect(decisionReasonProblem('The ROCU now holds most of the cases')).toBeNull();
  });
  it('refuses a blank reason', () => {
    expect(decisionReasonProblem(' \n ')).toMatch(/Give a reason/);
  });
  it('refuses a reason over 1,000 characters', () => {
    expect(decisionReasonProblem('x'.repeat(1001))).toMatch(/under 1,000/);
    expect(decisionReasonProblem('x'.repeat(1000))).toBeNull();
  });
});

describe('operationPath', () => {
  it('puts the id in the path, escaped', () => {
    expect(operationPath('4f1c-9a')).toBe('/operations/4f1c-9a');
    expect(operationPath('a/b c')).toBe('/operations/a%2Fb%20c');
  });
});
