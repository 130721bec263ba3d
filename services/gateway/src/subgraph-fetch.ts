import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** The fetch-like function a subgraph source calls, as @apollo/gateway declares it. */
type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/*
 * How the gateway calls a subgraph: Node's http client on kept-alive connections, the request's
 * headers and body sent in one write, the whole answer read before it is handed on.
 *
 * Node's fetch sends a string body as a stream, in separate writes after the headers, so each call
 * woke the subgraph more than once and cost the gateway two to three times the CPU of this client
 * (see `npm run bench:dossier`, where a dossier is two calls one after another on its critical path).
 */

/** A deadline passed: the subgraph source answers it SUBGRAPH_TIMEOUT (see subgraph-source.ts). */
export class SubgraphTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * A fetcher for one subgraph, with its own pool of kept-alive connections. A call rejects with a
 * SubgraphTimeoutError past `timeoutMs` (the connection is then dropped: the answer can no longer
 * be used), and with Node's own error (ECONNREFUSED, ECONNRESET…) when the subgraph cannot be reached.
 */
export function subgraphFetcher(timeoutMs: number): Fetcher {
  // An idle connection is closed long before the subgraph's server would close it (fastify keeps one
  // for 72 s), so a call never goes out on a connection the other side is closing.
  const agent = new Agent({ keepAlive: true, timeout: 5_000 });
  return (url: string, init: FetcherRequestInit = {}) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        reject(error);
      };
      // As bytes: a string body would be sent in one string with the headers, in its encoding (UTF-8),
      // and header values are bytes (latin1), such as the UTF-8 of a purpose beyond ASCII.
      const body = Buffer.from(init.body ?? '');
      const call = request(url, {
        agent,
        method: init.method ?? 'POST',
        headers: { ...init.headers, 'content-length': String(body.length) },
      });
      const deadline = setTimeout(() => {
        const late = new SubgraphTimeoutError(`no answer within ${timeoutMs} ms`);
        fail(late);
        call.destroy(late);
      }, timeoutMs);
      call.once('error', fail);
      call.once('response', (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.once('error', fail);
        answer.once('close', () => {
          if (!answer.complete) fail(Object.assign(new Error('the subgraph closed the connection before the end of its answer'), { code: 'ECONNRESET' }));
        });
        answer.once('end', () => {
          if (settled) return;
          settled = true;
          clearTimeout(deadline);
          resolve(new BufferedResponse(url, answer.statusCode ?? 0, answer.statusMessage ?? '', answer.headers, Buffer.concat(chunks)));
        });
      });
      call.end(body);
    });
}

/** A subgraph's answer, read in full. */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly ok: boolean;
  readonly headers: Headers;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    raw: IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers();
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) this.headers.append(name, one);
    }
  }

  text(): Promise<string> {
    this.bodyUsed = true;
    return Promise.resolve(this.body.toString('utf8'));
  }

  json(): Promise<unknown> {
    return this.text().then((text) => JSON.parse(text) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const { buffer, byteOffset, byteLength } = this.body;
    return Promise.resolve(buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
  }

  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, Object.fromEntries(this.headers), this.body);
  }
}
