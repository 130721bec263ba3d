import { query, testEnv, tokenFor } from '@crosslink/common/testing';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver, count } from './support/neo4j.js';
import { DEMO_MARKER, loadDemo } from '../scripts/lib/demo.mjs';

// The demo `npm start` loads, and a day's work on it for a detective, a supervisor and an analyst.

const purpose = { 'x-crosslink-purpose': 'Demo walkthrough' };
afterAll(closeDriver);
const as = async (user: string, text: string, variables: Record<string, unknown> = {}) =>
  query(testEnv().gatewayUrl, await tokenFor(user), text, variables, purpose);

beforeAll(async () => {
  const first = await loadDemo(testEnv().gatewayUrl, testEnv().keycloakUrl);
  const again = await loadDemo(testEnv().gatewayUrl, testEnv().keycloakUrl);
  expect(first.loaded || !again.loaded).toBe(true);
  expect(again.loaded).toBe(false);
}, 120_000);

describe('the demo', () => {
  it('a detective sees the deal line in three forces’ cases, and who asked about it', async () => {
    const data = await as(
      'detective.gmp',
      `query ($f: CaseFilter) {
      cases(filter: $f, first: 100) { edges { node { title people { person { forenames phones { number cases { edges { node { force { code } } } } } vehicles { vrm colour claims { force { code } make model colour case { reference } } } } } } } }
      deconflictionAlerts { edges { node { askedBy reason subjectValue } } }
    }`,
      { f: { force: 'GMP' } },
    );
    const line = data.cases.edges.map((e: any) => e.node).find((c: any) => c.title === DEMO_MARKER);
    const controller = line.people.find((p: any) => p.person.forenames === 'Dwayne');
    const [phone] = controller.person.phones;
    expect(phone.number).toBe('+447700900461');
    // GMP takes part in Operation Larkspur, so it sees the Merseyside and Cheshire cases too.
    expect(phone.cases.edges.map((e: any) => e.node.force.code).sort()).toEqual(['CHES', 'GMP', 'MERPOL']);
    // GMP and Cheshire describe the controller's car differently: each force's own description, side by side.
    const [car] = controller.person.vehicles;
    expect(car.colour).toBe('Black');
    expect(car.claims.map(({ force, make, model, colour }: any) => [force.code, make, model, colour])).toEqual([
      ['GMP', 'Audi', 'A3', 'Black'],
      ['CHES', 'Audi', 'A4', 'Grey'],
    ]);
    expect(car.claims.every((claim: any) => typeof claim.case.reference === 'string')).toBe(true);
    expect(data.deconflictionAlerts.edges.map((e: any) => e.node)).toContainEqual({
      askedBy: 'detective.wmp',
      reason: 'Number found on a phone seized at a Small Heath stop',
      subjectValue: '+447700900461',
    });
  });

  it('a GMP detective records the Met’s number, is told only “known to MPS”, asks, and is granted the case', async () => {
    const number = '+442079460321';
    const metAlerts = await as('detective.met', `{ alerts(first: 100) { edges { node { kind by subject { value } case { title } } } } }`);
    expect(metAlerts.alerts.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'HIT_ON_ENTRY',
      by: 'detective.gmp',
      subject: { value: number },
      case: { title: 'Fake job adverts for car wash work, Newham' },
    });
    const asked = await as('supervisor.met', `{ alerts(first: 100) { edges { node { kind by accessRequest { status decidedBy } } } } }`);
    expect(asked.alerts.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'ACCESS_REQUESTED',
      by: 'detective.gmp',
      accessRequest: { status: 'GRANTED', decidedBy: 'supervisor.met' },
    });

    const gmp = await as(
      'detective.gmp',
      `{ alerts(first: 100) { edges { node { kind summary case { title sharedWith { force { code } } } } } }
         accessRequests(mine: true, first: 50) { edges { node { status decisionReason case { title } } } } }`,
    );
    const decided = gmp.alerts.edges.map((e: any) => e.node).find((a: any) => a.kind === 'ACCESS_DECIDED');
    expect(decided).toMatchObject({ summary: 'Your request for access was granted by supervisor.met' });
    // GMP now sees the Met's case, through a share naming its request.
    expect(decided.case.title).toBe('Fake job adverts for car wash work, Newham');
    expect(decided.case.sharedWith.map((s: any) => s.force.code)).toContain('GMP');
    expect(gmp.accessRequests.edges.map((e: any) => e.node)).toContainEqual({
      status: 'GRANTED',
      decisionReason: 'Same recruiters: work it jointly with Stratford',
      case: { title: 'Fake job adverts for car wash work, Newham' },
    });
  });

  it('the child runner carries a safeguarding flag wherever he appears', async () => {
    const data = await as(
      'supervisor.nca',
      `{ search(text: "Kai Brennan") { node { ... on Person { safeguarding { flagged reasons } cases { case { force { code } } } } } } }`,
    );
    const kai = data.search.find((h: any) => h.node.cases?.length);
    expect(kai.node.safeguarding).toEqual({ flagged: true, reasons: expect.arrayContaining(['CHILD', 'NRM_VICTIM']) });
    expect(kai.node.cases.map((c: any) => c.case.force.code).sort()).toEqual(['CHES', 'GMP']);
  });

  it('a hub supervisor sees the operations, their lead and the actions allocated across forces', async () => {
    const data = await as(
      'supervisor.nca',
      `{ operations(first: 50) { edges { node { name leadForce { code } participants { code }
      actions(first: 20) { edges { node { description status allocatedTo { username force { code } } } } } } } } }`,
    );
    const larkspur = data.operations.edges.map((e: any) => e.node).find((o: any) => o.name === 'Operation Larkspur');
    expect(larkspur.leadForce.code).toBe('NCA');
    expect(larkspur.participants.map((f: any) => f.code)).toEqual(expect.arrayContaining(['GMP', 'MERPOL', 'CHES']));
    const allocated = larkspur.actions.edges.map((e: any) => e.node);
    expect(allocated.map((a: any) => a.allocatedTo.force.code).sort()).toEqual(['GMP', 'MERPOL']);
    expect(allocated.every((a: any) => a.status === 'ALLOCATED')).toBe(true);

    const workload = await as('supervisor.nca', `{ workload(force: "GMP") { edges { node { officer openCases openActions } } } }`);
    // The demo allocates one action to detective.gmp; other suites may allocate more in the same database.
    const detective = workload.workload.edges.map((e: any) => e.node).find((n: any) => n.officer === 'detective.gmp');
    expect(detective?.openActions).toBeGreaterThanOrEqual(1);
  });

  it('GMP’s supervisor sees the force’s load per team and per officer, with each officer’s name', async () => {
    const read = () =>
      as(
        'supervisor.gmp',
        `{
      teamWorkload(force: "GMP") { team openCases openActions }
      workload(force: "GMP", team: "Modern Slavery Unit") { edges { node { officer team openCases } } }
      taskforce: workload(force: "GMP", team: "County Lines Taskforce", first: 100) { edges { node { openCases openActions } } }
      officers(force: "GMP", team: "County Lines Taskforce") { edges { node { username displayName team } } }
    }`,
      );
    // A team's load is its officers' load. Other suites open cases and allocate actions in GMP at the
    // same time, and the two lists are read by separate statements, so a read that straddles such a
    // write is taken again; one that never agrees is a fault.
    const totals = (data: any) => {
      const taskforce = data.teamWorkload.find((t: any) => t.team === 'County Lines Taskforce');
      const officers = data.taskforce.edges.map((e: any) => e.node);
      return {
        team: { openActions: taskforce.openActions, openCases: taskforce.openCases },
        officers: {
          openActions: officers.reduce((sum: number, o: any) => sum + o.openActions, 0),
          openCases: officers.reduce((sum: number, o: any) => sum + o.openCases, 0),
        },
      };
    };
    let data = await read();
    for (let attempt = 0; attempt < 5 && JSON.stringify(totals(data).team) !== JSON.stringify(totals(data).officers); attempt++) data = await read();
    const teams = data.teamWorkload.map((t: any) => t.team);
    expect(teams).toEqual(expect.arrayContaining(['County Lines Taskforce', 'Modern Slavery Unit']));
    const { team, officers } = totals(data);
    expect(team.openActions).toBeGreaterThanOrEqual(1);
    expect(team).toEqual(officers);
    expect(data.workload.edges.map((e: any) => e.node)).toContainEqual({ officer: 'dc.rahman', team: 'Modern Slavery Unit', openCases: 1 });
    expect(data.officers.edges.map((e: any) => e.node)).toContainEqual({
      username: 'detective.gmp',
      displayName: 'Sarah Okafor',
      team: 'County Lines Taskforce',
    });
  });

  it('an analyst finds the controller by an alias and reads the graded intelligence, with its conditions', async () => {
    const data = await as('analyst.nca', `{ search(text: "Merc") { kind node { ... on Person { id forenames surname } } } }`);
    const controller = data.search.find((h: any) => h.node.surname === 'Mercer');
    expect(controller).toBeDefined();
    const intel = await as(
      'analyst.nca',
      `query ($id: ID!) { intelligenceAbout(subjectKind: PERSON, subjectId: $id) { edges { node { grading { code handlingConditions } } } } }`,
      { id: controller.node.id },
    );
    expect(intel.intelligenceAbout.edges[0].node.grading).toEqual({
      code: '2B C',
      handlingConditions: 'Not to be disclosed outside law enforcement; protect the source.',
    });
  });
});

