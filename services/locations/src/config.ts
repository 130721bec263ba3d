import { commonEnv, port, z } from '@crosslink/common';

export const configSchema = z.object({ ...commonEnv, PORT: port(4003) });
export type LocationsConfig = z.output<typeof configSchema>;
