import type { MatchPerson } from './match-fields.js';

/** A person's name as the queue shows it, or a plain word when neither part is recorded. */
export function personName(person: Pick<MatchPerson, 'forenames' | 'surname'>): string {
  const name = [person.forenames, person.surname].filter((part) => part !== null && part.trim() !== '').join(' ');
  return name === '' ? 'Name not recorded' : name;
}

/** A score from 0 to 1 in words a reviewer reads at a glance. */
export function scoreWords(score: number): string {
  const percent = Math.round(Math.min(1, Math.max(0, score)) * 100);
  const band = score >= 0.85 ? 'very likely' : score >= 0.65 ? 'likely' : 'possible';
  return `${band}, ${percent}%`;
}
