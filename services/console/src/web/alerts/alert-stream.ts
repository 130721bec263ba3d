/**
 * The officer's alerts as they happen: GET /alerts/stream on the gateway (Server-Sent Events). The
 * stream needs the bearer token, which EventSource cannot send, so it is read with fetch. Each event
 * carries an alert's id and kind only; what it names is read through the API, under the read audit.
 * The server ends a stream when the token expires or after a few minutes; this reconnects.
 */
export type AlertStreamEvent =
  | { readonly type: 'ready'; readonly unread: number; readonly more: boolean }
  | { readonly type: 'alert'; readonly id: string; readonly kind: string; readonly at: string };

export function followAlerts(streamUrl: string, token: () => Promise<string>, onEvent: (event: AlertStreamEvent) => void): () => void {
  const abort = new AbortController();
  let retryMs = 1000;

  const connect = async (): Promise<void> => {
    while (!abort.signal.aborted) {
      try {
        const response = await fetch(streamUrl, { headers: { authorization: `Bearer ${await token()}`, accept: 'text/event-stream' }, signal: abort.signal });
        if (response.ok && response.body !== null) {
          retryMs = 1000;
          await readEvents(response.body, onEvent);
        }
      } catch {
        // Offline, the gateway restarting, or stopped on purpose: wait, then try again unless stopped.
      }
      if (abort.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
      retryMs = Math.min(retryMs * 2, 30_000);
    }
  };
  void connect();
  return () => abort.abort();
}

async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: AlertStreamEvent) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const event = parseBlock(block);
      if (event !== null) onEvent(event);
    }
  }
}

/** One SSE block (`event:` and `data:` lines) as an event the console uses; null for any other. */
export function parseBlock(block: string): AlertStreamEvent | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (data.length === 0) return null;
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(data.join('\n')) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (name === 'ready') return { type: 'ready', unread: Number(payload['unread'] ?? 0), more: payload['more'] === true };
  if (name === 'alert' && typeof payload['id'] === 'string')
    return { type: 'alert', id: payload['id'], kind: String(payload['kind'] ?? ''), at: String(payload['at'] ?? '') };
  return null;
}
