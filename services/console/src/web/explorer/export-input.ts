import type { LinkKind, NetworkExportFormat } from '../api/schema-enums.js';
import type { ExportFile, NetworkScope } from './network-fields.js';

/** The export form as typed. */
export interface ExportDraft {
  format: NetworkExportFormat;
  purpose: string;
  /** One recipient a line. */
  recipients: string;
  sourceEvaluation: string;
  assessment: string;
  handlingCode: string;
  conditions: string;
}

export const emptyDraft = (purpose: string | null): ExportDraft => ({
  format: 'GRAPHML',
  purpose: purpose ?? '',
  recipients: '',
  sourceEvaluation: '2',
  assessment: 'B',
  handlingCode: 'P',
  conditions: '',
});

export interface ExportInput {
  scope: NetworkScope;
  format: NetworkExportFormat;
  recipients: string[];
  via: LinkKind[] | null;
  limit: number;
  grading?: { sourceEvaluation: number; assessment: string; handlingCode: string; handlingConditions: string | null };
}

export type ExportProblems = Partial<Record<'purpose' | 'recipients' | 'conditions', string>>;

export function recipientsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * What the gateway would refuse in the form: ExportNetworkInput's rules, and the purpose's as
 * `purposeProblem` (api/purpose.ts, given by the caller: it reads the browser's session storage) judges it.
 */
export function exportProblems(draft: ExportDraft, purposeProblem: (text: string) => string | null): ExportProblems {
  const problems: ExportProblems = {};
  const purpose = purposeProblem(draft.purpose);
  if (purpose !== null) problems.purpose = purpose;
  const recipients = recipientsOf(draft.recipients);
  if (recipients.length === 0) problems.recipients = 'Name who receives the export, e.g. CPS North West.';
  else if (recipients.length > 10) problems.recipients = 'Name at most 10 recipients.';
  else if (recipients.some((name) => name.length < 2 || name.length > 200)) problems.recipients = 'Each recipient takes 2 to 200 characters.';
  if (draft.format === 'ANX' && draft.handlingCode === 'C' && draft.conditions.trim() === '') problems.conditions = 'Handling code C needs its conditions.';
  return problems;
}

/** ExportNetworkInput for the view; ANX charts carry the grade given, other formats none. */
export function exportInput(draft: ExportDraft, scope: NetworkScope, via: LinkKind[] | null, limit: number): ExportInput {
  const input: ExportInput = { scope, format: draft.format, recipients: recipientsOf(draft.recipients), via, limit };
  if (draft.format === 'ANX') {
    input.grading = {
      sourceEvaluation: Number(draft.sourceEvaluation),
      assessment: draft.assessment,
      handlingCode: draft.handlingCode,
      handlingConditions: draft.handlingCode === 'C' ? draft.conditions.trim() : null,
    };
  }
  return input;
}

/** A file of the export as something to download: a Blob of its inline text under its name. */
export function fileBlob(file: ExportFile): Blob {
  return new Blob([file.content], { type: file.mediaType });
}
