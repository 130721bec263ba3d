// The fault suite's clients: detectives of four forces reading and writing their own cases through
// the gateway, and a ledger of every write with what its answer said. Each write carries a tag of
// this run (in a title, description, surname or summary) and a request id of its own, so that the
// checks can find in Neo4j what each write left, whether or not its answer named an id.
import { post, type Outcome, type Tally, type Tokens } from '../bench/load-client.js';

export const USERS = ['detective.gmp', 'detective.met', 'detective.wmp', 'detective.merpol'] as const;
export const FORCE_OF: Record<string, string> = { 'detective.gmp': 'GMP', 'detective.met': 'MPS', 'detective.wmp': 'WMP', 'detective.merpol': 'MERPOL' };

export type WriteKind = 'createCase' | 'recordEvent' | 'recordPerson' | 'updateCase';

/**
 * One write as the client saw it. `acked`: the answer named the record (its id); `failed`: an
 * answer came and said the write failed (coded errors, or an HTTP error); `unknown`: no answer
 * came (connection refused or reset, or the client's deadline passed), so the client cannot know.
 */
export interface Write {
  readonly kind: WriteKind;
  readonly tag: string;
  readonly requestId: string;
  readonly user: string;
  /** The case the write is on (not for createCase). */
  readonly caseId: string | null;
  readonly sentAt: number;
  answeredAt: number;
  outcome: 'acked' | 'failed' | 'unknown';
  /** The id the answer named. */
  recordId: string | null;
  codes: readonly string[];
  status: number;
  transport: string | null;
}

/** A-Z letters for a number (names are free of digits, whatever a name rule may come to refuse). */
export function letters(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return out;
}

/** A small seeded generator, so a run's mix of operations can be repeated (`--seed`). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RunTags {
  readonly run: string;
  /** Starts every tagged case title, event description and summary of the run. */
  readonly textPrefix: string;
  /** Starts every tagged surname of the run (letters only). */
  readonly namePrefix: string;
}

export function runTags(run: string): RunTags {
  return { run, textPrefix: `Fault run ${run} `, namePrefix: `Fault${run}` };
}

const CREATE_CASE = 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { reference case { id reference } } }';
const RECORD_EVENT = 'mutation ($i: RecordEventInput!) { recordEvent(input: $i) { id } }';
const RECORD_PERSON = 'mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }';
const UPDATE_CASE = 'mutation ($i: UpdateCaseInput!) { updateCase(input: $i) { id summary } }';
const DOSSIER = `query ($r: String!) { case(reference: $r) { id reference title status summary
  people { role person { id forenames surname addresses { id postcode } } }
  history(first: 5) { edges { node { field to } } }
  timeline(first: 10) { edges { node { id kind description } } } } }`;
const LIST = `query ($f: CaseFilter, $after: String) { cases(filter: $f, first: 20, after: $after) {
  edges { node { id reference title status } } pageInfo { hasNextPage endCursor } } }`;

export interface WorkloadOptions {
  readonly gateway: string;
  readonly tokens: Tokens;
  readonly tags: RunTags;
  readonly timeoutMs: number;
  /** Every request's outcome (reads and writes). */
  readonly tally: Tally;
  /** Called with every outcome and when it was sent, for the per-fault windows. */
  readonly observe: (outcome: Outcome, sentAt: number, kind: 'read' | 'write' | 'token') => void;
}

/** The clients' shared state: the ledger and the cases each user has had acknowledged. */
export class Workload {
  readonly writes: Write[] = [];
  readonly tokenGrants = { ok: 0, failed: 0 };
  private readonly casesOf = new Map<string, { id: string; reference: string }[]>();
  private readonly cursorOf = new Map<string, string>();
  private next = 0;
  private reads = 0;

  constructor(private readonly options: WorkloadOptions) {}

  /** One iteration of client `client`: a read, a write, or now and then a fresh token. */
  async step(client: number, random: () => number): Promise<void> {
    const user = USERS[client % USERS.length] as string;
    const own = this.casesOf.get(user) ?? [];
    const pick = own.length > 0 ? own[Math.floor(random() * own.length)] : undefined;
    const roll = random();
    if (roll < 0.02) return this.freshToken(user);
    if (roll < 0.2 || pick === undefined) return this.createCase(user);
    if (roll < 0.32) return this.recordEvent(user, pick.id);
    if (roll < 0.42) return this.recordPerson(user, pick.id);
    if (roll < 0.5) return this.updateCase(user, pick.id);
    if (roll < 0.75) return void (await this.read(user, DOSSIER, { r: pick.reference }));
    const after = roll < 0.8 ? this.cursorOf.get(user) : undefined;
    const outcome = await this.read(user, LIST, { f: { force: FORCE_OF[user] }, after: after ?? null });
    const cursor = outcome.data?.cases?.pageInfo?.endCursor;
    if (typeof cursor === 'string') this.cursorOf.set(user, cursor);
  }