describe('an analyst’s day on the demo, through the API', () => {
  const personId = async (text: string, surname: string) => {
    const data = await as('analyst.nca', `query ($t: String!) { search(text: $t) { node { ... on Person { id surname } } } }`, { t: text });
    return data.search.find((h: any) => h.node.surname === surname).node.id as string;
  };
  const operationId = async (name: string) => {
    const data = await as('analyst.nca', '{ operations(first: 100) { edges { node { id name } } } }');
    return data.operations.edges.find((e: any) => e.node.name === name).node.id as string;
  };

  it('follows the shortest chain from the Met’s suspect to GMP’s child runner, each link naming its case', async () => {
    const [trafficker, runner] = await Promise.all([personId('Dumitru', 'Dumitru'), personId('Brennan', 'Brennan')]);
    const data = await as(
      'analyst.nca',
      `query ($from: ID!, $to: ID!) { paths(from: { kind: PERSON, id: $from }, to: { kind: PERSON, id: $to }, maxHops: 6) {
        hops paths { nodes { kind label } steps { links { kind caseReference force } } } } }`,
      { from: trafficker, to: runner },
    );
    expect(data.paths.hops).toBe(3);
    const [path] = data.paths.paths;
    expect(path.nodes.map((n: any) => n.label)).toEqual(['Florin Dumitru', 'Dwayne Mercer', '+447700900461', 'Kai Brennan']);
    expect(path.steps[0].links.map((l: any) => l.kind).sort()).toEqual(['CO_OFFENDING', 'KNOWS']);
    expect(path.steps[0].links.every((l: any) => l.force === 'GMP' && typeof l.caseReference === 'string')).toBe(true);
    expect(path.steps[2].links).toContainEqual(expect.objectContaining({ kind: 'HOLDS_PHONE', force: 'CHES' }));
  });

  it('names Larkspur’s key player, the groups of both operations, the deal line’s footprint and the people at risk', async () => {
    const [larkspur, tundra] = await Promise.all([operationId('Operation Larkspur'), operationId('Operation Tundra')]);
    const players = await as(
      'analyst.nca',
      `query ($op: ID!) { keyPlayers(scope: { operationId: $op }, measure: BETWEENNESS, first: 3) { players { node { label } score } size { nodes } } }`,
      { op: larkspur },
    );
    expect(players.keyPlayers.players[0].node.label).toBe('Dwayne Mercer');

    for (const op of [larkspur, tundra]) {
      const found = await as(
        'analyst.nca',
        `query ($op: ID!) { communities(scope: { operationId: $op }) { groups { size members { id } } modularity size { nodes } } }`,
        { op },
      );
      const { groups, size } = found.communities;
      expect(groups.length).toBeGreaterThan(0);
      const members = groups.flatMap((g: any) => g.members.map((m: any) => m.id));
      expect(new Set(members).size).toBe(size.nodes);
      expect(members).toHaveLength(size.nodes);
    }

    const line = await as('analyst.nca', `query ($op: ID!) { network(scope: { operationId: $op }) { nodes { id kind label } } }`, { op: larkspur });
    const phone = line.network.nodes.find((n: any) => n.kind === 'PHONE' && n.label === '+447700900461');
    const footprint = await as(
      'analyst.nca',
      `query ($id: ID!) { countyLine(phoneId: $id) { forces runners { person { label } child } controllers { person { label } } } }`,
      { id: phone.id },
    );
    expect([...footprint.countyLine.forces].sort()).toEqual(['CHES', 'GMP', 'MERPOL']);
    expect(footprint.countyLine.runners).toContainEqual({ person: { label: 'Kai Brennan' }, child: true });

    const risk = await as('analyst.nca', `query ($op: ID!) { peopleAtRisk(scope: { operationId: $op }) { flaggedVictims { node { label } flags } } }`, {
      op: larkspur,
    });
    expect(risk.peopleAtRisk.flaggedVictims).toContainEqual({ node: { label: 'Kai Brennan' }, flags: expect.arrayContaining(['CHILD', 'NRM_VICTIM']) });
  });

  it('exports the Larkspur network as GraphML and as a graded ANX chart, each audited as a disclosure', async () => {
    const op = await operationId('Operation Larkspur');
    const EXPORT = `mutation ($i: ExportNetworkInput!) { exportNetwork(input: $i) { format records files { name content } } }`;
    const scope = { operationId: op };
    const graphml = (await as('analyst.nca', EXPORT, { i: { scope, format: 'GRAPHML', recipients: ['CPS North West'] } })).exportNetwork;
    const anx = (
      await as('analyst.nca', EXPORT, {
        i: { scope, format: 'ANX', recipients: ['CPS North West'], grading: { sourceEvaluation: 1, assessment: 'B', handlingCode: 'P' } },
      })
    ).exportNetwork;
    for (const exported of [graphml, anx]) {
      const [file] = exported.files;
      expect(XMLValidator.validate(file.content)).toBe(true);
      expect(file.content).toContain('Dwayne Mercer');
      expect(file.content).toContain('Kai Brennan');
      const disclosures = await count(
        `MATCH (e:AuditEvent {action: 'Mutation.exportNetwork', operation: 'DISCLOSURE'}) WHERE e.records = $records AND 'CPS North West' IN e.recipients`,
        { records: exported.records },
      );
      expect(disclosures).toBeGreaterThanOrEqual(1);
    }
    expect(anx.files[0].name).toBe('network.anx');
  });
});

describe('loading the demo again', () => {
  it('finds it by a direct lookup however many cases came after it, and adds nothing', async () => {
    // More GMP cases than any first page holds, all newer than the demo's.
    const token = await tokenFor('detective.gmp');
    for (let i = 0; i < 105; i += 15) {
      await Promise.all(
        Array.from({ length: 15 }, (_, j) =>
          query(testEnv().gatewayUrl, token, 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { reference } }', {
            i: { title: `Later case ${i + j}` },
          }),
        ),
      );
    }
    expect((await loadDemo(testEnv().gatewayUrl, testEnv().keycloakUrl)).loaded).toBe(false);
    expect(await count("MATCH (o:Operation {name: 'Operation Larkspur'})")).toBe(1);
    expect(await count('MATCH (c:Case {title: $t})', { t: DEMO_MARKER })).toBe(1);
  }, 120_000);
});
