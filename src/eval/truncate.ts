// Shortens very long utterances for display; the JSON report keeps them whole.
export function truncate(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
