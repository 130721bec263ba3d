import { Weighted } from './random.js';
import type { Role } from './weave.js';

/**
 * The shape of an ordinary force's population, as the generator draws it: household sizes, how
 * many parties a crime has and in what role, how many acquaintances, social and phone friends a
 * person has, officers' ranks, the hours calls are made in, and how many officers and crimes a
 * force of a given size has. Loosely after published household and crime statistics, not fitted to them.
 */

export const householdSizes = new Weighted<number>([
  [1, 30],
  [2, 34],
  [3, 15],
  [4, 13],
  [5, 5],
  [6, 3],
]);

export const partyCounts = new Weighted<number>([
  [0, 80],
  [1, 15],
  [2, 5],
]);

export const partyRoles = new Weighted<Role>([
  ['SUSPECT', 40],
  ['VICTIM', 40],
  ['WITNESS', 20],
]);

export const knowsCounts = new Weighted<number>([
  [0, 48],
  [1, 34],
  [2, 13],
  [3, 5],
]);

export const socialCounts = new Weighted<number>([
  [0, 70],
  [1, 20],
  [2, 10],
]);

export const phoneFriendCounts = new Weighted<number>([
  [0, 60],
  [1, 30],
  [2, 10],
]);

export const ranks = new Weighted<string>([
  ['Constable', 35],
  ['DC', 25],
  ['Sergeant', 15],
  ['DS', 12],
  ['Inspector', 7],
  ['DI', 6],
]);

/** Hours calls are made in: few at night. */
export const callHours = new Weighted<number>(Array.from({ length: 24 }, (_, h) => [h, h < 7 ? 1 : h < 9 ? 4 : h < 22 ? 8 : 4] as const));

/** Officers: a handful, more for a larger force. */
export function officerCount(people: number): number {
  return Math.min(60, 3 + Math.floor(people / 3000));
}

/** Crimes: about 0.4 per person, never fewer than the woven crimes, at least one. */
export function crimeCount(people: number, woven: number): number {
  return Math.max(1, woven, Math.round(people * 0.4));
}
