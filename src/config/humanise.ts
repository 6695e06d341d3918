// Titles for names authors gave no title: `order_status` -> `Order status`.

export function humanise(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
