import type { LinkKind } from '../api/schema-enums.js';
import type { ExplorerGraph, GraphKind } from './graph-types.js';
import type { Community, KeyPlayer } from './network-fields.js';

/** Node colours by kind: distinct hues on white; withheld markers are grey. */
export const kindColors: Record<GraphKind, string> = {
  PERSON: '#0b62c4',
  PHONE: '#d97706',
  VEHICLE: '#7c3aed',
  EMAIL: '#0d9488',
  ONLINE_ACCOUNT: '#db2777',
  BANK_ACCOUNT: '#4d7c0f',
  LOCATION: '#b91c1c',
  WITHHELD: '#9aa3ad',
};

export const kindNames: Record<GraphKind, string> = {
  PERSON: 'Person',
  PHONE: 'Phone',
  VEHICLE: 'Vehicle',
  EMAIL: 'Email address',
  ONLINE_ACCOUNT: 'Online account',
  BANK_ACCOUNT: 'Bank account',
  LOCATION: 'Location',
  WITHHELD: 'Known to another force',
};

/** Link colours by kind, lighter than the nodes so the records stand out. */
export const linkColors: Record<LinkKind | 'WITHHELD', string> = {
  KNOWS: '#8fa9cc',
  FAMILY_REL: '#c98fbd',
  LIVES_WITH: '#c4a175',
  KNOWS_SN: '#a497d6',
  KNOWS_PHONE: '#d8b27c',
  CO_OFFENDING: '#d9726f',
  HOLDS_PHONE: '#e8b98a',
  KEEPS_VEHICLE: '#b7a6e0',
  USES_EMAIL: '#7fc4bb',
  HOLDS_ONLINE_ACCOUNT: '#e6a1c4',
  HOLDS_BANK_ACCOUNT: '#a9c98a',
  LIVES_AT: '#e09c9c',
  SAME_PERSON: '#6f8f6a',
  WITHHELD: '#c8ced6',
};

/** What is not on a highlighted path. */
export const dimmedNode = '#e3e7ec';
export const dimmedEdge = '#eef1f4';

/** Community colours, largest group first; groups past the palette share the last grey. */
export const communityPalette = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#393b79',
  '#ad494a',
  '#637939',
];
export const otherCommunity = '#b8bec7';

export function baseSizeOf(kind: GraphKind): number {
  if (kind === 'PERSON') return 5;
  if (kind === 'WITHHELD') return 3;
  return 4;
}

export const MAX_SCORED_SIZE = 18;

/**
 * Sizes the key players by score (square root, so area follows the score) between their base size
 * and MAX_SCORED_SIZE; every other record goes back to its base size. Answers how many were in view.
 */
export function applyScores(graph: ExplorerGraph, players: readonly Pick<KeyPlayer, 'node' | 'score'>[]): number {
  const top = players.reduce((most, player) => Math.max(most, player.score), 0);
  const scores = new Map(players.map((player) => [player.node.id, player.score]));
  let shown = 0;
  graph.updateEachNodeAttributes((node, attributes) => {
    const score = scores.get(node);
    if (score === undefined) return { ...attributes, size: attributes.baseSize, score: null };
    shown += 1;
    const share = top > 0 ? Math.sqrt(Math.max(score, 0) / top) : 0;
    return { ...attributes, size: attributes.baseSize + share * (MAX_SCORED_SIZE - attributes.baseSize), score };
  });
  return shown;
}

export function clearScores(graph: ExplorerGraph): void {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, size: attributes.baseSize, score: null }));
}

export interface LegendEntry {
  index: number;
  size: number;
  color: string;
  /** Members of the group in the view. */
  inView: number;
}

/** Colours each record by its community (groups come largest first); records in none keep their kind's colour. */
export function applyCommunities(graph: ExplorerGraph, groups: readonly Community[]): LegendEntry[] {
  const of = new Map<string, number>();
  groups.forEach((group, position) => group.members.forEach((member) => of.set(member.id, position)));
  const inView = groups.map(() => 0);
  graph.updateEachNodeAttributes((node, attributes) => {
    const position = of.get(node);
    if (position === undefined) return { ...attributes, color: attributes.kindColor, community: null };
    inView[position] = (inView[position] ?? 0) + 1;
    return { ...attributes, color: communityColor(position), community: groups[position]?.index ?? null };
  });
  return groups.map((group, position) => ({ index: group.index, size: group.size, color: communityColor(position), inView: inView[position] ?? 0 }));
}

export function communityColor(position: number): string {
  return communityPalette[position] ?? otherCommunity;
}

export function clearCommunities(graph: ExplorerGraph): void {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, color: attributes.kindColor, community: null }));
}

/**
 * Sigma's labelRenderedSizeThreshold by density: every label on a small graph, only the larger
 * (key players, zoomed-in) records' on a dense one; sigma's label grid thins them out besides.
 */
export function labelThreshold(order: number): number {
  if (order <= 200) return 0;
  if (order <= 1_000) return 5;
  if (order <= 3_000) return 7;
  return 9;
}
