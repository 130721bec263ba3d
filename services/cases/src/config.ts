import { commonEnv, port, z } from '@crosslink/common';

export const configSchema = z.object({ ...commonEnv, PORT: port(4001) });
export type CasesConfig = z.output<typeof configSchema>;
