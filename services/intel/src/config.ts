import { commonEnv, port, z } from '@crosslink/common';

export const configSchema = z.object({ ...commonEnv, PORT: port(4004) });
export type IntelConfig = z.output<typeof configSchema>;
