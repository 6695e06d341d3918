// What may be attached: sniffed content, size and type limits, names cleaned of paths and control
// characters, and Content-Disposition that carries any name safely.
import { attachmentName } from '../../src/attachments/attachmentName';
import { checkAttachment } from '../../src/attachments/checkAttachment';
import { contentDisposition } from '../../src/attachments/contentDisposition';
import { sniffContentType } from '../../src/attachments/sniffContentType';
import { DEFAULT_LIMITS } from '../../src/server/serverContext';
import { serverSettingsFromEnv } from '../../src/server/serverSettingsFromEnv';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const WEBP = Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1');
const PDF = Buffer.from('%PDF-1.7\n', 'latin1');

describe('sniffContentType', () => {
  it.each([[PNG, 'image/png'], [JPEG, 'image/jpeg'], [GIF, 'image/gif'], [WEBP, 'image/webp'], [PDF, 'application/pdf']])('recognises %#', (bytes, type) => {
    expect(sniffContentType(bytes)).toBe(type);
  });
  it('recognises nothing else', () => {
    expect(sniffContentType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffContentType(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBeUndefined();
    expect(sniffContentType(Buffer.from('MZ\x90\x00', 'latin1'))).toBeUndefined();
  });
});

describe('checkAttachment', () => {
  it('accepts a file whose content is the declared or named type, with the sniffed type', () => {
    expect(checkAttachment(JPEG, 'image/jpg', 'me.jpeg', DEFAULT_LIMITS)).toEqual({ ok: true, contentType: 'image/jpeg' });
    expect(checkAttachment(PDF, 'application/octet-stream', 'invoice.PDF', DEFAULT_LIMITS)).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(checkAttachment(PNG, undefined, 'blob', DEFAULT_LIMITS)).toEqual({ ok: true, contentType: 'image/png' });
  });
  it('refuses a type the operator did not allow, naming those allowed', () => {
    expect(checkAttachment(PDF, 'application/pdf', 'a.pdf', { ...DEFAULT_LIMITS, attachmentTypes: ['image/png', 'image/jpeg'] }))
      .toEqual({ ok: false, status: 415, code: 'type_not_allowed', message: '"a.pdf" cannot be attached: only PNG or JPEG files can.' });
  });
  it('refuses a file over the limit, saying both sizes', () => {
    expect(checkAttachment(Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]), 'image/png', 'big.png', { ...DEFAULT_LIMITS, maxAttachmentBytes: 2 * 1024 * 1024 }))
      .toEqual({ ok: false, status: 413, code: 'file_too_large', message: '"big.png" is 3 MB; files can be at most 2 MB.' });
  });
});

describe('attachmentName', () => {
  it('keeps the last path segment, without control characters or leading dots', () => {
    expect(attachmentName('../../x.html"\r\nX: y')).toBe('x.html"X: y');
    expect(attachmentName('C:\\Users\\ann\\photo.png')).toBe('photo.png');
    expect(attachmentName('..')).toBe('file');
    expect(attachmentName(undefined)).toBe('file');
    expect(attachmentName('é'.repeat(300))).toHaveLength(200);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII stand-in and the exact name encoded per RFC 5987', () => {
    expect(contentDisposition('inline', 'Café "menu".png')).toBe(`inline; filename="Caf_ _menu_.png"; filename*=UTF-8''Caf%C3%A9%20%22menu%22.png`);
    expect(contentDisposition('attachment', "it's (1)*.pdf")).toBe(`attachment; filename="it's (1)*.pdf"; filename*=UTF-8''it%27s%20%281%29%2A.pdf`);
  });
});

describe('attachment settings', () => {
  it('reads the size limit and allowed types, refusing types Baton cannot recognise', () => {
    const { limits } = serverSettingsFromEnv({ BATON_MAX_ATTACHMENT_BYTES: '2048', BATON_ATTACHMENT_TYPES: 'image/png, application/pdf' });
    expect(limits.maxAttachmentBytes).toBe(2048);
    expect(limits.attachmentTypes).toEqual(['image/png', 'application/pdf']);
    expect(() => serverSettingsFromEnv({ BATON_ATTACHMENT_TYPES: 'image/png,image/svg+xml' })).toThrow('BATON_ATTACHMENT_TYPES may list only image/png, image/jpeg, image/gif, image/webp, application/pdf, not "image/svg+xml".');
    expect(() => serverSettingsFromEnv({ BATON_MAX_ATTACHMENT_BYTES: '-1' })).toThrow('BATON_MAX_ATTACHMENT_BYTES must be a positive whole number');
  });
});
