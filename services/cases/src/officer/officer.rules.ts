import { CrosslinkError, seesAcrossForces, type Principal } from '@crosslink/common';
import { supervises } from '../shared/remit.js';
import type { Officer } from './officer.model.js';

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

/**
 * An officer named by a supervisor (allocated an action, made officer in charge) is a real one:
 * known to Crosslink, which records every officer from their own token the first time they use it,
 * and serving in `force`. A misspelt username would otherwise become a phantom officer with work
 * nobody sees; another force's officer in charge would receive alerts on a case they may not see.
 * Returns the officer; throws VALIDATION_FAILED naming `field`.
 */
export function realOfficerOf(officer: Officer | null, username: string, force: string, field: string): Officer {
  if (officer === null) {
    throw new CrosslinkError('VALIDATION_FAILED', `No officer ${username} is known to Crosslink or the realm: check the username`, {
      field,
    });
  }
  if (officer.force !== force) {
    throw new CrosslinkError('VALIDATION_FAILED', `${username} serves in ${officer.force}, not ${force}`, { field });
  }
  return officer;
}
