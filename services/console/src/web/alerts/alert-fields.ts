import type { AlertKind } from '../api/schema-enums.js';
import { titleCase } from '../ui/format.js';

/** What the inbox reads of an alert; acknowledging and deciding ask back for the parts they change. */
export const AccessRequestFields = `
  id status requestedBy requestedByName requestedByForce { code name } purpose requestedAt decidedBy decidedAt decisionReason
`;

export const AlertFields = `
  id kind at summary by byName byForce { code name }
  case { id reference title force { code name } }
  otherCase { id reference title force { code name } }
  knownTo { force { code name } officerInCharge }
  subject { kind value }
  accessRequest { ${AccessRequestFields} }
  action { id description dueDate status }
  operation { id name }
  detail acknowledgedAt
`;

interface ForceRef {
  code: string;
  name: string;
}

export interface CaseRef {
  id: string;
  reference: string;
  title: string;
  force: ForceRef;
}

export interface AccessRequestRow {
  id: string;
  status: string;
  requestedBy: string;
  requestedByName: string;
  requestedByForce: ForceRef;
  purpose: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface AlertRow {
  id: string;
  kind: string;
  at: string;
  summary: string;
  by: string | null;
  byName: string | null;
  byForce: ForceRef | null;
  case: CaseRef | null;
  otherCase: CaseRef | null;
  knownTo: { force: ForceRef; officerInCharge: string } | null;
  subject: { kind: string; value: string } | null;
  accessRequest: AccessRequestRow | null;
  action: { id: string; description: string; dueDate: string | null; status: string } | null;
  operation: { id: string; name: string } | null;
  detail: string | null;
  acknowledgedAt: string | null;
}

const kindWords: Record<string, string> = {
  HIT_ON_ENTRY: 'Hit on a recorded value',
  SUBJECT_CHECKED: 'Subject checked',
  ACCESS_REQUESTED: 'Access requested',
  ACCESS_DECIDED: 'Access request decided',
  ACTION_ALLOCATED: 'Action allocated to you',
  LEAD_TRANSFERRED: 'Operation lead transferred',
} satisfies Record<AlertKind, string>;

/** An alert's kind as words; a kind the console does not know yet, as its enum name in words. */
export function alertKindWords(kind: string): string {
  return kindWords[kind] ?? titleCase(kind);
}
