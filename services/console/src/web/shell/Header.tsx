import { useState, type FormEvent } from 'react';
import { purposeStore, usePurpose } from '../api/purpose.js';
import { navigation } from '../routes.js';
import { navigate, useLocation } from '../router.js';
import { hasRole } from '../session/session.js';
import { useSession } from '../session/use-session.js';
import { Link } from '../ui/Link.js';
import { useUnreadAlerts } from '../alerts/use-unread-alerts.js';

/**
 * Who is signed in and search on the first row; below it the views their roles open and the inbox
 * (a row of its own, so a supervisor's ten entries never push the account off the line); then the
 * purpose in force.
 */
export function Header() {
  const session = useSession();
  const { officer } = session;
  const { purpose } = usePurpose();
  const unread = useUnreadAlerts();
  const location = useLocation();
  const [text, setText] = useState('');
  const search = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };

  return (
    <header className="app-header">
      <div className="bar">
        <Link to="/" className="brand">
          Crosslink
        </Link>
        <form role="search" onSubmit={search} className="search">
          <label htmlFor="global-search" className="visually-hidden">
            Search people, cases, places, phones and vehicles
          </label>
          <input
            id="global-search"
            type="search"
            placeholder="Search people, cases, places, phones, vehicles"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </form>
        <div className="who">
          <span className="name">{officer.name}</span>
          <span className="badge force own" title="Your force">
            {officer.force}
          </span>
          <span className="roles">{officer.roles.join(' · ')}</span>
          <button type="button" className="secondary" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
      </div>
      <nav aria-label="Main" className="service-nav">
        {navigation
          .filter((entry) => hasRole(officer, ...entry.roles))
          .map((entry) => (
            <Link key={entry.path} to={entry.path} {...(location.startsWith(entry.path) ? { current: true } : {})}>
              {entry.label}
            </Link>
          ))}
        <Link to="/alerts">
          Alerts
          {unread > 0 ? (
            <span className="count" aria-label={`${unread} unread`}>
              {unread}
            </span>
          ) : null}
        </Link>
      </nav>
      <div className={`purpose-bar ${purpose === null ? 'none' : 'set'}`} aria-live="polite">
        {purpose === null ? (
          <span>No purpose stated: you see your own force’s records only.</span>
        ) : (
          <>
            <span>
              Purpose for this task: <strong>{purpose}</strong>
            </span>
            <button type="button" className="link" onClick={() => purposeStore.ask('You asked to change the purpose for this task.')}>
              Change
            </button>
            <button type="button" className="link" onClick={() => purposeStore.clear()}>
              Clear
            </button>
          </>
        )}
      </div>
    </header>
  );
}
