/** What is wrong with the reason given when asking for access to a case, or null (10 to 1,000 characters). */
export function accessReasonProblem(text: string): string | null {
  const reason = text.trim();
  if (reason.length < 10) return 'Say why you need the case, for its force’s supervisors to decide (at least 10 characters).';
  if (reason.length > 1000) return 'Keep it under 1,000 characters.';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(reason)) return 'Use plain text.';
  return null;
}
