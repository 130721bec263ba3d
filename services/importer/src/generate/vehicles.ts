import type { Force } from './forces.js';
import type { Numbers } from './numbers.js';
import { type Random, Weighted } from './random.js';

const models = new Weighted<readonly [string, string]>([
  [['Ford', 'Fiesta'], 9],
  [['Ford', 'Focus'], 7],
  [['Vauxhall', 'Corsa'], 8],
  [['Vauxhall', 'Astra'], 6],
  [['Volkswagen', 'Golf'], 7],
  [['Volkswagen', 'Polo'], 5],
  [['BMW', '3 Series'], 4],
  [['BMW', '1 Series'], 3],
  [['Audi', 'A3'], 4],
  [['Mercedes-Benz', 'C-Class'], 3],
  [['Nissan', 'Qashqai'], 5],
  [['Toyota', 'Yaris'], 4],
  [['Toyota', 'Prius'], 2],
  [['Kia', 'Sportage'], 3],
  [['Peugeot', '208'], 4],
  [['Renault', 'Clio'], 3],
  [['Honda', 'Civic'], 2],
  [['Land Rover', 'Range Rover Evoque'], 2],
  [['Mini', 'Cooper'], 3],
  [['Hyundai', 'Tucson'], 2],
  [['Skoda', 'Octavia'], 3],
  [['Seat', 'Leon'], 2],
  [['Ford', 'Transit'], 3],
  [['Mercedes-Benz', 'Sprinter'], 1],
]);

export interface Vehicle {
  readonly make: string;
  readonly model: string;
  readonly year: number;
  readonly reg: string;
}

/**
 * A vehicle registered in the force's region, with a registration in the current shape ('MA19 XKE'):
 * the region's letter, a letter, the age identifier of its year (19 from March, 69 from September), three
 * letters. Registrations never repeat, so no two vehicles are taken for one.
 */
export function drawVehicle(rng: Random, force: Force, numbers: Numbers): Vehicle {
  const [make, model] = models.pick(rng);
  const year = rng.int(2005, 2025);
  const yy = year % 100;
  const age = String(rng.chance(0.5) ? yy : yy + 50).padStart(2, '0');
  return { make, model, year, reg: numbers.registration(force.regLetter, age) };
}
