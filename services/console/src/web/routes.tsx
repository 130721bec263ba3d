import { lazy, Suspense, type ReactNode } from 'react';
import { AlertsInbox } from './alerts/AlertsInbox.js';
import { AuditTrail } from './audit/AuditTrail.js';
import { CaseList } from './cases/CaseList.js';
import { CasePage } from './cases/CasePage.js';
import { MyActions } from './cases/MyActions.js';
import { MatchQueue } from './matches/MatchQueue.js';
import { SubjectCheck } from './check/SubjectCheck.js';
import { SearchResults } from './search/SearchResults.js';
import { hasRole, type Officer } from './session/session.js';
import { AccessRequests } from './supervisor/AccessRequests.js';
import { OperationBoard } from './supervisor/OperationBoard.js';
import { operationBoardRoles } from './supervisor/operation.js';
import { Unallocated } from './supervisor/Unallocated.js';
import { Workload } from './supervisor/Workload.js';
import { Link } from './ui/Link.js';
import { Empty, Loading } from './ui/states.js';

// The explorer brings the WebGL graph renderer and its layout: loaded only when an analyst opens it.
const Explorer = lazy(() => import('./explorer/Explorer.js').then((module) => ({ default: module.Explorer })));

/** A view of the console: where it lives, who it is for, and its name in the navigation. */
export interface NavEntry {
  readonly path: string;
  readonly label: string;
  readonly roles: readonly string[];
}

/** The navigation, in order; each officer sees the entries their roles open. */
export const navigation: readonly NavEntry[] = [
  { path: '/cases', label: 'Cases', roles: ['detective', 'supervisor', 'analyst'] },
  { path: '/actions', label: 'My actions', roles: ['detective', 'supervisor'] },
  { path: '/check', label: 'Check a subject', roles: ['detective', 'supervisor', 'analyst'] },
  { path: '/explorer', label: 'Explorer', roles: ['analyst', 'detective', 'supervisor'] },
  { path: '/matches', label: 'Matches', roles: ['analyst', 'detective', 'supervisor'] },
  { path: '/workload', label: 'Workload', roles: ['supervisor'] },
  { path: '/unallocated', label: 'Allocate', roles: ['supervisor'] },
  { path: '/operations', label: 'Operations', roles: operationBoardRoles },
  { path: '/access-requests', label: 'Access requests', roles: ['supervisor'] },
  { path: '/audit', label: 'Audit trail', roles: ['auditor'] },
];

/** Where an officer lands: the first view of their main role's day. */
export function homeOf(officer: Officer): string {
  if (hasRole(officer, 'detective')) return '/cases';
  if (hasRole(officer, 'supervisor')) return '/workload';
  if (hasRole(officer, 'analyst')) return '/explorer';
  if (hasRole(officer, 'auditor')) return '/audit';
  return '/alerts';
}

/** The view for a path. */
export function routeFor(location: string, officer: Officer): ReactNode {
  const url = new URL(location, window.location.origin);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const caseMatch = /^\/cases\/([^/]+)$/.exec(path);
  if (caseMatch) return <CasePage reference={decodeURIComponent(caseMatch[1] as string)} />;
  const operationMatch = /^\/operations\/([^/]+)$/.exec(path);
  if (operationMatch) return <OperationBoard id={decodeURIComponent(operationMatch[1] as string)} />;
  switch (path === '/' ? homeOf(officer) : path) {
    case '/cases':
      return <CaseList mine={url.searchParams.get('all') !== '1'} />;
    case '/actions':
      return <MyActions username={officer.username} />;
    case '/alerts':
      return <AlertsInbox />;
    case '/search':
      return <SearchResults text={url.searchParams.get('q') ?? ''} />;
    case '/check':
      return <SubjectCheck />;
    case '/explorer':
      return (
        <Suspense fallback={<Loading what="the explorer" />}>
          <Explorer seed={url.searchParams.get('seed')} />
        </Suspense>
      );
    case '/matches':
      return <MatchQueue caseId={url.searchParams.get('case')} />;
    case '/workload':
      return <Workload />;
    case '/unallocated':
      return <Unallocated />;
    case '/operations':
      return <OperationBoard id={null} />;
    case '/access-requests':
      return <AccessRequests />;
    case '/audit':
      return <AuditTrail />;
    default:
      return (
        <Empty>
          No page here. <Link to="/">Back to the start</Link>
        </Empty>
      );
  }
}
