import rateLimit from '@fastify/rate-limit';
import type { RequestAuth } from '@crosslink/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface RateLimitOptions {
  /** Requests one user may send per window; default 1200. */
  readonly max: number;
  /** The window in milliseconds; default 60000. */
  readonly windowMs: number;
}

export const defaultRateLimit: RateLimitOptions = { max: 1200, windowMs: 60_000 };

/** Thrown by the limiter, answered as a GraphQL error by the scope's error handler. */
class RateLimited extends Error {
  constructor(readonly retryAfter: number) {
    super('Too many requests; wait before sending more');
  }
}

/**
 * Counts each user's requests to GraphQL, keyed on the verified token's subject (so a user cannot
 * spend another's allowance, and one user's burst does not slow the others'), and answers those over
 * the allowance 429 RATE_LIMITED with `Retry-After`. Registered in the authenticated scope, after
 * the token is verified; one process keeps the counts (several gateways would share a store).
 */
export async function rateLimitPerUser(
  scope: FastifyInstance,
  authOf: (request: FastifyRequest) => RequestAuth | undefined,
  options: RateLimitOptions = defaultRateLimit,
): Promise<void> {
  scope.setErrorHandler(async (error, _request, reply) => {
    if (!(error instanceof RateLimited)) throw error;
    return reply.code(429).send({
      errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', retryAfter: error.retryAfter, retryable: true } }],
    });
  });
  await scope.register(rateLimit, {
    hook: 'preHandler',
    max: options.max,
    timeWindow: options.windowMs,
    keyGenerator: (request) => authOf(request)?.principal.userId ?? request.ip,
    errorResponseBuilder: (_request, context) => new RateLimited(Math.ceil(context.ttl / 1000)),
  });
}
