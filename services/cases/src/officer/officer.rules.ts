import { seesAcrossForces, type Principal } from '@crosslink/common';
import { supervises } from '../shared/remit.js';

/**
 * Who may list a force's officers (with `officer:read`): its own people; the hub's analysts and
 * supervisors, who coordinate across forces; and hub administrators, who keep the realm's users.
 * A detective of another force may not — they see an officer only as the officer in charge of a case,
 * or the holder of an action, they may see.
 */
export function mayListOfficers(principal: Principal, hubForce: string, force: string): boolean {
  return principal.force === force || seesAcrossForces(principal, hubForce) || isHubAdmin(principal, hubForce);
}

/**
 * Who may place an officer of `force` in a team (with `officer:manage`): a supervisor of that force,
 * a hub supervisor, or a hub administrator.
 */
export function mayManageOfficers(principal: Principal, hubForce: string, force: string): boolean {
  return supervises(principal, hubForce, force) || isHubAdmin(principal, hubForce);
}

function isHubAdmin(principal: Principal, hubForce: string): boolean {
  return principal.force === hubForce && principal.roles.has('admin');
}
