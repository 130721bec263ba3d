import type { ReactNode } from 'react';
import { AlertsInbox } from './alerts/AlertsInbox.js';
import { CasePage } from './cases/CasePage.js';
import { CaseList } from './cases/CaseList.js';
import { MyActions } from './cases/MyActions.js';
import { SearchResults } from './search/SearchResults.js';
import type { Officer } from './session/session.js';
import { Empty } from './ui/states.js';
import { Link } from './ui/Link.js';

/** The view for a path. */
export function routeFor(location: string, officer: Officer): ReactNode {
  const url = new URL(location, window.location.origin);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const caseMatch = /^\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) return <CasePage reference={decodeURIComponent(caseMatch[1] as string)} />;
  switch (path) {
    case '/':
    case '/cases':
      return <CaseList mine={url.searchParams.get('all') !== '1'} />;
    case '/actions':
      return <MyActions username={officer.username} />;
    case '/alerts':
      return <AlertsInbox />;
    case '/search':
      return <SearchResults text={url.searchParams.get('q') ?? ''} />;
    default:
      return (
        <Empty>
          No page here. <Link to="/">Back to your cases</Link>
        </Empty>
      );
  }
}
