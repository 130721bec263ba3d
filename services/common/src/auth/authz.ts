import { CrosslinkError } from '../errors/crosslink-error.js';
import type { Principal, Role } from './principal.js';

/**
 * Every action a Crosslink user can take, and the roles that may take it. Services assert an action
 * before they act; which records the action may touch is decided separately, inside the Cypher that
 * reads them (see visibility.ts). An action missing here is denied.
 */
export const actionRoles = {
  'force:read': ['detective', 'analyst', 'supervisor', 'auditor', 'admin'],
  // audit and access
  'audit:read': ['auditor'],
  'case:share': ['supervisor'],
  'case:export': ['detective', 'supervisor'],
  'intel:read': ['detective', 'analyst', 'supervisor'],
  search: ['detective', 'analyst', 'supervisor'],
  // network analysis: reading a scope's records and links (who may take every case as a scope is narrower)
  'network:read': ['detective', 'analyst', 'supervisor'],
  // disclosing a scope's network outside Crosslink (GraphML, CSV, ANX): analysts' charts, and supervisors
  'network:export': ['analyst', 'supervisor'],
  'subject:check': ['detective', 'analyst', 'supervisor'],
  'alert:read': ['detective', 'analyst', 'supervisor'],
  'intel:record': ['detective', 'analyst', 'supervisor'],
  'case:read': ['detective', 'analyst', 'supervisor'],
  'case:create': ['detective', 'supervisor'],
  'person:read': ['detective', 'analyst', 'supervisor'],
  'person:record': ['detective', 'supervisor'],
  'location:read': ['detective', 'analyst', 'supervisor'],
  'location:record': ['detective', 'supervisor'],
  // people and objects
  'object:read': ['detective', 'analyst', 'supervisor'],
  'object:record': ['detective', 'supervisor'],
  'nrm:read': ['detective', 'analyst', 'supervisor'],
  'nrm:record': ['detective', 'supervisor'],
  // case coordination
  'case:update': ['detective', 'supervisor'],
  'case:close': ['supervisor'],
  'case:assign': ['supervisor'],
  'event:record': ['detective', 'supervisor'],
  'operation:read': ['detective', 'analyst', 'supervisor'],
  'operation:manage': ['supervisor'],
  'action:read': ['detective', 'analyst', 'supervisor'],
  'action:raise': ['detective', 'supervisor'],
  'action:allocate': ['supervisor'],
  'action:complete': ['detective', 'supervisor'],
  'action:review': ['supervisor'],
  // comments: supervisors of the owning force and the officer it is allocated to (see action.service.ts)
  'action:comment': ['detective', 'supervisor'],
  'workload:read': ['supervisor'],
  // officers: who may list a force's officers is narrowed further by force (see docs/access.md)
  'officer:read': ['detective', 'analyst', 'supervisor', 'admin'],
  'officer:manage': ['supervisor', 'admin'],
  // bulk import (services/importer): a force's existing data brought in at once, into its own force only (or by a hub supervisor)
  'data:import': ['supervisor'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof actionRoles;

export function can(principal: Principal, action: Action): boolean {
  const allowed: readonly Role[] = actionRoles[action];
  return allowed.some((role) => principal.roles.has(role));
}

export function assertCan(principal: Principal, action: Action): void {
  if (!can(principal, action)) {
    throw new CrosslinkError('FORBIDDEN', `Your role does not allow ${action}`, { action });
  }
}
