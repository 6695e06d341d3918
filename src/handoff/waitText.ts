// An estimated wait in words a customer reads: "less than a minute", "about 1 minute", "about 5
// minutes", "about 1 hour", "about 2 hours".

export function waitText(minutes: number): string {
  if (!(minutes >= 0.5)) return 'less than a minute';
  if (minutes < 59.5) return about(Math.round(minutes), 'minute');
  return about(Math.max(1, Math.round(minutes / 60)), 'hour');
}

const about = (n: number, unit: string): string => `about ${n} ${unit}${n === 1 ? '' : 's'}`;
