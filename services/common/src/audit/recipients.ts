import { validationError } from '../errors/crosslink-error.js';

const RECIPIENTS_MAX = 10;
const RECIPIENT_MAX = 200;

/**
 * The recipients of a disclosure (a case or network export), as the audit records them: 1-10 names,
 * each 2-200 printable characters, trimmed, without repeats (first spelling kept).
 */
export function recipientList(values: readonly string[], field: string): string[] {
  const seen = new Set<string>();
  const recipients = values.map((v) => v.trim()).filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
  if (recipients.length === 0) throw validationError(field, 'Name who receives the export');
  if (recipients.length > RECIPIENTS_MAX) throw validationError(field, `At most ${RECIPIENTS_MAX} recipients`);
  recipients.forEach((recipient, i) => {
    if (recipient.length < 2 || recipient.length > RECIPIENT_MAX || [...recipient].some(isControl)) {
      throw validationError(`${field}.${i}`, `A recipient is 2-${RECIPIENT_MAX} printable characters`);
    }
  });
  return recipients;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
