import { commonEnv, port, z } from '@crosslink/common';

export const configSchema = z.object({
  ...commonEnv,
  PORT: port(4001),
  /**
   * The realm client whose service account looks up officers who have not signed in yet (realm-management
   * view-users). Without a secret, only officers already recorded can be given work.
   */
  KEYCLOAK_DIRECTORY_CLIENT_ID: z.string().min(1).default('crosslink-directory'),
  KEYCLOAK_DIRECTORY_SECRET: z.string().min(1).optional(),
});
export type CasesConfig = z.output<typeof configSchema>;
