import { cacheExchange, type Cache } from '@urql/exchange-graphcache';

/**
 * The normalised cache. Records with an id are kept once and shared by every view; a force is
 * known by its code; the types below have no identity of their own and live inside their parent.
 * After a write, the lists it changes are dropped so the views showing them read them again.
 */
const embedded = [
  'PageInfo',
  'Officer',
  'CaseParticipant',
  'CaseShare',
  'CaseOperation',
  'AddressClaim',
  'VehicleClaim',
  'ObjectHolder',
  'Alias',
  'Safeguarding',
  'AlertKnownTo',
  'AlertSubject',
  'SearchHit',
  'PersonCaseRole',
  'Occupant',
  'Hit',
  'RecordPersonPayload',
  'RecordPhonePayload',
  'RecordVehiclePayload',
  'RecordEmailAddressPayload',
  'RecordAddressPayload',
  'CreateCasePayload',
  'SubjectCheck',
  'KnownElsewhere',
  'AuditVerification',
  'AuditChainBreak',
  'TeamWorkload',
  'OfficerWorkload',
  'PriorityCount',
  // Network answers: read whole and replaced whole, never shared record by record (a 5,000-record
  // network normalised would be read back from the cache on every later answer).
  'Network',
  'NetworkNode',
  'NetworkEdge',
  'WithheldMarker',
  'ScopeSize',
  'Paths',
  'Path',
  'PathStep',
  'KeyPlayers',
  'KeyPlayer',
  'Communities',
  'Community',
  'NetworkExport',
  'ExportFile',
  'NetworkPlace',
  'NetworkCase',
  // The review queue: a suggestion is keyed by its pair, so a decision updates it in place.
  'MatchSuggestions',
  'MatchReason',
  'MatchDecision',
];

const invalidate = (cache: Cache, typename: string, field: string) => {
  for (const entry of cache.inspectFields(typename)) if (entry.fieldName === field) cache.invalidate(typename, entry.fieldKey);
};
const invalidateOnEveryCase = (field: string) => (_result: unknown, _args: unknown, cache: Cache) => {
  for (const entry of cache.inspectFields('Query')) {
    if (entry.fieldName !== 'case') continue;
    const id = cache.resolve('Query', entry.fieldKey);
    if (typeof id === 'string') for (const caseField of cache.inspectFields(id)) if (caseField.fieldName === field) cache.invalidate(id, caseField.fieldKey);
  }
};

export const crosslinkCache = cacheExchange({
  keys: {
    Force: (force) => (force['code'] as string | undefined) ?? null,
    ...Object.fromEntries(embedded.map((typename) => [typename, () => null])),
  },
  updates: {
    Mutation: {
      createCase: (_result, _args, cache) => invalidate(cache, 'Query', 'cases'),
      recordPerson: invalidateOnEveryCase('people'),
      recordAddress: invalidateOnEveryCase('people'),
      recordPhone: invalidateOnEveryCase('objects'),
      recordVehicle: invalidateOnEveryCase('objects'),
      recordEmailAddress: invalidateOnEveryCase('objects'),
      recordEvent: invalidateOnEveryCase('timeline'),
      raiseAction: invalidateOnEveryCase('actions'),
      createOperation: invalidateOnEveryCase('operations'),
      addCaseToOperation: invalidateOnEveryCase('operations'),
      removeCaseFromOperation: invalidateOnEveryCase('operations'),
      allocateAction: (_result, _args, cache) => invalidate(cache, 'Query', 'unallocatedActions'),
      decideCaseAccess: (_result, _args, cache) => invalidate(cache, 'Query', 'accessRequests'),
      decideMatch: (_result, _args, cache) => invalidate(cache, 'Query', 'matchSuggestions'),
    },
  },
});
