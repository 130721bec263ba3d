import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Ids we accept from a caller: short and free of anything that could forge a log line. */
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it is well formed, otherwise a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && acceptable.test(value) ? value : randomUUID();
}
