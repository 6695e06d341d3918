// Formats a share (0..1, or null for "nothing measured") as a percentage for reports.
export function percent(share: number | null, digits = 1): string {
  return share === null ? 'n/a' : `${(share * 100).toFixed(digits)}%`;
}
