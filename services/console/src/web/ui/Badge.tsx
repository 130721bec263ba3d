import type { ReactNode } from 'react';

/** A record's owning force, marked when it is not the viewer's own. */
export function ForceBadge({ code, own }: { code: string; own: string }) {
  const foreign = code !== own;
  return (
    <span className={`badge force ${foreign ? 'foreign' : 'own'}`} title={foreign ? `${code}'s record: reading it needs a purpose` : 'Your force’s record'}>
      {code}
    </span>
  );
}

/** Government Security Classification tier. */
export function ClassificationBadge({ tier }: { tier: string }) {
  return <span className={`badge classification ${tier.toLowerCase()}`}>{tier.replace('_', ' ')}</span>;
}

export function Badge({ children, tone = 'plain', title }: { children: ReactNode; tone?: 'plain' | 'warn' | 'good' | 'info'; title?: string }) {
  return (
    <span className={`badge ${tone}`} {...(title !== undefined ? { title } : {})}>
      {children}
    </span>
  );
}
