/**
 * An officer: a Keycloak user of a force, known to Crosslink by username (what cases and actions
 * record). The record is collected from the officer's token when they first use Crosslink, or made
 * by a supervisor placing them in a team before then.
 */
export interface Officer {
  readonly username: string;
  /** Code of the officer's force. */
  readonly force: string;
  /** The name the realm gives them; null until they have used Crosslink. */
  readonly displayName: string | null;
  /** Team or unit within the force, e.g. "County Lines Taskforce"; null when they are in none. */
  readonly team: string | null;
}

/** An officer as another record names them (an action's holder): username and force; the rest is looked up. */
export type NamedOfficer = Officer | { readonly username: string; readonly force: string };

/** What an officer's own token says about them. */
export interface OfficerClaims {
  readonly username: string;
  /** Keycloak subject id. */
  readonly subject: string;
  readonly force: string;
  readonly displayName: string;
  readonly team: string | null;
}

/** Finds an officer's record by username (null when Crosslink has none): batched per request. */
export type OfficerLookup = (username: string) => Promise<Officer | null>;

/** The forces whose officers the caller may allocate an action to: none when they may not allocate it, or see it. */
export type AllocationForces = (actionId: string) => Promise<readonly string[]>;
