import { describe, expect, it } from 'vitest';
import { BundleIds } from './bundle-ids.js';

describe('BundleIds', () => {
  const source = 'neo4j-admin:GMP:pole';

  it('gives back what each id became: a case or person by its source key, an address or object by its value', () => {
    const ids = new BundleIds(source);
    ids.set('c1', { kind: 'Case', key: `${source}:c1` });
    ids.set('p1', { kind: 'Person', key: `${source}:p1` });
    ids.set('l1', { kind: 'Location', key: 'M1 1AA|1 HIGH STREET' });
    ids.set('ph1', { kind: 'Phone', key: '+447700900123' });
    expect(ids.get('c1')).toEqual({ kind: 'Case', key: `${source}:c1` });
    expect(ids.get('p1')).toEqual({ kind: 'Person', key: `${source}:p1` });
    expect(ids.get('l1')).toEqual({ kind: 'Location', key: 'M1 1AA|1 HIGH STREET' });
    expect(ids.get('ph1')).toEqual({ kind: 'Phone', key: '+447700900123' });
    expect(ids.get('p2')).toBeUndefined();
    expect(ids.size).toBe(4);
  });

  it('keeps a person whose key is not made from the id as it was given', () => {
    const ids = new BundleIds(source);
    ids.set('p1', { kind: 'Person', key: 'another-source:p1' });
    expect(ids.get('p1')).toEqual({ kind: 'Person', key: 'another-source:p1' });
  });
});
