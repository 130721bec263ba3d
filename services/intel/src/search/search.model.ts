import type { SearchKind as SchemaSearchKind } from '../generated/schema-types.js';

export type SearchKind = SchemaSearchKind;

/** A record that matched a search, as read under the viewer's visibility. */
export interface SearchRow {
  readonly kind: SearchKind;
  readonly id: string;
  /** The text of the record that matched (a person's name, or an alias of theirs; a case's reference and title; an address; a phone's number, a vehicle's registration mark). */
  readonly texts: readonly string[];
  readonly foreign: boolean;
}
