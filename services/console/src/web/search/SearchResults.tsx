import { useState } from 'react';
import { withheldOf } from '../api/errors.js';
import { usePurpose } from '../api/purpose.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { useSession } from '../session/use-session.js';
import { Empty, Loading, Problem, WithheldNotice } from '../ui/states.js';
import { SearchQuery, type SearchData } from './search-fields.js';
import { SearchHitItem } from './SearchHitItem.js';

const PAGE = 20;
/** The most hits the gateway returns for one search. */
const MOST = 100;

/** People, cases and places matching the header search box's text, and the phone or vehicle it names, best first. */
export function SearchResults({ text }: { text: string }) {
  const searched = text.trim();
  return (
    <section aria-labelledby="search-title">
      <div className="page-head">
        <h1 id="search-title">{searched === '' ? 'Search' : `Search: ${searched}`}</h1>
      </div>
      {searched === '' ? (
        <Empty>
          Type a name, a case reference, an address, a phone number or a registration mark in the search box at the top of the page, then press Enter.
        </Empty>
      ) : (
        <Hits key={searched} text={searched} />
      )}
    </section>
  );
}

function Hits({ text }: { text: string }) {
  const { officer } = useSession();
  const { purpose } = usePurpose();
  const [first, setFirst] = useState(PAGE);
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<SearchData>({ query: SearchQuery, variables: { text, first } });
  const hits = data?.search ?? [];
  return (
    <>
      {hits.length > 0 ? (
        <ol className="search-hits" aria-label={`Results for ${text}`}>
          {hits.map((hit) => (
            <SearchHitItem key={`${hit.kind}:${hit.node.id}`} hit={hit} own={officer.force} />
          ))}
        </ol>
      ) : null}
      <div className="list-foot">
        {fetching && data === undefined ? <Loading what="results" /> : null}
        <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
        <WithheldNotice withheld={withheldOf(extensions)} />
        {data !== undefined && hits.length === 0 ? (
          <Empty>
            Nothing you may see matches “{text}”. To widen the search, use fewer words, the start of a name (a word also matches as a prefix), a case reference
            such as GMP-2026, or a postcode district such as B12. A phone or vehicle is found by its whole number or registration mark.
            {purpose === null ? ' Other forces’ records show only once you state a purpose.' : ''}
          </Empty>
        ) : null}
        {hits.length >= first && first < MOST ? (
          <button type="button" className="secondary" disabled={fetching} onClick={() => setFirst((shown) => Math.min(shown + PAGE, MOST))}>
            Show more
          </button>
        ) : null}
      </div>
    </>
  );
}
