import { caseVisible, locationInOwnForceCase, locationVisible, ownForceCase, personInOwnForceCase, personVisible } from '@crosslink/common';
import type { IntelligenceSubjectKind } from '../generated/schema-types.js';

/**
 * What an intelligence item may be about, and the label each kind is stored under. Labels reach
 * Cypher only from this table, never from input.
 */
export const subjectLabels = {
  CASE: 'Case',
  PERSON: 'Person',
  LOCATION: 'Location',
} as const satisfies Record<IntelligenceSubjectKind, string>;

export type SubjectKind = IntelligenceSubjectKind;

/** Whether the viewer may see the subject bound to `variable`, by the rules for its kind. */
export function subjectVisible(kind: SubjectKind, variable: string): string {
  switch (kind) {
    case 'CASE':
      return caseVisible(variable);
    case 'PERSON':
      return personVisible(variable);
    case 'LOCATION':
      return locationVisible(variable);
  }
}

/** Any-kind form, for reading items whose subject kind comes from the graph. */
export function anySubjectVisible(variable: string): string {
  return `(${(Object.keys(subjectLabels) as SubjectKind[])
    .map((kind) => `(${variable}:${subjectLabels[kind]} AND ${subjectVisible(kind, variable)})`)
    .join(' OR ')})`;
}

/**
 * Whether the subject bound to `variable` is the viewer's own force's data: a case of their force,
 * or a person or location in one. Anything else they see is another force's, and needs a purpose.
 */
export function anySubjectOwn(variable: string): string {
  return `((${variable}:Case AND ${ownForceCase(variable)}) OR (${variable}:Person AND ${personInOwnForceCase(variable)}) OR (${variable}:Location AND ${locationInOwnForceCase(variable)}))`;
}

/**
 * Whether the viewer may read item `item` about the subject bound to `subject`, as its recording
 * force's data: an item is its force's, so beyond seeing the subject the viewer must be of that
 * force or see the subject through one of that force's cases (shared with them, in an operation
 * they take part in, or from the hub). A person or place two forces share carries each force's
 * intelligence only to those who may see that force's case — seeing it through their own case is
 * not enough. An item about a case follows the case; a place is held by the cases that record it
 * (RECORDED_IN), as it is for locationVisible.
 */
export function seenThroughRecordingForce(item: string, subject: string): string {
  const forceCase = (path: string) => `EXISTS { MATCH ${path} WHERE rc.force = ${item}.force AND ${caseVisible('rc')} }`;
  return `(${item}.force = $viewer.force
    OR (${subject}:Case AND ${caseVisible(subject)})
    OR (${subject}:Person AND ${forceCase(`(${subject})-[:INVOLVED_IN]->(rc:Case)`)})
    OR (${subject}:Location AND ${forceCase(`(${subject})-[:RECORDED_IN]->(rc:Case)`)}))`;
}
