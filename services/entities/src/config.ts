import { commonEnv, port, z } from '@crosslink/common';

export const configSchema = z.object({ ...commonEnv, PORT: port(4002) });
export type EntitiesConfig = z.output<typeof configSchema>;
