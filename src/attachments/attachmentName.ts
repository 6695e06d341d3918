// The name an attached file is shown with: its last path segment, without control characters,
// at most 200 characters; "file" when nothing is left. It is only ever shown or sent encoded.
const MAX_NAME = 200;

export function attachmentName(given: unknown): string {
  const raw = typeof given === 'string' ? given : '';
  const last = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim().replace(/^\.+/, '');
  return [...clean].slice(0, MAX_NAME).join('') || 'file';
}
