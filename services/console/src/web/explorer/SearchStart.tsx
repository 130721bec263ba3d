import { useState, type FormEvent } from 'react';
import { withheldOf } from '../api/errors.js';
import type { NetworkNodeKind, SearchKind } from '../api/schema-enums.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { useSession } from '../session/use-session.js';
import { ForceBadge } from '../ui/Badge.js';
import { titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { Empty, Loading, Problem, WithheldNotice } from '../ui/states.js';
import { explorerHref, type Start } from './scope.js';

const HITS = 10;

const ExplorerSearchQuery = `
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      kind rank
      node {
        __typename
        ... on Case { id reference title force { code name } }
        ... on Person { id forenames surname dateOfBirth }
        ... on Location { id line1 town postcode }
        ... on Phone { id number }
        ... on Vehicle { id vrm }
      }
    }
  }
`;
type StartHit =
  | { __typename: 'Case'; id: string; reference: string; title: string; force: { code: string; name: string } }
  | { __typename: 'Person'; id: string; forenames: string; surname: string; dateOfBirth: string | null }
  | { __typename: 'Location'; id: string; line1: string; town: string; postcode: string }
  | { __typename: 'Phone'; id: string; number: string }
  | { __typename: 'Vehicle'; id: string; vrm: string };
interface ExplorerSearchData {
  search: { kind: SearchKind; rank: number; node: StartHit }[];
}

/** The search box that picks the record (a person, a place, a phone, a vehicle) or the case a network starts from. */
export function SearchStart() {
  const [draft, setDraft] = useState('');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setText(draft.trim());
  };
  return (
    <div className="explorer-start">
      <form role="search" onSubmit={submit} className="explorer-search">
        <label htmlFor="explorer-search">Start from a person, case, place, phone or vehicle</label>
        <div className="explorer-inline">
          <input
            id="explorer-search"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="Name, reference, postcode, phone or plate"
          />
          <button type="submit">Find</button>
        </div>
      </form>
      {text !== '' ? <StartHits key={text} text={text} onDone={() => setText('')} /> : null}
    </div>
  );
}

function StartHits({ text, onDone }: { text: string; onDone: () => void }) {
  const { officer } = useSession();
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<ExplorerSearchData>({
    query: ExplorerSearchQuery,
    variables: { text, first: HITS },
  });
  const hits = data?.search ?? [];
  return (
    <div className="explorer-hits">
      {hits.length > 0 ? (
        <ol aria-label={`Records matching ${text}`}>
          {hits.map((hit) => (
            <li key={`${hit.node.__typename}:${hit.node.id}`} onClick={onDone}>
              <span className="hit-kind">{titleCase(hit.kind)}</span> <Link to={explorerHref(startOf(hit.node))}>{nameOf(hit.node)}</Link>
              {hit.node.__typename === 'Case' ? (
                <>
                  {' '}
                  {hit.node.title} <ForceBadge code={hit.node.force.code} own={officer.force} />
                </>
              ) : null}
              {hit.node.__typename === 'Person' && hit.node.dateOfBirth !== null ? <span className="muted"> born {hit.node.dateOfBirth}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {fetching && data === undefined ? <Loading what="records" /> : null}
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      <WithheldNotice withheld={withheldOf(extensions)} />
      {data !== undefined && hits.length === 0 ? <Empty>Nothing you may see matches “{text}”.</Empty> : null}
    </div>
  );
}

/** The record kind the explorer starts from, for each kind of hit but a case (which starts from its people). */
const recordKinds = { Person: 'PERSON', Location: 'LOCATION', Phone: 'PHONE', Vehicle: 'VEHICLE' } as const satisfies Record<
  Exclude<StartHit['__typename'], 'Case'>,
  NetworkNodeKind
>;

function startOf(hit: StartHit): Start {
  if (hit.__typename === 'Case') return { kind: 'case', caseId: hit.id };
  return { kind: 'record', record: { kind: recordKinds[hit.__typename], id: hit.id } };
}

function nameOf(hit: StartHit): string {
  switch (hit.__typename) {
    case 'Case':
      return hit.reference;
    case 'Person':
      return `${hit.surname.toUpperCase()}, ${hit.forenames}`;
    case 'Location':
      return [hit.line1, hit.town, hit.postcode].filter((part) => part !== '').join(', ');
    case 'Phone':
      return hit.number;
    case 'Vehicle':
      return hit.vrm;
  }
}
