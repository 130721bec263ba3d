import { DateTime } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';

export const sharedResolvers: Resolvers = { DateTime };
