import { useSyncExternalStore } from 'react';

/**
 * The purpose stated for the task at hand. Reading or writing another force's data needs one (the
 * gateway refuses with PURPOSE_REQUIRED otherwise); the console asks for it the first time a view
 * reaches such data, says why it asked, and keeps it for the rest of the task (this browser tab)
 * until the officer changes or clears it.
 */
export interface PurposeState {
  readonly purpose: string | null;
  /** Why the console is asking now; null when it is not asking. */
  readonly asking: string | null;
}

const key = 'crosslink.purpose';
let state: PurposeState = { purpose: sessionStorage.getItem(key), asking: null };
const listeners = new Set<() => void>();

function set(next: PurposeState): void {
  state = next;
  if (next.purpose === null) sessionStorage.removeItem(key);
  else sessionStorage.setItem(key, next.purpose);
  for (const listener of listeners) listener();
}

export const purposeStore = {
  get: (): PurposeState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Opens the prompt, unless it is open already. */
  ask(reason: string): void {
    if (state.asking === null) set({ ...state, asking: reason });
  },
  state(purpose: string): void {
    set({ purpose: purpose.trim(), asking: null });
  },
  dismiss(): void {
    set({ ...state, asking: null });
  },
  clear(): void {
    set({ purpose: null, asking: null });
  },
};

export function usePurpose(): PurposeState {
  return useSyncExternalStore(purposeStore.subscribe, purposeStore.get);
}

/** The same rule the gateway applies (PURPOSE_INVALID): 3 to 500 characters, no control characters. */
export function purposeProblem(text: string): string | null {
  const purpose = text.trim();
  if (purpose.length < 3) return 'Say in a few words why you need this (at least 3 characters).';
  if (purpose.length > 500) return 'Keep it under 500 characters.';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(purpose)) return 'Use plain text on one line.';
  return null;
}
