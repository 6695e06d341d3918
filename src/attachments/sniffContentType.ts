// What a file's first bytes say it is, for the types Baton accepts: PNG, JPEG, GIF and WebP images
// and PDF documents. Anything else is undefined, whatever its name or declared type.
const starts = (bytes: Uint8Array, at: number, sig: readonly number[]): boolean => sig.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: ReadonlyArray<{ readonly type: string; readonly test: (b: Uint8Array) => boolean }> = [
  { type: 'image/png', test: (b) => starts(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', test: (b) => starts(b, 0, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', test: (b) => starts(b, 0, ascii('GIF87a')) || starts(b, 0, ascii('GIF89a')) },
  { type: 'image/webp', test: (b) => starts(b, 0, ascii('RIFF')) && starts(b, 8, ascii('WEBP')) },
  { type: 'application/pdf', test: (b) => starts(b, 0, ascii('%PDF-')) },
];

/** The types this sniffer recognises: the only ones that may be allowed. */
export const SNIFFABLE_TYPES: readonly string[] = SIGNATURES.map((s) => s.type);

export function sniffContentType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => s.test(bytes))?.type;
}
