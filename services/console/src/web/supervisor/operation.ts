/** A case reference as typed, without the spaces around it (references are exact, e.g. GMP-2026-00042). */
export function normaliseReference(text: string): string {
  return text.trim();
}

/** What is wrong with a reference typed to add a case, or null. */
export function referenceProblem(text: string, inOperation: readonly string[]): string | null {
  const reference = normaliseReference(text);
  if (reference === '') return 'Give the reference of the case to add, e.g. GMP-2026-00042.';
  if (/\s/.test(reference)) return 'A reference has no spaces, e.g. GMP-2026-00042.';
  if (inOperation.includes(reference)) return `${reference} is already in this operation.`;
  return null;
}

/** What is wrong with the reason for a decision on an operation (kept with it, 1 to 1,000 characters), or null. */
export function decisionReasonProblem(text: string): string | null {
  const reason = text.trim();
  if (reason === '') return 'Give a reason: it is kept with the decision.';
  if (reason.length > 1000) return 'Keep the reason under 1,000 characters.';
  return null;
}

/** The roles that open the operations and each operation's board (the navigation's Operations). */
export const operationBoardRoles: readonly string[] = ['supervisor', 'analyst', 'detective'];

/** Where an operation's board is. */
export function operationPath(id: string): string {
  return `/operations/${encodeURIComponent(id)}`;
}
