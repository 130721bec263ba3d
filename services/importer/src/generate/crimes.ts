import { type Random, Weighted } from './random.js';

/** data.police.uk's crime categories, written out, in about the shares forces record them. */
export const crimeTypes = new Weighted<string>([
  ['Violence and sexual offences', 35],
  ['Public order', 9],
  ['Criminal damage and arson', 9],
  ['Other theft', 9],
  ['Shoplifting', 8],
  ['Vehicle crime', 6.5],
  ['Burglary', 5.5],
  ['Drugs', 3],
  ['Other crime', 2.5],
  ['Theft from the person', 2],
  ['Robbery', 1.5],
  ['Bicycle theft', 1.3],
  ['Possession of weapons', 1],
]);

/** The types of the crimes woven into the graph's networks. */
export type WovenCrimeType = 'County lines' | 'Drugs' | 'Modern slavery' | 'Human trafficking' | 'Fraud' | 'Money laundering';

/** data.police.uk's outcomes, in about the shares they are recorded. */
const outcomes = new Weighted<string>([
  ['Investigation complete; no suspect identified', 34],
  ['Unable to prosecute suspect', 26],
  ['Under investigation', 11],
  ['Awaiting court outcome', 5],
  ['Status update unavailable', 4],
  ['Further investigation is not in the public interest', 3],
  ['Offender given a caution', 2.5],
  ['Local resolution', 2.5],
  ['Court result unavailable', 2],
  ['Action to be taken by another organisation', 2],
  ['Formal action is not in the public interest', 1.5],
  ['Offender sent to prison', 1.5],
  ['Offender given community sentence', 1],
  ['Offender fined', 1],
  ['Suspect charged as part of another case', 1],
  ['Offender given suspended prison sentence', 0.8],
  ['Offender given conditional discharge', 0.6],
  ['Defendant found not guilty', 0.6],
]);

/** Outcomes of crimes whose offenders are known: the woven networks' crimes have suspects. */
const suspectOutcomes = new Weighted<string>([
  ['Under investigation', 30],
  ['Awaiting court outcome', 25],
  ['Unable to prosecute suspect', 12],
  ['Offender sent to prison', 10],
  ['Suspect charged as part of another case', 8],
  ['Offender given suspended prison sentence', 5],
  ['Offender given community sentence', 5],
  ['Defendant found not guilty', 5],
]);

const charged = new Set([
  'Awaiting court outcome',
  'Offender sent to prison',
  'Offender given community sentence',
  'Offender fined',
  'Offender given suspended prison sentence',
  'Offender given conditional discharge',
  'Defendant found not guilty',
  'Court result unavailable',
]);

const charges: Readonly<Record<string, string>> = {
  'Violence and sexual offences': 'Assault occasioning actual bodily harm',
  'Public order': 'Using threatening, abusive or insulting words or behaviour',
  'Criminal damage and arson': 'Criminal damage',
  'Other theft': 'Theft',
  Shoplifting: 'Theft from a shop',
  'Vehicle crime': 'Theft from a motor vehicle',
  Burglary: 'Burglary of a dwelling',
  Drugs: 'Possession with intent to supply a controlled drug of Class A',
  'Other crime': 'Perverting the course of justice',
  'Theft from the person': 'Theft from the person',
  Robbery: 'Robbery',
  'Bicycle theft': 'Theft of a pedal cycle',
  'Possession of weapons': 'Possession of a bladed article in a public place',
  'County lines': 'Being concerned in the supply of a controlled drug of Class A',
  'Modern slavery': 'Holding a person in slavery or servitude',
  'Human trafficking': 'Arranging or facilitating the travel of another person with a view to exploitation',
  Fraud: 'Fraud by false representation',
  'Money laundering': 'Acquisition, use and possession of criminal property',
};

const notes: readonly string[] = [
  'CCTV requested',
  'Victim does not support prosecution',
  'Suspect known to victim',
  'Suspect left the scene before police arrived',
  'Forensic opportunities identified, awaiting results',
  'House-to-house enquiries completed, no witnesses',
  'Suspect described as "tall, slim, wearing a grey hoodie"',
  'Linked to series of similar offences',
  'Body-worn video captured',
  'Victim to provide statement',
];

const wovenNotes: Readonly<Record<WovenCrimeType, readonly string[]>> = {
  'County lines': [
    'Deal line phone recovered',
    'Safeguarding referral made for child',
    'Address believed cuckooed',
    'Cash and wraps of crack cocaine recovered',
  ],
  Drugs: ['Wraps of heroin and crack cocaine recovered', 'Stop and search, drugs found', 'Phone seized for examination'],
  'Modern slavery': ['National Referral Mechanism referral made', 'Victims working at a hand car wash', 'Passports held by suspect'],
  'Human trafficking': ['NRM referral made', 'Victims moved between addresses, by van', 'Interpreter required'],
  Fraud: ['Courier fraud, victim aged over 80', 'Bank impersonation call, victim transferred savings', 'Romance fraud'],
  'Money laundering': ['Money mule accounts identified', 'Funds moved through several accounts', 'Account frozen'],
};

export interface CrimeText {
  readonly outcome: string;
  readonly note: string;
  readonly charge: string;
}

/** An outcome for a crime of the type, and a note and charge where records would have them. */
export function drawCrimeText(rng: Random, type: string, woven: boolean): CrimeText {
  const outcome = (woven ? suspectOutcomes : outcomes).pick(rng);
  const wovenList = wovenNotes[type as WovenCrimeType];
  const note = woven && wovenList !== undefined && rng.chance(0.6) ? rng.pick(wovenList) : rng.chance(0.15) ? rng.pick(notes) : '';
  const charge = charged.has(outcome) ? (charges[type] ?? '') : '';
  return { outcome, note, charge };
}

/** The share of crimes of a type with a vehicle involved. */
export function vehicleChance(type: string): number {
  if (type === 'Vehicle crime') return 0.95;
  if (type === 'County lines' || type === 'Drugs' || type === 'Human trafficking') return 0.4;
  return 0.33;
}
