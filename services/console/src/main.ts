import { listen, loadConfig } from '@crosslink/common';
import { buildConsoleServer } from './app.js';
import { loadAssets } from './assets.js';
import { clientConfig, configSchema } from './config.js';

const config = loadConfig(configSchema);
const app = buildConsoleServer({ assets: loadAssets(config.ASSETS_DIR), client: clientConfig(config), logLevel: config.LOG_LEVEL });
await listen(app, { host: config.HOST, port: config.PORT });
