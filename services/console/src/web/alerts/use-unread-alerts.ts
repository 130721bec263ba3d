import { useSyncExternalStore } from 'react';

/**
 * The unread count in the header and a tick the inbox watches to read its list again: both moved
 * by the live stream (see AlertStreamFollower) and by acknowledging.
 */
export interface AlertsState {
  readonly unread: number;
  /** Changes whenever a new alert arrives. */
  readonly tick: number;
}

let state: AlertsState = { unread: 0, tick: 0 };
const listeners = new Set<() => void>();
const set = (next: AlertsState) => {
  state = next;
  listeners.forEach((listener) => listener());
};

export const alertsStore = {
  get: (): AlertsState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  ready(unread: number): void {
    set({ unread, tick: state.tick + 1 });
  },
  arrived(): void {
    set({ unread: state.unread + 1, tick: state.tick + 1 });
  },
  acknowledged(): void {
    set({ ...state, unread: Math.max(0, state.unread - 1) });
  },
};

export function useAlerts(): AlertsState {
  return useSyncExternalStore(alertsStore.subscribe, alertsStore.get);
}

export function useUnreadAlerts(): number {
  return useAlerts().unread;
}
