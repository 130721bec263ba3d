import { int, type CypherQuery } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { listOfficers, officersByUsernames, rememberOfficer, setOfficerTeam } from './officer.cypher.js';

const hostile = "x' }) MATCH (n) DETACH DELETE n //";
const referenced = (query: CypherQuery<unknown>) => new Set([...query.text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));

const queries: Record<string, () => CypherQuery<unknown>> = {
  rememberOfficer: () => rememberOfficer({ username: hostile, subject: hostile, force: hostile, displayName: hostile, team: hostile }),
  officersByUsernames: () => officersByUsernames([hostile]),
  listOfficers: () => listOfficers(hostile, hostile, hostile, 11),
  setOfficerTeam: () => setOfficerTeam(hostile, hostile, hostile, hostile),
};

describe('officer Cypher', () => {
  it.each(Object.keys(queries))('%s passes every value as a parameter', (name) => {
    const query = queries[name]!();
    for (const param of referenced(query)) expect(query.params, `$${param}`).toHaveProperty(param ?? '');
    expect(query.text).not.toContain(hostile);
  });

  it('keeps a supervisor’s team decision over the token’s team', () => {
    expect(rememberOfficer({ username: 'u', subject: 's', force: 'GMP', displayName: 'U', team: null }).text).toContain(
      'o.team = CASE WHEN o.teamSetBy IS NULL THEN $team ELSE o.team END',
    );
  });

  it('pages by username with a Cypher integer limit', () => {
    const query = listOfficers('GMP', null, 'a.b', 11);
    expect(query.params['limit']).toEqual(int(11));
    expect(query.text).toMatch(/ORDER BY o\.username\s+LIMIT \$limit/);
  });

  it('refuses to move an officer of another force', () => {
    expect(setOfficerTeam('u', 'GMP', 'T', 'boss').text).toContain('WHERE o.force = $force');
    expect(setOfficerTeam('u', 'GMP', 'T', 'boss').text).not.toContain('MERGE');
  });
});
