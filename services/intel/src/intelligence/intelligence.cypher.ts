import { cypher, handlingAllows, int, keysetCondition, keysetParams, type CursorKey, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { IntelligenceItem, NewIntelligence } from './intelligence.model.js';
import { anySubjectOwn, anySubjectVisible, seenThroughRecordingForce, subjectLabels, subjectVisible, type SubjectKind } from './subject.js';

/**
 * An item as every statement returns it. `force` is the force that recorded it; `foreign` says
 * whether the viewer sees its subject only through other forces' cases (the answer then needs a purpose).
 */
const item = `i {
  __typename: 'IntelligenceItem', .id, .subjectKind, .subjectId, .text, .classification, .caveats, .force, .recordedBy,
  recordedAt: toString(i.recordedAt),
  grading: { sourceEvaluation: i.sourceEvaluation, assessment: i.assessment, handlingCode: i.handlingCode,
             handlingConditions: i.handlingConditions, legacy: i.legacy },
  foreign: NOT EXISTS { MATCH (i)-[:ABOUT]->(own) WHERE ${anySubjectOwn('own')} }
}`;

/**
 * An item is visible when its subject is, through a case of the item's own force (see
 * seenThroughRecordingForce), and its own classification and caveats allow it.
 */
const visible = `${handlingAllows('i')} AND EXISTS { MATCH (i)-[:ABOUT]->(s) WHERE ${anySubjectVisible('s')} AND ${seenThroughRecordingForce('i', 's')} }`;

/** Records an item about a visible subject. No row when the subject is unknown or hidden. */
export function createItem(input: NewIntelligence, viewer: ViewerParams): CypherQuery<{ item: IntelligenceItem }> {
  const label = subjectLabels[input.subjectKind];
  return cypher(
    `MATCH (s:${label} {id: $subjectId}) WHERE ${subjectVisible(input.subjectKind, 's')}
     CREATE (i:IntelligenceItem {
       id: $id, subjectKind: $subjectKind, subjectId: $subjectId, text: $text,
       sourceEvaluation: $grading.sourceEvaluation, assessment: $grading.assessment,
       handlingCode: $grading.handlingCode, handlingConditions: $grading.handlingConditions, legacy: $grading.legacy,
       classification: $classification, caveats: $caveats, force: $force,
       recordedBy: $recordedBy, recordedAt: datetime()
     })-[:ABOUT]->(s)
     RETURN ${item} AS item`,
    {
      ...input,
      grading: { ...input.grading, sourceEvaluation: int(input.grading.sourceEvaluation) },
      caveats: [...input.caveats],
      ...viewer,
    },
  );
}

export function itemsByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery<{ item: IntelligenceItem }> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (i:IntelligenceItem {id: id}) WHERE ${visible}
     RETURN ${item} AS item`,
    { ids, ...viewer },
  );
}

/** Items about one subject, newest first, keyset on (recordedAt, id). */
export function itemsAbout(
  kind: SubjectKind,
  subjectId: string,
  after: CursorKey | null,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<{ item: IntelligenceItem }> {
  const label = subjectLabels[kind];
  return cypher(
    `MATCH (s:${label} {id: $subjectId}) WHERE ${subjectVisible(kind, 's')}
     MATCH (i:IntelligenceItem)-[:ABOUT]->(s) WHERE ${handlingAllows('i')} AND ${seenThroughRecordingForce('i', 's')}
       AND ($afterKey IS NULL OR ${keysetCondition('i.recordedAt', 'i.id', 'DESC', 'datetime')})
     RETURN ${item} AS item
     ORDER BY i.recordedAt DESC, i.id DESC
     LIMIT $limit`,
    { subjectId, ...keysetParams(after), limit: int(limit), ...viewer },
  );
}
