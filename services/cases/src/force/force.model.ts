export const forceKinds = ['TERRITORIAL', 'SPECIAL', 'NATIONAL', 'REGIONAL'] as const;
export type ForceKind = (typeof forceKinds)[number];

export interface Force {
  readonly code: string;
  readonly name: string;
  readonly kind: ForceKind;
}
