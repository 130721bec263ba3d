import { useEffect } from 'react';
import { useSession } from '../session/use-session.js';
import { followAlerts } from './alert-stream.js';
import { alertsStore } from './use-unread-alerts.js';

/** Follows the live alert stream for as long as the officer is signed in. */
export function AlertStreamFollower() {
  const session = useSession();
  useEffect(() => {
    const streamUrl = new URL('/alerts/stream', session.config.gatewayUrl).toString();
    return followAlerts(
      streamUrl,
      () => session.token(),
      (event) => {
        if (event.type === 'ready') alertsStore.ready(event.unread);
        else alertsStore.arrived();
      },
    );
  }, [session]);
  return null;
}
