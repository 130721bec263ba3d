import {
  ApolloServer,
  type ApolloServerPlugin,
  type ApolloServerOptions,
  type ApolloServerOptionsWithGateway,
  type ApolloServerOptionsWithSchema,
  type BaseContext,
} from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/bearer.js';
import type { Principal } from '../auth/principal.js';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { PURPOSE_HEADER, readPurpose } from '../audit/purpose.js';
import { isCrosslinkError } from '../errors/crosslink-error.js';
import { formatError } from './format-error.js';
import { defaultQueryLimits, limitRules, type QueryLimits } from './limits.js';
import { requestLimitsPlugin } from './request-limits.js';
import { stringInputsPlugin } from './string-inputs.js';

/** What the authentication step established for one request. */
export interface RequestAuth {
  readonly principal: Principal;
  /** The raw bearer token, forwarded by the gateway to subgraphs. */
  readonly token: string;
  readonly requestId: string;
  /** The purpose stated in the x-crosslink-purpose header, if any; forwarded by the gateway. */
  readonly purpose: string | null;
}

/** A subgraph serves a schema; the gateway serves the supergraph through its gateway. */
export type ApolloSource<C extends BaseContext> = Pick<ApolloServerOptionsWithSchema<C>, 'schema'> | Pick<ApolloServerOptionsWithGateway<C>, 'gateway'>;

export interface MountOptions<C extends BaseContext> {
  readonly verifier: TokenVerifier;
  /** Builds the per-request context (principal, loaders) after the token is verified. */
  readonly context: (auth: RequestAuth, request: FastifyRequest) => C | Promise<C>;
  /** Path of the endpoint; default `/graphql`. */
  readonly path?: string;
  /** How much one request may ask for; each limit defaults as in `defaultQueryLimits`. */
  readonly limits?: Partial<QueryLimits>;
  /**
   * Whether the schema may be introspected and unknown fields answered with suggestions of known
   * ones; default false. Development turns it on (see scripts/lib/services.mjs); elsewhere the
   * schema is published as SDL in schema/, not discoverable through the API.
   */
  readonly introspection?: boolean;
  readonly plugins?: readonly ApolloServerPlugin<C>[];
  /**
   * Registers what runs after authentication and before GraphQL in the endpoint's scope (the
   * gateway's per-user rate limit), given how to find a request's verified caller.
   */
  readonly guard?: (scope: FastifyInstance, authOf: (request: FastifyRequest) => RequestAuth | undefined) => Promise<void>;
}

const auths = new WeakMap<FastifyRequest, RequestAuth>();

/**
 * Serves GraphQL at `/graphql` behind bearer-token authentication. Every request is verified here,
 * in the gateway and again in each subgraph: a missing, malformed, expired or forged token gets a
 * 401 before GraphQL runs, so no resolver ever sees an anonymous caller.
 */
export async function mountGraphQL<C extends BaseContext>(app: FastifyInstance, source: ApolloSource<C>, options: MountOptions<C>): Promise<ApolloServer<C>> {
  const limits = { ...defaultQueryLimits, ...options.limits };
  const introspection = options.introspection ?? false;
  const apollo = new ApolloServer<C>({
    ...source,
    formatError: (formatted, error) => formatError(formatted, error, (err) => app.log.error({ err }, 'unexpected error')),
    // Answers hold police data: no cache may keep them, so no cache hints are worked out per field,
    // and no field-level traces are made for a usage reporter this platform does not run.
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      requestLimitsPlugin(limits),
      stringInputsPlugin<C>(),
      ...(options.plugins ?? []),
    ],
    introspection,
    hideSchemaDetailsFromClientErrors: !introspection,
    // A document is bounded while it is parsed, before validation, whose cost grows faster than its
    // size (graphql-js compares every pair of fields at a level); the other limits are rules.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    // One more than reported, so an answer over the cap still says how many were left out.
    validationOptions: { maxErrors: limits.maxErrors + 1 },
    includeStacktraceInErrorResponses: false,
  } as ApolloServerOptions<C>);
  await apollo.start();

  const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) return refuse(reply, 'missing or malformed bearer token');
    try {
      const principal = await options.verifier.verify(token);
      const stated = readPurpose(request.headers[PURPOSE_HEADER]);
      if ('problem' in stated) return refusePurpose(reply, stated.problem);
      auths.set(request, { principal, token, requestId: request.id, purpose: stated.purpose });
      request.log = request.log.child({ user: principal.username });
    } catch (error) {
      if (isCrosslinkError(error) && error.code === 'UNAUTHENTICATED') {
        request.log.info({ reason: error.details['reason'] }, 'token refused');
        return refuse(reply, 'invalid token');
      }
      throw error;
    }
  };

  await app.register(async (scope) => {
    scope.addHook('preHandler', authenticate);
    await options.guard?.(scope, (request) => auths.get(request));
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });
    await scope.register(fastifyApollo(apollo), {
      path: options.path ?? '/graphql',
      context: async (request: FastifyRequest) => {
        const auth = auths.get(request);
        if (auth === undefined) throw new Error('GraphQL reached without authentication');
        return options.context(auth, request);
      },
    });
  });
  return apollo;
}

/** A purpose sent but not usable is refused before GraphQL runs: taken as none, it would hide the mistake. */
function refusePurpose(reply: FastifyReply, problem: string): FastifyReply {
  return reply.code(400).send({ errors: [{ message: problem, extensions: { code: 'PURPOSE_INVALID', field: PURPOSE_HEADER } }] });
}

function refuse(reply: FastifyReply, description: string): FastifyReply {
  return reply
    .code(401)
    .header('www-authenticate', `Bearer realm="crosslink", error="invalid_token", error_description="${description}"`)
    .send({ errors: [{ message: 'A valid bearer token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
}
