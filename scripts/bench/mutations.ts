// `npm run bench:mutations` — what each write costs one client through the gateway: opening a case,
// recording a person, each shared object (phone, vehicle, email address, bank account), an address,
// a subject check, raising and allocating an action. Each phone, vehicle, account and address recorded is one
// the Met already holds in a case GMP may not see, so every record pays for its hits on entry and
// the alert it raises. Prints p50/p95 per mutation.
//
// With --before <gateway URL> (and --before-keycloak <URL>), it times a second platform in the same
// run — another checkout's `npm start`, say the code before a change — interleaved round by round
// with this one, and prints each mutation's p50 on both and the ratio. Each platform is asked the
// mutation in the shape its schema has (a record's answer is the object, or a payload with hits).
//
// Runs against the platform `npm start` runs when it is up (`--stack dev`); otherwise against the
// test stack of CROSSLINK_TEST_SLOT, brought up for the run (`--keep` leaves it up).
// Options: --rounds 50  --warmup 5  --stack auto|dev|test  --keep  --before URL  --before-keycloak URL
import { post, textTable, Tokens } from './load-client.js';
import { endpoints, stackFor, takeDown } from './load-stack.js';
import { summarise } from './stats.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}

const rounds = Number(option('rounds', '50'));
const warmup = Number(option('warmup', '5'));
const wanted = option('stack', 'auto');
const before = option('before', '');
const beforeKeycloak = option('before-keycloak', 'http://127.0.0.1:8180');
if (!(rounds > 0) || !(warmup >= 0)) {
  console.error('usage: npm run bench:mutations -- [--rounds 50] [--warmup 5] [--stack auto|dev|test] [--keep] [--before URL --before-keycloak URL]');
  process.exit(2);
}

const PURPOSE = 'Benchmark: the cost of each write';

/** One platform under test: where it is, its officers' tokens, and the shape its schema gives record answers. */
interface Platform {
  readonly name: string;
  readonly gateway: string;
  readonly tokens: Tokens;
  /** Record mutations of shared objects answer with a payload (object and hits), not the object alone. */
  readonly payloads: boolean;
  /** Addresses are recorded in a case (as its claim) and answer with their hits. */
  readonly addressClaims: boolean;
  /** The Met's case holding the values GMP records (the hits), and GMP's case they are recorded in. */
  metCase: string;
}

async function call(p: Platform, user: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const outcome = await post(p.gateway, { query, variables }, { token: await p.tokens.get(user), purpose: PURPOSE });
  if (!outcome.ok) throw new Error(`${p.name}: ${JSON.stringify(outcome.errors.length > 0 ? outcome.errors : (outcome.text ?? outcome.status))}`);
  return outcome.data;
}

async function platform(name: string, gateway: string, keycloak: string): Promise<Platform> {
  const tokens = new Tokens(keycloak);
  const p: Platform = { name, gateway, tokens, payloads: false, addressClaims: false, metCase: '' };
  // Introspection is off; a selection the schema lacks fails validation before anything runs.
  const probe = await post(
    gateway,
    { query: 'mutation { recordPhone(input: { caseId: "none", number: "0" }) { hits { __typename } } }' },
    { token: await tokens.get('detective.gmp'), purpose: PURPOSE },
  );
  const addressProbe = await post(
    gateway,
    { query: 'mutation { recordAddress(input: { caseId: "none", line1: "1", town: "x", postcode: "M1 1AE" }) { hits { __typename } } }' },
    { token: await tokens.get('detective.gmp'), purpose: PURPOSE },
  );
  const ready: Platform = {
    ...p,
    payloads: !probe.codes.includes('GRAPHQL_VALIDATION_FAILED'),
    addressClaims: !addressProbe.codes.includes('GRAPHQL_VALIDATION_FAILED'),
  };
  // Every officer the benchmark uses signs in once, so allocation knows them.
  for (const user of ['detective.gmp', 'supervisor.gmp', 'detective.met']) await call(ready, user, '{ forces { code } }');
  ready.metCase = await openCase(ready, 'detective.met', 'Benchmark: values the Met holds');
  return ready;
}

