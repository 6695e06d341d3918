// A Content-Disposition header for a stored file's name (RFC 6266 with RFC 5987's filename*): a
// quoted ASCII stand-in for old clients and the exact name percent-encoded in UTF-8. No character
// of the name reaches the header unescaped.
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
