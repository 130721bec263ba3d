import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { signIn, type ConsoleConfig } from './session/session.js';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

async function start(): Promise<void> {
  const config = (await (await fetch('/config.json')).json()) as ConsoleConfig;
  const session = await signIn(config);
  root.render(
    <StrictMode>
      <App session={session} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  root.render(
    <main className="page">
      <div className="state problem" role="alert">
        <p>
          <strong>Crosslink could not sign you in.</strong>
        </p>
        <p>The sign-in service may be unreachable. Reload the page to try again; if it persists, tell the service desk.</p>
        <p className="code">{error instanceof Error ? error.message : String(error)}</p>
      </div>
    </main>,
  );
});
