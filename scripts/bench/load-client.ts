// The load client shared by `npm run bench:load` and `npm run fault`: GraphQL over HTTP with a
// deadline, every answer classified (success, coded errors, HTTP status, transport failure);
// tokens that renew themselves before they expire and keep working while Keycloak is away; N
// concurrent clients bounded in time and count; latency percentiles; and the CPU each process of
// the stack spends, read from /proc. Loopback only: it talks to the URLs it is given.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { percentile } from './stats.js';

/** What one request came to. */
export interface Outcome {
  /** 200, data present and no errors. */
  readonly ok: boolean;
  /** HTTP status; 0 when no answer came (refused, reset, timed out). */
  readonly status: number;
  /** `extensions.code` of each error (`UNCODED` when an error has none; `HTTP_<status>` for a non-GraphQL failure). */
  readonly codes: readonly string[];
  /** Why no answer came: `ECONNREFUSED`, `ECONNRESET`, `TIMEOUT`, … */
  readonly transport: string | null;
  readonly ms: number;
  readonly data: any;
  readonly errors: readonly any[];
  /** The response body when it was not JSON (first 200 characters). */
  readonly text: string | null;
}

export interface PostOptions {
  readonly token?: string;
  readonly purpose?: string;
  readonly requestId?: string;
  readonly timeoutMs?: number;
  /** Extra or replacing headers (the fuzzer sends odd ones). */
  readonly headers?: Record<string, string>;
}

/** POSTs a GraphQL body (an object is serialised; a string is sent as it is) and classifies the answer. */
export async function post(url: string, body: unknown, options: PostOptions = {}): Promise<Outcome> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  if (options.purpose !== undefined) headers['x-crosslink-purpose'] = options.purpose;
  if (options.requestId !== undefined) headers['x-request-id'] = options.requestId;
  Object.assign(headers, options.headers ?? {});
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    text = await response.text();
  } catch (error) {
    return { ok: false, status: 0, codes: [], transport: transportReason(error), ms: elapsed(), data: null, errors: [], text: null };
  }
  const ms = elapsed();
  let parsed: { data?: unknown; errors?: unknown } | null = null;
  try {
    parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
  } catch {
    parsed = null;
  }
  const errors = Array.isArray(parsed?.errors) ? (parsed.errors as any[]) : [];
  const codes = errors.map((e) => (typeof e?.extensions?.code === 'string' ? (e.extensions.code as string) : 'UNCODED'));
  // A failure outside GraphQL (e.g. the HTTP server's own 400 for a body it cannot parse) may
  // still carry a top-level code; otherwise the status stands for it.
  const topCode = (parsed as { code?: unknown } | null)?.code;
  if (codes.length === 0 && response.status >= 400) codes.push(typeof topCode === 'string' ? topCode : `HTTP_${response.status}`);
  const data = parsed?.data ?? null;
  return {
    ok: response.status === 200 && errors.length === 0 && data !== null,
    status: response.status,
    codes,
    transport: null,
    ms,
    data,
    errors,
    text: parsed === null ? text.slice(0, 200) : null,
  };
}

function transportReason(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'TIMEOUT';
  return e?.cause?.code ?? e?.code ?? e?.cause?.name ?? e?.name ?? 'ERROR';
}

/**
 * Access tokens for realm users by password grant (the development client `crosslink-cli`), renewed
 * when a third of their life is left. When Keycloak cannot be reached the token in hand is kept (the
 * services verify tokens offline), and the failure is counted.
 */
export class Tokens {
  private readonly held = new Map<string, { token: string; renewAt: number }>();
  private readonly pending = new Map<string, Promise<string>>();
  grants = 0;
  failures = 0;
  lastFailure: string | null = null;

  constructor(
    private readonly keycloakUrl: string,
    private readonly password = 'crosslink',
  ) {}

  async get(username: string): Promise<string> {
    const held = this.held.get(username);
    if (held !== undefined && Date.now() < held.renewAt) return held.token;
    let pending = this.pending.get(username);
    if (pending === undefined) {
      pending = this.grant(username).finally(() => this.pending.delete(username));
      this.pending.set(username, pending);
    }
    try {
      return await pending;
    } catch (error) {
      if (held !== undefined) return held.token;
      throw error;
    }
  }

