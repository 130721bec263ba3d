import type { Principal, RequestAuth } from '@crosslink/common';
import type { PersonRepository } from './person/person.repository.js';
import { PersonService } from './person/person.service.js';

export interface EntitiesContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly people: PersonService;
}

export interface Repositories {
  readonly people: PersonRepository;
}

export function createContext(repositories: Repositories, hubForce: string) {
  return (auth: RequestAuth): EntitiesContext => {
    const meta = { requestId: auth.requestId, userId: auth.principal.userId };
    return {
      principal: auth.principal,
      requestId: auth.requestId,
      people: new PersonService(repositories.people, auth.principal, hubForce, meta),
    };
  };
}
