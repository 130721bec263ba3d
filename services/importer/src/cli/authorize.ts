import { assertCan, clearanceReaches, CrosslinkError, PURPOSE_MAX, PURPOSE_MIN, textFault, worksFor, type Principal } from '@crosslink/common';
import type { ImportArgs } from './import-args.js';

/**
 * Who may import: a supervisor, into their own force (a hub supervisor into any force, with a
 * purpose as for any write to another force's data), at a classification their clearance reaches.
 * Everything else is refused before the file is opened.
 */
export function authorizeImport(principal: Principal, args: ImportArgs & { readonly force: string }, hubForce: string): void {
  assertCan(principal, 'data:import');
  if (!worksFor(principal, hubForce, args.force)) {
    throw new CrosslinkError('FORBIDDEN', `You work for ${principal.force}, and may not import ${args.force}'s data`, { field: '--force' });
  }
  if (!clearanceReaches(principal.clearance, args.classification)) {
    throw new CrosslinkError('FORBIDDEN', `Your clearance (${principal.clearance}) does not reach ${args.classification}`, { field: '--classification' });
  }
  if (args.force !== principal.force && args.purpose === null) {
    throw new CrosslinkError('PURPOSE_REQUIRED', `Importing ${args.force}'s data as ${principal.force} needs a purpose: give --purpose`, {
      field: '--purpose',
    });
  }
  if (args.purpose !== null) {
    const length = [...args.purpose].length;
    const fault = textFault(args.purpose, 'line');
    if (length < PURPOSE_MIN || length > PURPOSE_MAX || fault !== null) {
      throw new CrosslinkError('PURPOSE_INVALID', `The purpose must be ${PURPOSE_MIN}-${PURPOSE_MAX} characters on one line`, { field: '--purpose' });
    }
  }
}
