import { lazy, Suspense, useMemo } from 'react';
import { Loading } from '../ui/states.js';
import type { ExplorerGraph } from './graph-types.js';
import { mappedPlaces, timelineItems } from './linked-selection.js';
import { Timeline } from './Timeline.js';
import './places-and-times.css';

// Leaflet and the coastline load only when the explorer first draws the map.
const PlaceMap = lazy(() => import('./map/PlaceMap.js'));

/**
 * The map and the timeline of the records in view, linked with the graph by one selection: a place
 * chosen on the map (or from its list) is the record chosen in the graph; an event chosen on the
 * timeline chooses its case, which lights up what it asserts in both.
 */
export function PlacesAndTimes({
  graph,
  version,
  selected,
  chosenCase,
  markedPlaces,
  markedCases,
  onChooseRecord,
  onChooseCase,
}: {
  graph: ExplorerGraph;
  version: number;
  selected: string | null;
  chosenCase: string | null;
  markedPlaces: ReadonlySet<string>;
  markedCases: ReadonlySet<string>;
  onChooseRecord: (node: string) => void;
  onChooseCase: (caseId: string | null) => void;
}) {
  const { places, unmapped } = useMemo(() => mappedPlaces(graph), [graph, version]);
  const items = useMemo(() => timelineItems(graph), [graph, version]);
  return (
    <div className="places-and-times">
      <section className="explorer-panel places" aria-labelledby="places-title">
        <h2 id="places-title">Map</h2>
        <div className="places-body">
          <Suspense fallback={<Loading what="the map" />}>
            <PlaceMap places={places} marked={markedPlaces} onChoose={onChooseRecord} />
          </Suspense>
          <div className="places-list">
            <p className="hint">
              {places.length === 0 ? 'No place in view has coordinates' : `${places.length} ${places.length === 1 ? 'place' : 'places'} on the map`}
              {unmapped > 0 ? `; ${unmapped} without coordinates` : ''}. Coastline from Natural Earth.
            </p>
            <ul aria-label="Places on the map">
              {places.map((place) => (
                <li key={place.node} className={markedPlaces.has(place.node) ? 'marked' : undefined}>
                  <button type="button" className="link" aria-current={place.node === selected ? 'true' : undefined} onClick={() => onChooseRecord(place.node)}>
                    {place.label}
                  </button>
                  {place.forceArea !== null ? <span className="hit-kind"> {place.forceArea}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <section className="explorer-panel times" aria-labelledby="times-title">
        <h2 id="times-title">Timeline</h2>
        <Timeline items={items} chosenCase={chosenCase} marked={markedCases} onChoose={onChooseCase} />
      </section>
    </div>
  );
}
