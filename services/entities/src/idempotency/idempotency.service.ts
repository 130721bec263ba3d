import { CrosslinkError, type RequestScope } from '@crosslink/common';
import { keyReused, type IdempotencyRequest } from './idempotency.js';
import type { IdempotencyRepository } from './idempotency.repository.js';

/**
 * Runs a create at most once per idempotency key. Without a key it just creates. With one it looks
 * the key up first: a key already used for the same request replays the first result (`replay`
 * reads it, as any read, under the caller's visibility); one used for another request is refused.
 * A new key is stored by the create's own statement (see keepIdempotencyKey); when a concurrent
 * retry stored it first, the uniqueness constraint refuses this create and the first one is replayed.
 */
export class Idempotency {
  constructor(
    private readonly repository: IdempotencyRepository,
    private readonly scope: RequestScope,
  ) {}

  async once<T>(request: IdempotencyRequest | null, field: string, create: () => Promise<T>, replay: (resultId: string) => Promise<T>): Promise<T> {
    if (request === null) return create();
    const earlier = await this.replayed(request, field, replay);
    if (earlier !== undefined) return earlier;
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof CrosslinkError && error.code === 'CONFLICT')) throw error;
      const raced = await this.replayed(request, field, replay);
      if (raced === undefined) throw error;
      return raced;
    }
  }

  private async replayed<T>(request: IdempotencyRequest, field: string, replay: (resultId: string) => Promise<T>): Promise<T | undefined> {
    const stored = await this.repository.find(request.id, this.scope.meta);
    if (stored === null) return undefined;
    if (stored.fingerprint !== request.fingerprint) throw keyReused(field);
    return replay(stored.resultId);
  }
}
