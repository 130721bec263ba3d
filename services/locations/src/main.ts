import { runSubgraph } from '@crosslink/common';
import { buildApp } from './app.js';
import { configSchema } from './config.js';

await runSubgraph('locations', configSchema, buildApp, () => ({}));