  /** A fresh grant now, whatever is held: proves Keycloak issues tokens. */
  async grant(username: string): Promise<string> {
    try {
      const response = await fetch(`${this.keycloakUrl}/realms/crosslink/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: 'crosslink-cli', username, password: this.password }),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
      const body = (await response.json()) as { access_token: string; expires_in: number };
      this.grants++;
      this.held.set(username, { token: body.access_token, renewAt: Date.now() + (body.expires_in * 1000 * 2) / 3 });
      return body.access_token;
    } catch (error) {
      this.failures++;
      this.lastFailure = error instanceof Error ? `${error.message}${transportSuffix(error)}` : String(error);
      throw error;
    }
  }
}

function transportSuffix(error: Error): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ? ` (${cause.code})` : '';
}

/**
 * Runs `task` in `clients` concurrent loops until `durationMs` has passed, each loop at most
 * `maxPerClient` times. A task's exception ends nothing: it is counted and the loop goes on.
 */
export async function runClients(
  options: { clients: number; durationMs: number; maxPerClient?: number; stop?: () => boolean },
  task: (client: number, iteration: number) => Promise<void>,
): Promise<{ iterations: number; thrown: number; firstThrown: string | null }> {
  const deadline = Date.now() + options.durationMs;
  const max = options.maxPerClient ?? Number.POSITIVE_INFINITY;
  let iterations = 0;
  let thrown = 0;
  let firstThrown: string | null = null;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      for (let i = 0; i < max && Date.now() < deadline && !(options.stop?.() ?? false); i++) {
        try {
          await task(client, i);
        } catch (error) {
          thrown++;
          firstThrown ??= error instanceof Error ? error.message : String(error);
        }
        iterations++;
      }
    }),
  );
  return { iterations, thrown, firstThrown };
}

/** Latencies and error codes of a set of requests. */
export class Tally {
  readonly latencies: number[] = [];
  readonly codes = new Map<string, number>();
  readonly transport = new Map<string, number>();
  requests = 0;
  errors = 0;

  add(outcome: Outcome): void {
    this.requests++;
    this.latencies.push(outcome.ms);
    if (!outcome.ok) this.errors++;
    for (const code of outcome.codes) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    if (outcome.transport !== null) this.transport.set(outcome.transport, (this.transport.get(outcome.transport) ?? 0) + 1);
  }

  percentiles(): { p50: number; p99: number } {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  }
}

let clockTicks: number | undefined;

/** Kernel clock ticks per second (the unit of /proc/<pid>/stat's utime and stime). */
export function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const parsed = Number(answer.stdout?.trim());
    clockTicks = Number.isInteger(parsed) && parsed > 0 ? parsed : 100;
  }
  return clockTicks;
}

/**
 * CPU time (user + system, milliseconds) spent so far by every live process in each of the given
 * process groups. The stack's scripts start each server as the leader of its own group (its pid
 * file holds the group id), so a group covers a server and anything it spawned (Keycloak's
 * launcher script and its JVM).
 */
export function cpuMsByGroup(groups: ReadonlyMap<string, number>): Map<string, number> {
  const wanted = new Map<number, string>([...groups].map(([name, pgid]) => [pgid, name]));
  const totals = new Map<string, number>([...groups.keys()].map((name) => [name, 0]));
  const tick = 1000 / ticksPerSecond();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // Fields after the command name (which may hold spaces), from field 3 (state) on.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pgid = Number(fields[2]);
    const name = wanted.get(pgid);
    if (name === undefined) continue;
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    totals.set(name, (totals.get(name) ?? 0) + ticks * tick);
  }
  return totals;
}

/** Counts by key, largest first, as `KEY n, KEY n`. */
export function countsText(counts: ReadonlyMap<string, number>): string {
  if (counts.size === 0) return '-';
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');
}

/** A fixed-width text table. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
