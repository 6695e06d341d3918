/**
 * "el martes que viene": the coming Tuesday, after today. chrono's Spanish parser knows "este martes" and
 * "próximo martes" before a weekday but not "que viene" after one, and read the weekday alone (on a
 * Tuesday, today). The phrase becomes "este <day>" for a day later this week and "próximo <day>" for one
 * that comes next week, as chrono reads them; the rewrite keeps the text's length, so every offset chrono
 * reports still points at the customer's words.
 */
const NEXT_WEEKDAY = /\b(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(\s+)que\s+viene\b/giu;
const WEEKDAYS = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'];

/** `today`: today's weekday in the bot's zone, 1 (Monday) to 7 (Sunday). */
export function spanishNextWeekday(text: string, today: number): string {
  return text.replace(NEXT_WEEKDAY, (whole: string, weekday: string) => {
    const day = WEEKDAYS.indexOf(weekday.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) + 1;
    const word = day > today ? 'este' : 'próximo';
    return `${word}${' '.repeat(whole.length - word.length - weekday.length)}${weekday}`;
  });
}
