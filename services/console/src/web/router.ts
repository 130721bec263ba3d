import { useSyncExternalStore, type MouseEvent } from 'react';

// The console's routes live in the path (/cases/GMP-2026-000123); the server answers index.html for
// every path, and this keeps the browser's history in step.

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((listener) => listener()));

export function navigate(to: string): void {
  if (to === window.location.pathname + window.location.search) return;
  window.history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
  window.scrollTo(0, 0);
  // A screen reader follows focus: the new page's content, not the link left behind.
  document.getElementById('main')?.focus({ preventScroll: true });
}

export function useLocation(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => window.location.pathname + window.location.search,
  );
}

/** Follows an in-app link without reloading, unless a modifier asks for a new tab. */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}
