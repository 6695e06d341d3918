/**
 * A promise's value, or the fallback's when it takes longer than a time limit. The promise goes on
 * when the time is up; its late value, or late rejection, is ignored. The timer never outlives the race.
 */
export async function withinMs<T, F = T>(promise: Promise<T>, ms: number, fallback: () => F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback()), ms);
  });
  promise.catch(() => undefined); // a rejection after the deadline is nobody's to handle
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
