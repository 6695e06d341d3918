// A URL as it may be logged or shown: the password of `user:password@`, and the values of query
// parameters that carry credentials (`?token=`, the Direct Line stream's `?t=`, `?key=`...), are
// replaced, so a request log or a start banner never prints a secret.
const SECRET_PARAMS = /([?&](?:t|token|access_token|key|api_key|apikey|secret|password|sig|signature|code)=)[^&#]*/gi;
const USER_INFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@]*)@/i;

export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  return url
    .replace(USER_INFO, (_all, scheme: string, info: string) => `${scheme}${info.includes(':') ? `${info.slice(0, info.indexOf(':'))}:${REDACTED}` : REDACTED}@`)
    .replace(SECRET_PARAMS, `$1${REDACTED}`);
}
