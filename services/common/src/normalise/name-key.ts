/**
 * A person's name as hits on entry compare it: surname and forenames, trimmed, spaces collapsed and
 * lower case ("  Florin  DUMITRU" and "florin dumitru" are one name). Exact after this; scored
 * matching (nicknames, transliterations, typos) belongs to resolution. Migration 0025 writes the
 * same key on people recorded before it, with the same rule in Cypher.
 */
export function nameKey(forenames: string, surname: string): string {
  const part = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return `${part(surname)}|${part(forenames)}`;
}
