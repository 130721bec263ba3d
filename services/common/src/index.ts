export {
  ConfigError,
  loadConfig,
  port,
  logLevel,
  commonEnv,
  graphqlEnv,
  graphqlServing,
  type CommonConfig,
  type GraphQLConfig,
  type GraphQLServing,
} from './config/config.js';
export { errorCatalog, errorCodes, isRetryable, codeExtensions, type ErrorCode } from './errors/catalog.js';
export { CrosslinkError, validationError, isCrosslinkError, type ErrorDetails } from './errors/crosslink-error.js';
export { loggerOptions, redactedPaths } from './logging/logger.js';
export { createServer, type ServerOptions, type ReadinessReport } from './server/create-server.js';
export { REQUEST_ID_HEADER, requestIdFrom } from './server/request-id.js';
export { authenticate, replyWithError } from './server/plain-route.js';
export {
  roles,
  clearances,
  hasRole,
  clearanceReaches,
  principalFromClaims,
  caveatPattern,
  forceCodePattern,
  teamPattern,
  InvalidClaimsError,
  type Principal,
  type Role,
  type Clearance,
} from './auth/principal.js';
export { bearerToken } from './auth/bearer.js';
export { createTokenVerifier, type TokenVerifier, type TokenVerifierOptions } from './auth/token-verifier.js';
export { actionRoles, assertCan, can, type Action } from './auth/authz.js';
export {
  caseReachPaths,
  caseVisible,
  handlingAllows,
  personVisible,
  locationVisible,
  objectVisible,
  addressShown,
  ownForceCase,
  personInOwnForceCase,
  locationInOwnForceCase,
  objectInOwnForceCase,
  seesAcrossForces,
  viewerParams,
  type ViewerParams,
} from './auth/visibility.js';
export { isHubSupervisor, worksFor, writerParams, caseWritable, personWritable, type WriterParams } from './auth/remit.js';
export { cypher, int, type CypherQuery } from './neo4j/cypher.js';
export { caseReference, takeCaseNumbers } from './cases/case-numbers.js';
export { parsePostcode, type Postcode } from './address/postcode.js';
export { addressKey, addressKeyOf, lineKey } from './address/address-key.js';
export {
  addressesOfPeople,
  locationsByIds,
  PROVIDED_LOCATION_FIELDS,
  providedLocationTypeDefs,
  shownAddressFields,
  type AddressClaim,
  type AddressDetails,
  type Location,
} from './address/location-read.js';
export { normalisePhone } from './normalise/phone.normalise.js';
export { normaliseEmail } from './normalise/email.normalise.js';
export { normaliseVrm, vehicleDetail } from './normalise/vehicle.normalise.js';
export { nameKey } from './normalise/name-key.js';
export { nicknames } from './normalise/nicknames.js';
export { datePrecisions, dateRange, parseDateOfBirth, storedDateOfBirth, type DatePrecision, type PartialDate } from './normalise/dob.js';
export {
  normaliseIdentifiers,
  normaliseCroNumber,
  normaliseDrivingLicence,
  normaliseNiNumber,
  normalisePassportNumber,
  normalisePncId,
  type Identifiers,
  type IdentifiersInput,
} from './normalise/identifiers.normalise.js';
export { hitsFrom, strongestMatch, type Hit, type HoldingCase, type PersonMatch } from './discovery/hits.js';
export { hitAlertLabels, raiseHitAlerts, type AlertAsker, type AlertRaised, type HitAlertLabel } from './discovery/hit-alerts.js';
export { alertHoldersOnEntry, type Recorder } from './discovery/hits-on-entry.js';
export { createDriver, DEFAULT_MAX_RETRY_TIME_MS, type Neo4jOptions } from './neo4j/driver.js';
export { Neo4jExecutor, run, type Row, type TxMetadata } from './neo4j/executor.js';
export { mapNeo4jError } from './neo4j/errors.js';
export { applyMigrations, parseMigration, readMigrations, type Migration, type MigrationReport } from './neo4j/migrations.js';
export { formatError } from './graphql/format-error.js';
export { mountGraphQL, type RequestAuth, type MountOptions, type ApolloSource } from './graphql/mount.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
  useCursorKey,
  type Connection,
  type CursorKey,
  type Edge,
} from './graphql/pagination.js';
export { decodeKeyset, keysetCondition, keysetParams, type KeyKind } from './graphql/keyset.js';
export { selectedArguments } from './graphql/lookahead.js';
export type { ResolverMap } from './graphql/resolver-map.js';
export { caseRef, forceRef } from './graphql/references.js';
export { createRuntime, type Runtime } from './service/runtime.js';
export { loadByKeys } from './service/load-by-keys.js';
export { byParent, childPageLoader, type ChildPageKey, type ChildPagesFetch } from './service/child-pages.js';
export { listen, type ListenOptions } from './service/listen.js';
export { defineSubgraph, type SubgraphContext, type SubgraphDefinition, type SubgraphDeps } from './service/define-subgraph.js';
export { requestScope, type RequestScope } from './service/request-scope.js';
export { runSubgraph } from './service/run-subgraph.js';
export { z } from 'zod';
export { DateTime } from './graphql/scalars.js';
export { compareStoredInstants, isIsoInstant } from './graphql/instant.js';
export { singleLine, textFault, type TextKind } from './graphql/text.js';
export { depthLimit } from './graphql/depth-limit.js';
export { defaultQueryLimits, limitRules, type QueryLimits } from './graphql/limits.js';
export { capErrors } from './graphql/request-limits.js';
export { auditOperations, type AuditEntry, type AuditEvent, type AuditOperation, type AuditRecord } from './audit/audit-event.js';
export { GENESIS_HASH, canonical, hashOf, seal, firstBreak, chainBreaks, wellFormed, type ChainBreak, type ChainHead } from './audit/hash-chain.js';
// Appends go through the audited writer only (it holds each service's chain); the trail is read here.
export { fromProperties } from './audit/audit-trail.js';
export { verifyTrail, type VerifyReport } from './audit/audit-verify.js';
export { RequestAudit, PURPOSE_HEADER, purposeFrom } from './audit/request-audit.js';
export { AuditedWriter, type RequestMeta } from './audit/audited-writer.js';
export { writeRecord, type WriteAction, type WriteFacts, type WriteRecord } from './audit/write-record.js';
export { mutationOperations, type MutationName, type WriteOperation } from './audit/mutation-operations.js';
export { recipientList } from './audit/recipients.js';
export { keepWhatWasWritten, UNAUDITED_ANSWER_MESSAGE } from './audit/committed-answer.js';
export {
  attest,
  AttestationCheck,
  auditPlugin,
  canonicalJson,
  auditReads,
  gatewayAuditPlugin,
  refuse,
  takeConsultations,
  ATTESTATION_HEADER,
  AUDIT_EXTENSION,
  ATTESTATION_LIFETIME_MS,
  WITHHELD_EXTENSION,
  type AttestedCall,
  type AuditedContext,
  type GatewayAuditContext,
} from './audit/read-audit.js';
export { readPurpose, purposeHeaderValue, PURPOSE_MIN, PURPOSE_MAX, type PurposeReading } from './audit/purpose.js';
export { failureLine, runCommandLine, UsageError, type CommandLine } from './cli/command-line.js';
