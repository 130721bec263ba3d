// Writes the map's base layer, src/web/explorer/map/uk-outline.json: the coastlines of the United
// Kingdom, the Crown dependencies and Ireland, from Natural Earth's 1:10m countries (public domain,
// as packaged by world-atlas), with coordinates rounded to about 100 m. The console serves the file
// itself, so the map needs no tile server and no internet.
//
//   node services/console/scripts/uk-outline.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const SOURCE = require.resolve('world-atlas/countries-10m.json');
const TARGET = fileURLToPath(new URL('../src/web/explorer/map/uk-outline.json', import.meta.url));

/** The countries drawn, and whether each is the UK's (drawn as land) or a neighbour (drawn faint). */
const COUNTRIES = { 'United Kingdom': true, 'Isle of Man': true, Jersey: true, Guernsey: true, Ireland: false };

/** Decimal places kept: three is about 100 m, finer than the outline's own accuracy. */
const PLACES = 3;
const round = (value) => Math.round(value * 10 ** PLACES) / 10 ** PLACES;

/** A ring rounded, without the repeated points rounding makes; null when too few remain. */
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [round(x), round(y)];
    const last = out.at(-1);
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= 4 ? out : null;
}

function roundPolygons(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .map((rings) => rings.map(roundRing))
    .filter((rings) => rings[0] !== null)
    .map((rings) => rings.filter((ring) => ring !== null));
}

const topology = JSON.parse(await readFile(SOURCE, 'utf8'));
const countries = feature(topology, topology.objects.countries).features;
const features = countries
  .filter((country) => country.properties.name in COUNTRIES)
  .map((country) => ({
    type: 'Feature',
    properties: { name: country.properties.name, uk: COUNTRIES[country.properties.name] },
    geometry: { type: 'MultiPolygon', coordinates: roundPolygons(country.geometry) },
  }));
const missing = Object.keys(COUNTRIES).filter((name) => !features.some((f) => f.properties.name === name));
if (missing.length > 0) throw new Error(`Not in the source: ${missing.join(', ')}`);

const collection = { type: 'FeatureCollection', source: 'Natural Earth 1:10m countries (public domain), via world-atlas 2.0.2', features };
await writeFile(TARGET, `${JSON.stringify(collection)}\n`);
const points = features.flatMap((f) => f.geometry.coordinates.flat(2)).length;
console.log(`Wrote ${TARGET}: ${features.length} countries, ${points} points`);
