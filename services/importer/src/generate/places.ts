import type { Force } from './forces.js';
import { streetKinds, streets } from './names.js';
import type { Random } from './random.js';

/** An address as the POLE files give it: one line, a postcode, and coordinates. */
export interface Place {
  readonly address: string;
  readonly postcode: string;
  readonly lat: number;
  readonly lon: number;
}

/** The letters a postcode's last two characters are drawn from (Royal Mail never uses C, I, K, M, O or V there). */
const unitLetters = 'ABDEFGHJLNPQRSTUWXYZ';

/** A real-shaped postcode in one of the force's districts ('M14 5RT'). */
export function drawPostcode(rng: Random, force: Force): string {
  const unit = `${unitLetters.charAt(rng.below(unitLetters.length))}${unitLetters.charAt(rng.below(unitLetters.length))}`;
  return `${rng.pick(force.districts)} ${rng.below(10)}${unit}`;
}

/** A street name ('Polding Street'). */
export function drawStreet(rng: Random): string {
  return `${rng.pick(streets)} ${rng.pick(streetKinds)}`;
}

/** A house, now and then a flat ('178 Polding Street', 'Flat 4, 22 Mill Lane'), somewhere in the force's area. */
export function drawPlace(rng: Random, force: Force): Place {
  const house = rng.chance(0.85) ? rng.int(1, 180) : rng.int(181, 420);
  const street = drawStreet(rng);
  const address = rng.chance(0.06) ? `Flat ${rng.int(1, 24)}, ${house} ${street}` : `${house} ${street}`;
  return {
    address,
    postcode: drawPostcode(rng, force),
    lat: Math.round((force.lat + rng.normal() * force.spread) * 1e6) / 1e6,
    lon: Math.round((force.lon + rng.normal() * force.spread * 1.6) * 1e6) / 1e6,
  };
}
