import { nicknames } from '@crosslink/common';

/**
 * How two records' names compare, for match suggestions. Forces record one person with slips: a
 * surname mistyped, a forename as its short form, a surname joined to another by a hyphen. These
 * rules say which of those two names show; anything else is not the same name.
 *
 * Names are compared case-, accent- and space-insensitively (see nameForm): "José  Smith-Jones",
 * "jose smithjones" and "JOSE SMITH JONES" are one name.
 */

/**
 * How two surnames agree: the same, one slip apart, one slip apart but short (which alone says
 * little: "Lee" and "Lew" are two names), or one a hyphen part of the other.
 */
export type SurnameAgreement = 'SAME' | 'TYPO' | 'SHORT_SLIP' | 'HYPHENATED';

/** How two forenames agree: the same, or one a known short form of the other (or both of one name). */
export type ForenameAgreement = 'SAME' | 'NICKNAME';

/** Shortest surname (in letters, after nameForm) a single slip is read as a typo in: "Lee" and "Lew" are two names. */
export const MIN_TYPO_LENGTH = 4;

/**
 * A name as it is compared: accents stripped (é → e), lower case, and without spaces, hyphens,
 * apostrophes or full stops, so that only the letters count ("O'Brien" is "obrien").
 */
export function nameForm(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-'’‘`.]/gu, '');
}

/**
 * The optimal-string-alignment (restricted Damerau–Levenshtein) distance: how many slips turn one
 * string into the other, a slip being one letter inserted, left out or changed, or two
 * neighbouring letters transposed. Counted in code points.
 */
export function slipDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  // Three rows of the table: two back (for transpositions), the last one, and this one.
  let twoBack: number[] = [];
  let last = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, twoBack[j - 2]! + 1);
      row.push(best);
    }
    twoBack = last;
    last = row;
  }
  return last[y.length]!;
}

/** The parts of a hyphenated surname, each as compared ("Smith-Jones" → smith, jones). */
function hyphenParts(surname: string): string[] {
  return surname
    .split(/[-‐‑]/u)
    .map(nameForm)
    .filter((part) => part !== '');
}

/**
 * How two surnames agree, or null when they do not:
 *
 * - SAME: equal as compared;
 * - TYPO: one slip apart (a letter changed, added or left out, or two neighbours transposed),
 *   both at least MIN_TYPO_LENGTH letters long;
 * - SHORT_SLIP: one slip apart, one of them shorter than that (the scorer asks more of the rest);
 * - HYPHENATED: one holds a hyphen and every part of the other is one of its parts
 *   ("Smith" and "Smith-Jones", "Jones-Smith" and "Smith-Jones").
 */
export function compareSurnames(a: string, b: string): SurnameAgreement | null {
  const [x, y] = [nameForm(a), nameForm(b)];
  if (x === '' || y === '') return null;
  if (x === y) return 'SAME';
  if (slipDistance(x, y) === 1) return Math.min([...x].length, [...y].length) >= MIN_TYPO_LENGTH ? 'TYPO' : 'SHORT_SLIP';
  const [partsA, partsB] = [hyphenParts(a), hyphenParts(b)];
  if (partsA.length > 1 || partsB.length > 1) {
    const [fewer, more] = partsA.length <= partsB.length ? [partsA, partsB] : [partsB, partsA];
    if (fewer.every((part) => more.includes(part))) return 'HYPHENATED';
  }
  return null;
}

/** Each name of the table (as compared) with the full names it is a short form of, and the short forms it has. */
const nameTable = (() => {
  const fullNamesOf = new Map<string, Set<string>>();
  const shortFormsOf = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, key: string, value: string) => {
    const values = table.get(key) ?? new Set<string>();
    values.add(value);
    table.set(key, values);
  };
  for (const [full, shorts] of Object.entries(nicknames)) {
    for (const short of shorts) {
      add(shortFormsOf, nameForm(full), nameForm(short));
      add(fullNamesOf, nameForm(short), nameForm(full));
    }
  }
  return { fullNamesOf, shortFormsOf };
})();

/**
 * Whether two first names are one name by the nickname table (services/common nicknames.ts), read
 * both ways: "Bob" and "Robert" (a short form and its full name, in either order), and "Bob" and
 * "Rob" (two short forms of one full name). Two full names sharing a short form (Patrick and
 * Patricia, both "Pat") are not one name. A name is not its own nickname.
 */
export function nicknameOf(a: string, b: string): boolean {
  const [x, y] = [nameForm(a), nameForm(b)];
  if (x === '' || y === '' || x === y) return false;
  if (nameTable.shortFormsOf.get(x)?.has(y) === true || nameTable.shortFormsOf.get(y)?.has(x) === true) return true;
  const fullsOfX = nameTable.fullNamesOf.get(x);
  const fullsOfY = nameTable.fullNamesOf.get(y);
  return fullsOfX !== undefined && fullsOfY !== undefined && [...fullsOfX].some((full) => fullsOfY.has(full));
}

/** Whether the name is a full name of the nickname table (one with short forms), as Robert is. */
export function hasShortForms(name: string): boolean {
  return nameTable.shortFormsOf.has(nameForm(name));
}

/** The first given name of a record's forenames ("Robert James" → "Robert"). */
export function firstName(forenames: string): string {
  return forenames.trim().split(/\s+/u)[0] ?? '';
}

/**
 * How two records' forenames agree, or null when they do not: SAME when equal as compared (every
 * given name), NICKNAME when the first given names are one name by the nickname table ("Bob" and
 * "Robert James"; the rest is not compared, as a short form is usually written alone).
 */
export function compareForenames(a: string, b: string): ForenameAgreement | null {
  const [x, y] = [nameForm(a), nameForm(b)];
  if (x === '' || y === '') return null;
  if (x === y) return 'SAME';
  return nicknameOf(firstName(a), firstName(b)) ? 'NICKNAME' : null;
}
