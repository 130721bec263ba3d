/**
 * The token from an `Authorization: Bearer …` header, or undefined when the header is missing or
 * is not a single well-formed bearer credential.
 */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  // The scheme name is case-insensitive (RFC 7235); the token is three base64url parts.
  const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/i.exec(header.trim());
  return match?.[1];
}
