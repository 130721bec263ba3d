import type { RequestAuth } from '@crosslink/common';
import type { Principal } from '@crosslink/common';
import { CaseService } from './case/case.service.js';
import type { CaseRepository } from './case/case.repository.js';
import { ForceService } from './force/force.service.js';
import type { ForceRepository } from './force/force.repository.js';

export interface CasesContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly cases: CaseService;
  readonly forces: ForceService;
}

export interface Repositories {
  readonly cases: CaseRepository;
  readonly forces: ForceRepository;
}

/** One context per request: services bound to the caller, with fresh batch loaders. */
export function createContext(repositories: Repositories, hubForce: string) {
  return (auth: RequestAuth): CasesContext => {
    const meta = { requestId: auth.requestId, userId: auth.principal.userId };
    return {
      principal: auth.principal,
      requestId: auth.requestId,
      cases: new CaseService(repositories.cases, auth.principal, hubForce, meta),
      forces: new ForceService(repositories.forces, auth.principal, meta),
    };
  };
}
