// @ts-check
// Where each stack (the developer's platform, or the test suite's) keeps its servers, ports and
// secrets. The two never share a port or a data folder, so `npm test` leaves a running platform alone.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @typedef {object} Stack
 * @property {'dev'|'test'} name
 * @property {string} dir           git-ignored folder holding data, logs, pids and secrets
 * @property {{gateway:number,cases:number,entities:number,locations:number,intel:number,console:number,bolt:number,keycloak:number,keycloakManagement:number}} ports
 */

/** @param {string} name @param {number} fallback */
function envPort(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${value} is not a port`);
  return port;
}

/** @param {'dev'|'test'} name @returns {Stack} */
export function stack(name) {
  if (name === 'dev') {
    return {
      name,
      dir: join(root, '.crosslink'),
      ports: {
        gateway: envPort('GATEWAY_PORT', 4000),
        cases: envPort('CASES_PORT', 4001),
        entities: envPort('ENTITIES_PORT', 4002),
        locations: envPort('LOCATIONS_PORT', 4003),
        intel: envPort('INTEL_PORT', 4004),
        console: envPort('CONSOLE_PORT', 4005),
        bolt: envPort('NEO4J_BOLT_PORT', 7687),
        keycloak: envPort('KEYCLOAK_PORT', 8180),
        keycloakManagement: envPort('KEYCLOAK_MANAGEMENT_PORT', 9180),
      },
    };
  }
  // CROSSLINK_TEST_SLOT=n gives a test stack of its own (folder and ports), so several suites can
  // run side by side on one machine, e.g. for two working copies.
  const slot = Number(process.env['CROSSLINK_TEST_SLOT'] ?? 0);
  if (!Number.isInteger(slot) || slot < 0 || slot > 9) throw new Error('CROSSLINK_TEST_SLOT is a number from 0 to 9');
  const shift = slot * 10;
  return {
    name,
    dir: join(root, slot === 0 ? '.crosslink-test' : `.crosslink-test-${slot}`),
    ports: {
      gateway: envPort('TEST_GATEWAY_PORT', 4100 + shift),
      cases: envPort('TEST_CASES_PORT', 4101 + shift),
      entities: envPort('TEST_ENTITIES_PORT', 4102 + shift),
      locations: envPort('TEST_LOCATIONS_PORT', 4103 + shift),
      intel: envPort('TEST_INTEL_PORT', 4104 + shift),
      console: envPort('TEST_CONSOLE_PORT', 4105 + shift),
      bolt: envPort('TEST_NEO4J_BOLT_PORT', 7787 + shift),
      keycloak: envPort('TEST_KEYCLOAK_PORT', 8280 + shift),
      keycloakManagement: envPort('TEST_KEYCLOAK_MANAGEMENT_PORT', 9280 + shift),
    },
  };
}

/** @param {Stack} s @param {string[]} parts */
export function path(s, ...parts) {
  return join(s.dir, ...parts);
}

/**
 * The stack's generated secrets (Neo4j and Keycloak admin passwords, the key the gateway signs its
 * audit attestations with, the key list cursors are sealed with, the officer-directory client's secret), made on first use and kept in the stack folder, readable by the owner
 * only. A secret added since the file was written is made and added to it.
 * @param {Stack} s
 * @returns {{neo4jPassword: string, keycloakAdminPassword: string, auditAttestationKey: string, cursorKey: string, directoryClientSecret: string}}
 */
export function secrets(s) {
  const file = path(s, 'secrets.json');
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const made = {
    neo4jPassword: kept.neo4jPassword ?? randomBytes(18).toString('base64url'),
    keycloakAdminPassword: kept.keycloakAdminPassword ?? randomBytes(18).toString('base64url'),
    auditAttestationKey: kept.auditAttestationKey ?? randomBytes(32).toString('base64url'),
    cursorKey: kept.cursorKey ?? randomBytes(32).toString('base64url'),
    directoryClientSecret: kept.directoryClientSecret ?? randomBytes(24).toString('base64url'),
  };
  if (Object.keys(made).some((key) => kept[key] === undefined)) {
    mkdirSync(s.dir, { recursive: true });
    writeFileSync(file, JSON.stringify(made, null, 2), { mode: 0o600 });
  }
  return made;
}
