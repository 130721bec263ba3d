import type { Principal } from '@crosslink/common';

/** A hub supervisor coordinates across forces: they may act for any force. */
export function isHubSupervisor(principal: Principal, hubForce: string): boolean {
  return principal.force === hubForce && principal.roles.has('supervisor');
}

/**
 * Whether the principal may change records that belong to `force`: its own officers may, and hub
 * supervisors may. Seeing a record (hub analysts see every force's) is not enough to change it.
 */
export function worksFor(principal: Principal, hubForce: string, force: string): boolean {
  return principal.force === force || isHubSupervisor(principal, hubForce);
}

/** A supervisor of `force`, or a hub supervisor. */
export function supervises(principal: Principal, hubForce: string, force: string): boolean {
  return principal.roles.has('supervisor') && worksFor(principal, hubForce, force);
}
