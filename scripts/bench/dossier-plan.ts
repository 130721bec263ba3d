// The database work of the gateway's plan for the dossier, with nothing else: the statements the
// subgraphs' own repositories run for each call, in the order the plan needs them (from cases, the
// case and its timeline, then the events' places; then from entities, its people and then their
// addresses, beside its objects), and the one audit append the gateway makes. No HTTP, no GraphQL, no token checks. What the gateway
// takes beyond this is what the services themselves add; this much any federated answer pays.
import { AuditedWriter, Neo4jExecutor, type ViewerParams } from '@crosslink/common';
import type { Driver } from 'neo4j-driver';
import { AddressRepository } from '../../services/entities/src/address/address.repository.js';
import { CaseRepository } from '../../services/cases/src/case/case.repository.js';
import { EventRepository } from '../../services/cases/src/event/event.repository.js';
import { ObjectRepository } from '../../services/entities/src/object/object.repository.js';
import { PersonRepository } from '../../services/entities/src/person/person.repository.js';

const PAGE = 50;

export function planStatements(driver: Driver, viewer: ViewerParams, appendAudit: () => Promise<unknown>): (reference: string) => Promise<void> {
  const db = new Neo4jExecutor(driver, 'neo4j', 'benchmark');
  // The plan only reads; its repositories are built as the services build them.
  const audited = new AuditedWriter(db, 'benchmark');
  const cases = new CaseRepository(db, audited);
  const events = new EventRepository(db, audited);
  const people = new PersonRepository(db, audited);
  const objects = new ObjectRepository(db, audited);
  const addresses = new AddressRepository(db);
  const meta = { requestId: 'bench' };

  return async (reference) => {
    const [found, timeline] = await Promise.all([
      cases.byReferences([reference], viewer, meta),
      events.timelineOfReference(reference, null, PAGE + 1, viewer, meta),
    ]);
    const subject = found.get(reference);
    if (subject === undefined || timeline === null) throw new Error(`case ${reference} is not visible to the benchmark's viewer`);
    // The cases service reads the events' places once it has the timeline, in the same call.
    await events.places(
      timeline.events.flatMap((e) => (e.locationId === null ? [] : [e.locationId])),
      viewer,
      meta,
    );
    // Then entities: the people, and their addresses once it has them, beside the objects.
    const page = { key: subject.id, parentId: subject.id, limit: PAGE + 1, afterAt: null, afterId: null };
    await Promise.all([
      people.involvementsOfCases([subject.id], viewer, meta).then((involved) =>
        addresses.ofPeople(
          (involved.get(subject.id)?.people ?? []).map((i) => i.person.id),
          viewer,
          meta,
        ),
      ),
      objects.ofCases([page], viewer, meta),
    ]);
    await appendAudit();
  };
}
