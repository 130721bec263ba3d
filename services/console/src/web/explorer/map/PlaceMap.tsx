import type { FeatureCollection, MultiPolygon } from 'geojson';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { kindColors } from '../graph-style.js';
import type { MappedPlace } from '../linked-selection.js';
import outlineData from './uk-outline.json';
import './place-map.css';

const outline = outlineData as unknown as FeatureCollection<MultiPolygon, { name: string; uk: boolean }>;

/** Great Britain, Northern Ireland and the islands, as the map first shows them. */
const UK_BOUNDS = L.latLngBounds([49.8, -8.7], [60.9, 1.9]);
const MARKED = '#b45309';

/**
 * The network's places on a map of the UK: a coastline the console serves itself (no tiles, no
 * internet), one circle per place with coordinates. Clicking a place chooses its record; the places
 * of the current selection are drawn larger, in amber. Loaded on demand with Leaflet.
 */
export default function PlaceMap({
  places,
  marked,
  onChoose,
}: {
  places: readonly MappedPlace[];
  marked: ReadonlySet<string>;
  onChoose: (node: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<{ map: L.Map; markers: L.LayerGroup } | null>(null);
  const choose = useRef(onChoose);
  const framed = useRef<string>('');

  useEffect(() => {
    choose.current = onChoose;
  }, [onChoose]);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const instance = L.map(element, { preferCanvas: true, attributionControl: false, zoomSnap: 0.25, minZoom: 4, maxZoom: 14 });
    L.geoJSON(outline, {
      interactive: false,
      style: (feature) => ({
        color: '#7d8a96',
        weight: 1,
        fillColor: feature?.properties.uk === true ? '#f7f5ef' : '#e6e4de',
        fillOpacity: 1,
      }),
    }).addTo(instance);
    instance.fitBounds(UK_BOUNDS);
    map.current = { map: instance, markers: L.layerGroup().addTo(instance) };
    return () => {
      instance.remove();
      map.current = null;
      framed.current = '';
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    if (current === null) return;
    current.markers.clearLayers();
    for (const place of places) {
      const isMarked = marked.has(place.node);
      L.circleMarker([place.latitude, place.longitude], {
        radius: isMarked ? 9 : 6,
        color: '#ffffff',
        weight: 1.5,
        fillColor: isMarked ? MARKED : kindColors.LOCATION,
        fillOpacity: 0.9,
      })
        .bindTooltip(place.label)
        .on('click', () => choose.current(place.node))
        .addTo(current.markers);
    }
    // The view moves to the places when a different set arrives, not when the selection changes.
    const key = places.map((place) => place.node).join(',');
    if (places.length > 0 && key !== framed.current) {
      framed.current = key;
      current.map.fitBounds(L.latLngBounds(places.map((place) => [place.latitude, place.longitude])), { padding: [40, 40], maxZoom: 8 });
    }
  }, [places, marked]);

  return <div ref={container} className="place-map" role="region" aria-label={`Map of ${places.length} ${places.length === 1 ? 'place' : 'places'}`} />;
}
