import type { ReactNode } from 'react';
import { followLink } from '../router.js';

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a href={to} onClick={followLink} className={className}>
      {children}
    </a>
  );
}
