import { fault, recordFault, type ImportFormat, type Parsed } from '../run/import-format.js';
import { indexCaseId, type BundleContext, type RefKind } from './bundle-ids.js';
import { linkWrites, merged, mergeLinks, type LinkRow, type LinkType } from '../pole/pole.cypher.js';

const roles = new Set(['SUSPECT', 'VICTIM', 'WITNESS', 'ASSOCIATE', 'OFFENDER']);
const relations = new Set(['PARENT', 'CHILD', 'SIBLING', 'PARTNER', 'SPOUSE', 'GRANDPARENT', 'GRANDCHILD', 'AUNT_UNCLE', 'NIECE_NEPHEW', 'COUSIN', 'OTHER']);

/**
 * A relationships file of a POLE bundle. Each row's ends are looked up among the bundle's nodes
 * (by `:ID`): an end that is not there, or not of the kind the type joins, is a fault of the row.
 * PARTY_TO takes a `role` column when the bundle has one (SUSPECT otherwise); FAMILY_REL its
 * `rel_type` (PARENT, SIBLING, …). `written` is the type as the file names it (its rows' `:TYPE`),
 * when a mapping reads another type as this one; by default the type itself.
 */
export function linkFormat(type: LinkType, context: BundleContext, written: string = type): ImportFormat<LinkRow> {
  const ends = linkWrites[type];
  return {
    name: `neo4j-admin:${type}`,
    action: 'Import.neo4jAdmin',
    required: [':START_ID', ':END_ID'],
    parser: (header) => {
      return (fields): Parsed<LinkRow> => {
        const refused = recordFault(header, fields);
        if (refused !== null) return refused;
        const value = (column: string) => header.value(fields, column);
        const typed = value(':TYPE');
        if (typed !== '' && typed !== written) return fault('INVALID_VALUE', ':TYPE', `:TYPE is ${typed} in the ${written} file`);
        const from = end(value(':START_ID'), ':START_ID', ends.from);
        if ('fault' in from) return from;
        const to = end(value(':END_ID'), ':END_ID', ends.to);
        if ('fault' in to) return to;
        let detail: string | null = null;
        if (type === 'PARTY_TO') {
          detail = value('role').toUpperCase() || 'SUSPECT';
          if (!roles.has(detail)) return fault('INVALID_VALUE', 'role', `"${value('role')}" is not a role (SUSPECT, VICTIM, WITNESS, ASSOCIATE, OFFENDER)`);
        }
        if (type === 'FAMILY_REL') {
          detail = value('rel_type').toUpperCase() || 'OTHER';
          if (!relations.has(detail)) return fault('INVALID_VALUE', 'rel_type', `"${value('rel_type')}" is not a family relation`);
        }
        return { row: { from: from.row, to: to.row, detail } };
      };
    },
    write: (rows, target, run) => merged(run, mergeLinks(type, rows, indexCaseId(context), context.source, target.importedBy)),
    // A dry run counts a relationship as new: its ends may not be written yet.
    countExisting: () => ({ text: 'RETURN 0 AS known', params: {} }),
  };

  function end(id: string, column: string, kind: RefKind): Parsed<string> {
    if (id === '') return fault('MISSING_VALUE', column, `${column} is empty`);
    const ref = context.ids.get(id);
    if (ref === undefined) return fault('UNKNOWN_ID', column, `no node of the bundle has :ID ${id} (or it was rejected)`);
    if (ref.kind !== kind) return fault('INVALID_VALUE', column, `:ID ${id} is a ${ref.kind}; ${type} joins a ${ends.from} to a ${ends.to}`);
    return { row: ref.key };
  }
}