  private async freshToken(user: string): Promise<void> {
    const sentAt = Date.now();
    const started = performance.now();
    try {
      await this.options.tokens.grant(user);
      this.tokenGrants.ok++;
      this.options.observe(
        { ok: true, status: 200, codes: [], transport: null, ms: performance.now() - started, data: null, errors: [], text: null },
        sentAt,
        'token',
      );
    } catch {
      this.tokenGrants.failed++;
      this.options.observe(
        { ok: false, status: 0, codes: [], transport: 'KEYCLOAK', ms: performance.now() - started, data: null, errors: [], text: null },
        sentAt,
        'token',
      );
    }
  }

  private async read(user: string, query: string, variables: Record<string, unknown>): Promise<Outcome> {
    const sentAt = Date.now();
    const outcome = await post(
      this.options.gateway,
      { query, variables },
      {
        token: await this.options.tokens.get(user),
        requestId: `fault-${this.options.tags.run}-r${this.reads++}`,
        timeoutMs: this.options.timeoutMs,
      },
    );
    this.options.tally.add(outcome);
    this.options.observe(outcome, sentAt, 'read');
    return outcome;
  }

  private async write(
    kind: WriteKind,
    user: string,
    caseId: string | null,
    query: string,
    input: (tag: string) => Record<string, unknown>,
    idOf: (data: Outcome['data']) => unknown,
  ): Promise<{ write: Write; outcome: Outcome }> {
    const n = this.next++;
    const tag = kind === 'recordPerson' ? `${this.options.tags.namePrefix}${letters(n)}` : `${this.options.tags.textPrefix}w${n}`;
    const token = await this.options.tokens.get(user);
    const write: Write = {
      kind,
      tag,
      requestId: `fault-${this.options.tags.run}-w${n}`,
      user,
      caseId,
      sentAt: Date.now(),
      answeredAt: 0,
      outcome: 'unknown',
      recordId: null,
      codes: [],
      status: 0,
      transport: null,
    };
    this.writes.push(write);
    const outcome = await post(
      this.options.gateway,
      { query, variables: { i: input(tag) } },
      {
        token,
        requestId: write.requestId,
        timeoutMs: this.options.timeoutMs,
      },
    );
    this.options.tally.add(outcome);
    this.options.observe(outcome, write.sentAt, 'write');
    write.answeredAt = Date.now();
    write.codes = outcome.codes;
    write.status = outcome.status;
    write.transport = outcome.transport;
    const id = outcome.data === null ? undefined : idOf(outcome.data);
    if (typeof id === 'string') {
      write.outcome = 'acked';
      write.recordId = id;
    } else {
      // No answer, or an answer that says the outcome is unknown (the commit was cut off), claims no failure.
      write.outcome = outcome.status === 0 || outcome.codes.includes('WRITE_OUTCOME_UNKNOWN') ? 'unknown' : 'failed';
    }
    return { write, outcome };
  }

  private async createCase(user: string): Promise<void> {
    const { write, outcome } = await this.write(
      'createCase',
      user,
      null,
      CREATE_CASE,
      (tag) => ({ title: tag, summary: 'Opened by the fault suite', priority: 'LOW' }),
      (d) => d?.createCase?.case?.id,
    );
    const reference = outcome.data?.createCase?.case?.reference;
    if (write.outcome === 'acked' && typeof reference === 'string') {
      const list = this.casesOf.get(user) ?? [];
      list.push({ id: write.recordId as string, reference });
      this.casesOf.set(user, list);
    }
  }

  private async recordEvent(user: string, caseId: string): Promise<void> {
    await this.write(
      'recordEvent',
      user,
      caseId,
      RECORD_EVENT,
      (tag) => ({ caseId, kind: 'INCIDENT', description: tag, occurredAt: '2026-05-01' }),
      (d) => d?.recordEvent?.id,
    );
  }

  private async recordPerson(user: string, caseId: string): Promise<void> {
    await this.write(
      'recordPerson',
      user,
      caseId,
      RECORD_PERSON,
      (tag) => ({ caseId, role: 'WITNESS', forenames: 'Fault', surname: tag }),
      (d) => d?.recordPerson?.person?.id,
    );
  }

  private async updateCase(user: string, caseId: string): Promise<void> {
    await this.write(
      'updateCase',
      user,
      caseId,
      UPDATE_CASE,
      (tag) => ({ caseId, summary: tag, reason: 'Fault suite update' }),
      (d) => (d?.updateCase?.id === caseId ? caseId : undefined),
    );
  }
}
