import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.js';
import { bearerToken } from '../auth/bearer.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { errorCatalog } from '../errors/catalog.js';
import { CrosslinkError, isCrosslinkError } from '../errors/crosslink-error.js';

/**
 * For routes beside GraphQL (a stream, a download): the caller's token and principal from the
 * `Authorization` header, or UNAUTHENTICATED, as the GraphQL endpoint decides it.
 */
export async function authenticate(request: FastifyRequest, verifier: TokenVerifier): Promise<{ token: string; principal: Principal }> {
  const token = bearerToken(request.headers.authorization);
  if (token === undefined) throw new CrosslinkError('UNAUTHENTICATED');
  return { token, principal: await verifier.verify(token) };
}

/** Answers a plain route's refusal with the error's catalogued HTTP status and stable code. */
export function replyWithError(reply: FastifyReply, error: unknown): FastifyReply {
  const known = isCrosslinkError(error) ? error : new CrosslinkError('INTERNAL');
  return reply.code(errorCatalog[known.code].httpStatus).send({ error: { code: known.code, message: known.message } });
}
