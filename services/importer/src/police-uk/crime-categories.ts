/**
 * data.police.uk's street-level crime categories, as its files write them, and the crime type each
 * becomes in Crosslink (the first fourteen of the cases service's crime types are these categories).
 */
const categories: Readonly<Record<string, string>> = {
  'anti-social behaviour': 'ANTI_SOCIAL_BEHAVIOUR',
  'bicycle theft': 'BICYCLE_THEFT',
  burglary: 'BURGLARY',
  'criminal damage and arson': 'CRIMINAL_DAMAGE_AND_ARSON',
  drugs: 'DRUGS',
  'other theft': 'OTHER_THEFT',
  'possession of weapons': 'POSSESSION_OF_WEAPONS',
  'public order': 'PUBLIC_ORDER',
  robbery: 'ROBBERY',
  shoplifting: 'SHOPLIFTING',
  'theft from the person': 'THEFT_FROM_THE_PERSON',
  'vehicle crime': 'VEHICLE_CRIME',
  'violence and sexual offences': 'VIOLENCE_AND_SEXUAL_OFFENCES',
  'other crime': 'OTHER_CRIME',
  // Categories data.police.uk used before May 2013, folded into the current ones.
  'violent crime': 'VIOLENCE_AND_SEXUAL_OFFENCES',
  'public disorder and weapons': 'PUBLIC_ORDER',
};

/** The crime type of a category as written in a file (case and spacing aside), or null when it is not one. */
export function crimeTypeOf(category: string): string | null {
  return categories[category.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/**
 * Outcomes under which a crime is still being worked; any other outcome (a charge, a caution, "no
 * suspect identified", …) ends it, and its case is imported CLOSED.
 */
const openOutcomes = new Set(['', 'under investigation', 'awaiting court outcome', 'status update unavailable']);

export function outcomeIsOpen(outcome: string | null): boolean {
  return openOutcomes.has((outcome ?? '').trim().toLowerCase());
}
