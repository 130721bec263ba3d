import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { depthLimit } from './depth-limit.js';
import { tooComplex, type LimitName } from './limit-error.js';

/**
 * How much one request may ask for. A graph invites expensive queries (a hundred aliases of a
 * dossier, a page of cases each with its people's cases…), and one such query slows the service for
 * everyone, so each is refused before anything runs — the gateway and every subgraph apply them.
 */
export interface QueryLimits {
  /** Lexical tokens in the document, checked while parsing, before any validation; default 3000. */
  readonly maxTokens: number;
  /** Deepest selection, counting through fragments; default 12. */
  readonly maxDepth: number;
  /** Aliased fields in an operation, counting through fragments; default 30. */
  readonly maxAliases: number;
  /**
   * Estimated cost: each field 1, each object 2, each level below the top 1.5 times the one above,
   * a list asked for with `first: n` n times its selection (a literal `first`; a variable counts once); default 200000.
   */
  readonly maxCost: number;
  /** Representations one `_entities` call may carry (subgraphs); default 2000. */
  readonly maxRepresentations: number;
  /** Errors one answer reports; the rest are counted in a last error (TOO_MANY_ERRORS); default 50. */
  readonly maxErrors: number;
}

export const defaultQueryLimits: QueryLimits = {
  maxTokens: 3000,
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 200_000,
  maxRepresentations: 2000,
  maxErrors: 50,
};

/** The count graphql-armor puts in its message (`… exceeded, found 31.`), if it did. */
function foundIn(message: string): number | undefined {
  const found = /found (\d+(?:\.\d+)?)/.exec(message)?.[1];
  return found === undefined ? undefined : Math.ceil(Number(found));
}

/** Reports an armor rule's refusal as our own coded error instead of letting it throw. */
const reportAs = (limit: LimitName, max: number, describe: (found: number | undefined) => string) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = foundIn(error.message);
      context?.reportError(tooComplex(limit, max, found, describe(found)));
    },
  ],
});

/** Validation rules for depth, aliases and cost; tokens are bounded by the parser (see mount.ts). */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    depthLimit(limits.maxDepth),
    maxAliasesRule({
      n: limits.maxAliases,
      ...reportAs('aliases', limits.maxAliases, (found) => `The query uses ${found ?? 'too many'} aliases; at most ${limits.maxAliases} are allowed`),
    }) as unknown as ValidationRule,
    costLimitRule({
      maxCost: limits.maxCost,
      ...reportAs(
        'cost',
        limits.maxCost,
        (found) => `The query would cost ${found ?? 'too much'}; at most ${limits.maxCost} is allowed: ask for fewer fields or smaller pages`,
      ),
    }) as unknown as ValidationRule,
  ];
}
