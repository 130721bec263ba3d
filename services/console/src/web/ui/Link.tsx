import type { ReactNode } from 'react';
import { followLink } from '../router.js';

/** An in-app link; `current` marks the navigation entry of the page shown (aria-current). */
export function Link({ to, children, className, current }: { to: string; children: ReactNode; className?: string; current?: boolean }) {
  return (
    <a href={to} onClick={followLink} className={className} {...(current === true ? { 'aria-current': 'page' as const } : {})}>
      {children}
    </a>
  );
}
