// The token of an `Authorization: Bearer <token>` header. Auth schemes are case-insensitive
// (RFC 9110 §11.1), so `bearer` and `BEARER` name the same scheme; anything else gives undefined.
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match?.[1];
}