const openCase = async (p: Platform, user: string, title: string): Promise<string> =>
  (await call(p, user, 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', { i: { title } })).createCase.case.id;

let serial = 0;
/** Values no round has used: a mobile number, a VRM, an email address, an account number. */
function fresh() {
  serial += 1;
  const n = String(process.pid % 1000).padStart(3, '0') + String(serial).padStart(4, '0');
  const letters = (k: number) => String.fromCharCode(65 + (k % 26)) + String.fromCharCode(65 + (Math.floor(k / 26) % 26));
  return {
    mobile: `0790${n}`,
    vrm: `${letters(serial)}${String(10 + (serial % 90))}${letters(process.pid)}${letters(serial * 7).charAt(0)}`,
    email: `bench.${process.pid}.${serial}@example.test`,
    account: String(10_000_000 + ((process.pid * 1000 + serial) % 89_999_999)),
    address: { line1: `${n} Bench Street`, town: 'Salford', postcode: 'M5 4WT' },
  };
}

/** A platform whose addresses are case claims answers with the location and its hits. */
const address = (p: Platform) => (p.addressClaims ? 'recordAddress(input: $i) { location { id } hits { force { code } } }' : 'recordAddress(input: $i) { id }');

const shared = (p: Platform, field: string, label: string) =>
  p.payloads ? `${field}(input: $i) { ${label} { id } hits { force { code } } }` : `${field}(input: $i) { id }`;

/**
 * One round on a platform: the Met records this round's values (untimed), then GMP's writes, each
 * timed. Returns milliseconds per mutation.
 */
async function round(p: Platform): Promise<Map<string, number>> {
  const v = fresh();
  await call(p, 'detective.met', `mutation ($i: RecordPhoneInput!) { ${shared(p, 'recordPhone', 'phone')} }`, { i: { caseId: p.metCase, number: v.mobile } });
  await call(p, 'detective.met', `mutation ($i: RecordVehicleInput!) { ${shared(p, 'recordVehicle', 'vehicle')} }`, { i: { caseId: p.metCase, vrm: v.vrm } });
  await call(p, 'detective.met', `mutation ($i: RecordBankAccountInput!) { ${shared(p, 'recordBankAccount', 'bankAccount')} }`, {
    i: { caseId: p.metCase, sortCode: '20-00-00', accountNumber: v.account },
  });
  if (p.addressClaims) await call(p, 'detective.met', `mutation ($i: RecordAddressInput!) { ${address(p)} }`, { i: { caseId: p.metCase, ...v.address } });

  const times = new Map<string, number>();
  const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const start = process.hrtime.bigint();
    const result = await run();
    times.set(name, Number(process.hrtime.bigint() - start) / 1e6);
    return result;
  };
  const gmp = (text: string, i: Record<string, unknown>) => call(p, 'detective.gmp', text, { i });
  const caseId = await timed('createCase', () => openCase(p, 'detective.gmp', `Benchmark write ${v.email}`));
  const person = await timed('recordPerson', () =>
    gmp('mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }', {
      caseId,
      role: 'SUSPECT',
      forenames: 'Bench',
      surname: `Mark${serial}`,
    }),
  );
  const personId = person.recordPerson.person.id;
  await timed('recordPhone', () => gmp(`mutation ($i: RecordPhoneInput!) { ${shared(p, 'recordPhone', 'phone')} }`, { caseId, personId, number: v.mobile }));
  await timed('recordVehicle', () =>
    gmp(`mutation ($i: RecordVehicleInput!) { ${shared(p, 'recordVehicle', 'vehicle')} }`, { caseId, personId, vrm: v.vrm, make: 'Ford', colour: 'Blue' }),
  );
  await timed('recordEmailAddress', () =>
    gmp(`mutation ($i: RecordEmailAddressInput!) { ${shared(p, 'recordEmailAddress', 'emailAddress')} }`, { caseId, personId, address: v.email }),
  );
  await timed('recordBankAccount', () =>
    gmp(`mutation ($i: RecordBankAccountInput!) { ${shared(p, 'recordBankAccount', 'bankAccount')} }`, {
      caseId,
      personId,
      sortCode: '20-00-00',
      accountNumber: v.account,
    }),
  );
  await timed('recordAddress', () =>
    gmp(`mutation ($i: RecordAddressInput!) { ${address(p)} }`, { ...(p.addressClaims ? { caseId } : {}), personId, ...v.address }),
  );
  await timed('checkSubject', () =>
    gmp('mutation ($i: SubjectCheckInput!) { checkSubject(input: $i) { value } }', { kind: 'PHONE', value: v.mobile, reason: 'Benchmark check' }),
  );
  const action = await timed('raiseAction', () =>
    call(p, 'supervisor.gmp', 'mutation ($i: RaiseActionInput!) { raiseAction(input: $i) { id } }', { i: { caseId, description: 'Benchmark action' } }),
  );
  await timed('allocateAction', () =>
    call(p, 'supervisor.gmp', 'mutation ($i: AllocateActionInput!) { allocateAction(input: $i) { id } }', {
      i: { actionId: action.raiseAction.id, officer: { username: 'detective.gmp', force: 'GMP' } },
    }),
  );
  return times;
}

const { stack, startedHere } = await stackFor('bench:mutations', wanted);
try {
  const here = endpoints(stack);
  const platforms = [await platform('this', here.gateway, here.keycloak)];
  if (before !== '') platforms.unshift(await platform('before', before, beforeKeycloak));
  console.log(
    `bench:mutations — ${rounds} rounds (+${warmup} warm-up), one client, interleaved: ${platforms.map((p) => `${p.name} ${p.gateway}`).join(', ')}\n`,
  );

  const samples = new Map<string, Map<string, number[]>>(platforms.map((p) => [p.name, new Map()]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const p of platforms) {
      const times = await round(p);
      if (r < warmup) continue;
      const mine = samples.get(p.name)!;
      for (const [name, ms] of times) mine.set(name, [...(mine.get(name) ?? []), ms]);
    }
  }

  const names = [...samples.get('this')!.keys()];
  const fmt = (ms: number) => ms.toFixed(1);
  const rows = names.map((name) => {
    const after = summarise(name, samples.get('this')!.get(name)!);
    if (before === '') return [name, fmt(after.p50), fmt(after.p95)];
    const prior = summarise(name, samples.get('before')!.get(name)!);
    return [name, fmt(prior.p50), fmt(after.p50), `${(after.p50 / prior.p50).toFixed(2)}x`, fmt(prior.p95), fmt(after.p95)];
  });
  const header = before === '' ? ['mutation', 'p50 ms', 'p95 ms'] : ['mutation', 'before p50', 'after p50', 'after/before', 'before p95', 'after p95'];
  console.log(textTable(header, rows));
} finally {
  if (startedHere && !process.argv.includes('--keep')) await takeDown(stack);
}
