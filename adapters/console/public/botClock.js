// Times and dates as the bot writes them: in its locale and time zone (GET /api/agent/bot), so a
// British bot's console reads "14:05" whatever the agent's own computer is set to. Until the bot is
// known, the browser's own settings.

let formats = makeFormats(undefined, undefined);

function makeFormats(locale, timeZone) {
  const make = (options) => new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) });
  return { time: make({ hour: '2-digit', minute: '2-digit' }), date: make({ day: 'numeric', month: 'short' }), day: make({ year: 'numeric', month: '2-digit', day: '2-digit' }) };
}

/** Uses the bot's `locale` (BCP 47) and `timezone` (IANA) from now on; a value Intl refuses leaves the browser's. */
export function setBotClock({ locale, timezone }) {
  try {
    formats = makeFormats(locale, timezone);
  } catch {
    formats = makeFormats(undefined, undefined);
  }
}

/** An ISO time as the bot's clock shows it ("14:05"), with the day ("3 Nov 14:05") when it is not today in the bot's zone. */
export function clockTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = formats.time.format(d);
  return formats.day.format(d) === formats.day.format(new Date()) ? time : `${formats.date.format(d)} ${time}`;
}
