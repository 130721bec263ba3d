export interface GraphQLResponse<T = any> {
  readonly status: number;
  readonly data?: T | undefined;
  readonly errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] | undefined;
  readonly extensions?: Record<string, any> | undefined;
  readonly headers: Headers;
}

/** Posts one GraphQL operation and returns status, data and errors, whatever they are. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; authorization?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.authorization !== undefined) headers['authorization'] = options.authorization;
  else if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  const body = text === '' ? {} : (JSON.parse(text) as { data?: T; errors?: GraphQLResponse['errors'] });
  return { status: response.status, headers: response.headers, ...body };
}

/** Like postGraphQL, but fails with the errors when there are any, and returns `data`. */
export async function query<T = any>(
  url: string,
  token: string,
  text: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await postGraphQL<T>(url, text, variables, { token, headers });
  if (response.errors?.length || response.data === undefined) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}
