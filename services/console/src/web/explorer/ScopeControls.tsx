import { useState, type FormEvent } from 'react';
import type { LinkKind } from '../api/schema-enums.js';
import { titleCase } from '../ui/format.js';
import { linkKinds } from './network-fields.js';
import { clamp, DEFAULT_LIMIT, MAX_HOPS, MAX_LIMIT, MIN_HOPS, type ScopeOptions } from './scope.js';

/** Words for the link kinds whose enum names say too little. */
export function linkName(kind: LinkKind | 'WITHHELD'): string {
  switch (kind) {
    case 'FAMILY_REL':
      return 'Family';
    case 'KNOWS_SN':
      return 'Knows (social network)';
    case 'KNOWS_PHONE':
      return 'Knows (phone contacts)';
    case 'SAME_PERSON':
      return 'Same person (decided)';
    case 'WITHHELD':
      return 'Withheld';
    default:
      return titleCase(kind);
  }
}

/** Hops out (1 to 3), the kinds of link followed and the most records shown; applied together. */
export function ScopeControls({ options, onApply, busy }: { options: ScopeOptions; onApply: (options: ScopeOptions) => void; busy: boolean }) {
  const [hops, setHops] = useState(options.hops);
  const [via, setVia] = useState<readonly LinkKind[]>(options.via);
  const [limit, setLimit] = useState(String(options.limit));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (via.length === 0) return;
    onApply({ hops, via, limit: clamp(Number(limit), 1, MAX_LIMIT, DEFAULT_LIMIT) });
  };
  const toggle = (kind: LinkKind, on: boolean) => setVia((chosen) => (on ? [...chosen, kind] : chosen.filter((other) => other !== kind)));
  return (
    <form className="explorer-controls" onSubmit={submit} aria-label="Network scope">
      <div className="explorer-inline">
        <div>
          <label htmlFor="explorer-hops">Hops</label>
          <select id="explorer-hops" value={hops} onChange={(event) => setHops(Number(event.target.value))}>
            {Array.from({ length: MAX_HOPS - MIN_HOPS + 1 }, (_, i) => MIN_HOPS + i).map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? 'hop' : 'hops'}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="explorer-limit">Most records</label>
          <input id="explorer-limit" type="number" min={1} max={MAX_LIMIT} step={1} value={limit} onChange={(event) => setLimit(event.target.value)} />
        </div>
        <button type="submit" disabled={busy || via.length === 0}>
          Show network
        </button>
      </div>
      <fieldset className="explorer-via">
        <legend>Links followed</legend>
        {linkKinds.map((kind) => (
          <label key={kind} className="explorer-check">
            <input type="checkbox" checked={via.includes(kind)} onChange={(event) => toggle(kind, event.target.checked)} />
            {linkName(kind)}
          </label>
        ))}
        <button type="button" className="link" onClick={() => setVia(via.length === linkKinds.length ? [] : linkKinds)}>
          {via.length === linkKinds.length ? 'Clear all' : 'Tick all'}
        </button>
        {via.length === 0 ? <p className="field-problem">Tick at least one kind of link.</p> : null}
      </fieldset>
    </form>
  );
}
