import type { Operation } from './operation.model.js';

/**
 * The forces an operation lets see cases they do not own: for each case joined (id → owning force),
 * every force taking part in the operation but the case's own. They are the recipients of the
 * disclosure that joining the cases makes, named in its audit event.
 */
export function disclosedTo(operation: Pick<Operation, 'leadForce' | 'participants'>, caseForces: ReadonlyMap<string, string>): string[] {
  const forces = new Set([operation.leadForce, ...operation.participants]);
  const recipients = new Set<string>();
  for (const owner of caseForces.values()) for (const force of forces) if (force !== owner) recipients.add(force);
  return [...recipients].sort();
}
