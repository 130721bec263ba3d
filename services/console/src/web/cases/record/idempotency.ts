/**
 * One attempt to record something: its idempotency key and the request it was sent with. Sending
 * the same request again (after a network error, or once a purpose is stated) keeps the key, so the
 * service answers with what the first attempt made instead of making it twice; a changed request is
 * a new one and gets a new key (the same key with another request is refused as
 * IDEMPOTENCY_KEY_REUSED).
 */
export interface Attempt {
  readonly key: string;
  readonly request: string;
}

export function attemptFor(previous: Attempt | null, request: unknown, newKey: () => string): Attempt {
  const written = JSON.stringify(request);
  if (previous !== null && previous.request === written) return previous;
  return { key: newKey(), request: written };
}
