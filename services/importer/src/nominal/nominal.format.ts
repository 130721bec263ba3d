import type { CypherQuery } from '@crosslink/common';
import type { BatchWritten, ImportFormat } from '../run/import-format.js';
import {
  knownKeys,
  merged,
  mergeLinks,
  mergeLocations,
  mergeObjects,
  mergePeople,
  type LinkType,
  type MergedRow,
  type ObjectKind,
} from '../pole/pole.cypher.js';
import { nominalParser, type Nominal } from './nominal.parse.js';

/** The case a nominal list goes into: one of the importing force's. */
export interface NominalCase {
  readonly id: string;
  readonly reference: string;
}

const holds: Readonly<Record<ObjectKind, LinkType>> = { Phone: 'HAS_PHONE', EmailAddress: 'HAS_EMAIL', Vehicle: 'HAS_VEHICLE' };

/**
 * Nominal lists: people with their identifiers, phones, e-mail addresses, vehicles and address,
 * recorded in a named case as recordPerson, recordPhone and recordAddress would record them there,
 * in the role the list gives (SUSPECT when it gives none).
 */
export function nominalFormat(target: NominalCase, today = new Date()): ImportFormat<Nominal> {
  return {
    name: `nominal:${target.reference}`,
    action: 'Import.nominal',
    required: ['forenames', 'surname'],
    parser: (header) => nominalParser(header, target.reference, today),

    async write(rows, importing, run) {
      const by = importing.importedBy;
      const written: BatchWritten[] = [];
      const merge = async (query: CypherQuery<MergedRow>) => written.push(await merged(run, query));
      await merge(
        mergePeople(
          rows.map((r) => r.person),
          target.id,
          by,
        ),
      );
      for (const kind of Object.keys(holds) as ObjectKind[]) {
        const held = rows.flatMap((r) => r.objects.filter((o) => o.kind === kind).map((o) => ({ person: r.person.sourceKey, object: o.row })));
        if (held.length === 0) continue;
        await merge(
          mergeObjects(
            kind,
            held.map((h) => h.object),
            target.id,
            by,
          ),
        );
        await merge(
          mergeLinks(
            holds[kind],
            held.map((h) => ({ from: h.person, to: h.object.key })),
            target.id,
            `nominal:${target.reference}`,
            by,
          ),
        );
      }
      const homes = rows.filter((r) => r.address !== null).map((r) => ({ person: r.person.sourceKey, address: r.address! }));
      if (homes.length > 0) {
        await merge(
          mergeLocations(
            homes.map((h) => h.address),
            target.id,
            by,
          ),
        );
        await merge(
          mergeLinks(
            'CURRENT_ADDRESS',
            homes.map((h) => ({ from: h.person, to: h.address.addressKey })),
            target.id,
            `nominal:${target.reference}`,
            by,
          ),
        );
      }
      // A row counts as created when its person is new to the case; what else a batch writes (a phone
      // added to a person already there) is in its records, and so in its audit event.
      return { created: written[0]?.created ?? 0, records: written.flatMap((w) => w.records) };
    },

    countExisting: (rows) =>
      knownKeys(
        'Person',
        rows.map((r) => r.person.sourceKey),
      ),
  };
}
