import { useMemo } from 'react';
import { Provider } from 'urql';
import { graphqlClient } from './api/client.js';
import { AlertStreamFollower } from './alerts/AlertStreamFollower.js';
import { routeFor } from './routes.js';
import { useLocation } from './router.js';
import type { Session } from './session/session.js';
import { SessionContext } from './session/use-session.js';
import { Header } from './shell/Header.js';
import { PurposeDialog } from './shell/PurposeDialog.js';

export function App({ session }: { session: Session }) {
  const client = useMemo(() => graphqlClient(session), [session]);
  const location = useLocation();
  const view = routeFor(location, session.officer);
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <AlertStreamFollower />
        <a className="skip-link" href="#main">
          Skip to the page
        </a>
        <Header />
        <main className="page" id="main" tabIndex={-1}>
          {view}
        </main>
        <PurposeDialog />
      </Provider>
    </SessionContext.Provider>
  );
}
