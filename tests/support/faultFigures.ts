// The fault suite's measurements: each test prints its figures as one JSON line (`fault-figures
// {...}`) so a run of `npm run test:faults` gives the numbers the README's operations section quotes.

export function reportFigures(fault: string, figures: Readonly<Record<string, number | undefined>>): void {
  process.stdout.write(`fault-figures ${JSON.stringify({ fault, ...figures })}\n`);
}
