import { CrosslinkError } from '@crosslink/common';
import type { LinkKind, NetworkNode, NodeKind } from './network.model.js';

/** Joins the fields of a link as read (UUIDs and kind names, which never hold it): the ASCII unit separator. */
export const LINK_FIELD_SEPARATOR = '\u001f';

/**
 * What one read of links around a frontier returns (linksAround in network.cypher.ts): the links as
 * stored, the cases they name that exist and pass the scope's filter, and the records at their far
 * ends the caller did not already hold — each case and record once, with whether the viewer may see it.
 */
export interface LinksRead {
  /** `nearId␟kind␟caseId␟farId␟farKind` (caseId empty when the link names none). */
  readonly links: readonly string[];
  readonly cases: readonly (readonly [id: string, reference: string | null, force: string, shown: boolean])[];
  /** `[id, kind, label, foreign]` for a record the viewer may see; `[id, kind]` for one they may not. */
  readonly records: readonly (readonly [id: string, kind: NodeKind, label?: string | null, foreign?: boolean])[];
}

/** A link as read around a frontier: shown (with its far record) or withheld (only its force). */
export type LinkRow =
  | {
      readonly nearId: string;
      readonly link: {
        readonly kind: LinkKind;
        readonly farId: string;
        readonly farKind: NodeKind;
        readonly farLabel: string | null;
        readonly farForeign: boolean;
        readonly caseId: string | null;
        readonly caseReference: string | null;
        readonly force: string | null;
      };
      readonly withheldBy: null;
    }
  | { readonly nearId: string; readonly link: null; readonly withheldBy: string | null };

/**
 * Joins a read into one row per distinct link. A link is shown when the case asserting it and the
 * record at its far end are both visible (a record in `known` was read visible by the caller);
 * otherwise only its near end and the force owning that case remain — a withheld marker, never the
 * far record, the link's kind or its case. A link between two records of the `frontier` was read
 * from one end only, so when it is withheld both ends get the marker. A link whose case does not
 * exist or falls outside the filter is left out altogether. SAME_PERSON, a reviewer's decision, names
 * no case: it is shown when its far record is visible, and otherwise left out, since a decision is
 * seen only beside both of its records and no force owns it to be named.
 */
export function joinLinks(read: LinksRead, known: ReadonlyMap<string, NetworkNode> = new Map(), frontier: ReadonlySet<string> = new Set()): LinkRow[] {
  const cases = new Map(read.cases.map((c) => [c[0], c]));
  const records = new Map(read.records.map((r) => [`${r[1]}:${r[0]}`, r]));
  const seen = new Set<string>();
  const rows: LinkRow[] = [];
  for (const packed of read.links) {
    const fields = packed.split(LINK_FIELD_SEPARATOR);
    if (fields.length !== 5) throw new CrosslinkError('INTERNAL', 'A link read back malformed: an id holds the field separator');
    const [nearId, kind, caseId, farId, farKind] = fields as [string, LinkKind, string, string, NodeKind];
    if (kind === 'SAME_PERSON') {
      const far = farRecord(known, records, farId, farKind);
      const key = `${nearId}\u0000${kind}\u0000${farKind}:${farId}\u0000`;
      if (far === null || seen.has(key)) continue;
      seen.add(key);
      rows.push({
        nearId,
        link: { kind, farId, farKind, farLabel: far.label, farForeign: far.foreign, caseId: null, caseReference: null, force: null },
        withheldBy: null,
      });
      continue;
    }
    const asserting = cases.get(caseId);
    if (asserting === undefined) continue;
    const [, caseReference, force, caseShown] = asserting;
    const far = farRecord(known, records, farId, farKind);
    if (caseShown && far !== null) {
      const key = `${nearId}\u0000${kind}\u0000${farKind}:${farId}\u0000${caseId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ nearId, link: { kind, farId, farKind, farLabel: far.label, farForeign: far.foreign, caseId, caseReference, force }, withheldBy: null });
    } else {
      for (const end of frontier.has(farId) ? [nearId, farId] : [nearId]) {
        const key = `${end}\u0000withheld\u0000${force}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push({ nearId: end, link: null, withheldBy: force });
      }
    }
  }
  return rows;
}

/** The far record's label and foreign flag when the viewer may see it; null when not. */
function farRecord(
  known: ReadonlyMap<string, NetworkNode>,
  records: ReadonlyMap<string, LinksRead['records'][number]>,
  id: string,
  kind: NodeKind,
): { label: string | null; foreign: boolean } | null {
  const held = known.get(id);
  if (held !== undefined && held.kind === kind) return { label: held.label, foreign: held.foreign };
  const read = records.get(`${kind}:${id}`);
  if (read === undefined || read.length <= 2) return null;
  return { label: read[2] ?? null, foreign: read[3] === true };
}
