/** A case holding the same value as a record just made, as the statement finds it. */
export interface HoldingCase {
  readonly caseId: string;
  readonly force: string;
  readonly officer: string;
  readonly visible: boolean;
}

/**
 * A hit on entry: the value just recorded is known to another case. A case the recorder may see is
 * named; one they may not see is only "known to force X", with whom to contact.
 */
export interface Hit {
  /**
   * For a hidden case, the alert its officer in charge was sent (GraphQL Hit.id; not called `id` here,
   * which with `force` would make the hit look like that force's record to the read audit): what the recorder names to ask for
   * access (requestCaseAccess). Null for a visible case, and when nobody was alerted (a retry).
   */
  readonly alertId: string | null;
  /** Set only when the recorder may see the case; the resolver never sends a hidden one's. */
  readonly caseId: string | null;
  readonly force: string;
  readonly officerInCharge: string;
}

/**
 * The hits to answer with: each visible case, then one "known to" per force and officer however
 * many of their hidden cases hold the value (a count would say more than discovery may), carrying
 * the alert raised on the first of those cases (`alerts`: case id to alert id).
 */
export function hitsFrom(holding: readonly HoldingCase[], alerts: ReadonlyMap<string, string> = new Map()): Hit[] {
  const visible = holding.filter((h) => h.visible).map((h) => ({ alertId: null, caseId: h.caseId, force: h.force, officerInCharge: h.officer }));
  const hidden = new Map<string, Hit>();
  for (const h of holding.filter((x) => !x.visible)) {
    const contact = `${h.force}\u0000${h.officer}`;
    if (!hidden.has(contact)) hidden.set(contact, { alertId: alerts.get(h.caseId) ?? null, caseId: null, force: h.force, officerInCharge: h.officer });
  }
  return [...visible, ...hidden.values()];
}

/** How a person matched one recorded elsewhere: an identifier's kind, or PERSON (name and date of birth), and the value. */
export interface PersonMatch {
  readonly kind: string;
  readonly value: string;
}

const matchStrength = ['PNC_ID', 'CRO_NUMBER', 'NI_NUMBER', 'PASSPORT', 'DRIVING_LICENCE', 'PERSON'];

/** The strongest of the ways a person matched: an identifier before name and date of birth. */
export function strongestMatch(matches: readonly PersonMatch[]): PersonMatch {
  const rank = (m: PersonMatch) => {
    const at = matchStrength.indexOf(m.kind);
    return at < 0 ? matchStrength.length : at;
  };
  const [best] = [...matches].sort((a, b) => rank(a) - rank(b));
  if (best === undefined) throw new Error('a person hit without a match');
  return best;
}
