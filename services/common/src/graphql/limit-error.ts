import { GraphQLError, type ASTNode } from 'graphql';

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'cost' | 'representations';

/** The error for a request over one of its limits: QUERY_TOO_COMPLEX, naming the limit, HTTP 400. */
export function tooComplex(limit: LimitName, max: number, found: number | undefined, message: string, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, {
    ...(nodes !== undefined ? { nodes } : {}),
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, ...(found !== undefined ? { found } : {}), http: { status: 400 } },
  });
}

/**
 * The limit graphql-js names when its parser stops at `maxTokens` ("Document contains more that
 * 3000 tokens", sic), or undefined for any other syntax error.
 */
export function tokenLimitIn(message: string): number | undefined {
  const max = /^Syntax Error: Document contains more \w+ (\d+) tokens/.exec(message)?.[1];
  return max === undefined ? undefined : Number(max);
}
