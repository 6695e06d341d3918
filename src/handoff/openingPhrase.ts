// When a closed queue opens again, as a customer reads it in the bot's time zone: "today at 14:00",
// "tomorrow at 8:00", "Monday at 9:00", "Monday 4 January at 9:00".
import { DateTime } from 'luxon';

export function openingPhrase(opens: DateTime, now: Date, zone: string): string {
  const local = opens.setZone(zone).setLocale('en-GB');
  const days = Math.round(local.startOf('day').diff(DateTime.fromJSDate(now, { zone }).startOf('day'), 'days').days);
  const time = local.toFormat('H:mm');
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  if (days < 7) return `${local.toFormat('cccc')} at ${time}`;
  return `${local.toFormat('cccc d MMMM')} at ${time}`;
}
