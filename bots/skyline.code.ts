// Skyline Broadband's code: the actions and the validator its flows name, over two small JSON files
// beside it (accounts, and the network: outages, areas our own engineers cover, full days).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { defineAction, defineBotCode } from '../src/config/botCode';

interface Account {
  name: string;
  plan: string;
  bill: { amount: string; previous: string; reason?: string };
}

interface Network {
  plans: Record<string, string>;
  outages: Record<string, { eta: string }>;
  /** Postcode areas (the letters that start a postcode) where a partner does our visits. */
  partnerAreas: string[];
  /** Days on which no engineer is free. */
  fullyBooked: string[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as T;

const accounts = readJson<Record<string, Account>>('skyline-accounts.json');
const network = readJson<Network>('skyline-network.json');

/**
 * A UK postcode: outward code (area, district, optional sub-district letter), then the inward code
 * (sector digit and unit letters, which never use C, I, K, M, O or V). BFPO and overseas codes aside.
 */
const UK_POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ]([0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/i;

/** The outward code of a postcode: "sw1a 1aa" is SW1A. */
const outwardCode = (postcode: unknown): string => String(postcode).replace(/\s+/g, '').toUpperCase().slice(0, -3);

const findAccount = (email: unknown): Account | undefined => accounts[String(email).trim().toLowerCase()];

/** A day an engineer can come: not a Sunday, not fully booked. */
const isFree = (day: DateTime): boolean => day.weekday !== 7 && !network.fullyBooked.includes(day.toISODate() ?? '');

/** Mornings on even days of the month, afternoons on odd days. */
const timeOf = (day: DateTime): string => (day.day % 2 === 0 ? 'between 8am and 1pm' : 'between 1pm and 6pm');

/** The day to offer: the one asked for, if free, or the first free day of the period. */
function visitDay(slots: Readonly<Record<string, unknown>>): DateTime | undefined {
  if (typeof slots.visit_date === 'string') {
    const day = DateTime.fromISO(slots.visit_date);
    return day.isValid && isFree(day) ? day : undefined;
  }
  const period = slots.visit_period as { start?: string; end?: string } | undefined;
  if (!period?.start || !period.end) throw new Error('neither a day nor a period to look in');
  const end = DateTime.fromISO(period.end);
  for (let day = DateTime.fromISO(period.start); day <= end; day = day.plus({ days: 1 })) {
    if (isFree(day)) return day;
  }
  return undefined;
}

/** A short, stable reference made from what the customer gave. */
function reference(prefix: string, text: string): string {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return `${prefix}-${String(hash).padStart(6, '0')}`;
}

export default defineBotCode({
  actions: {
    check_outage: defineAction({
      outcomes: ['outage', 'no_outage'],
      sets: ['outage_area', 'outage_eta'],
      run: ({ slots }) => {
        const area = outwardCode(slots.postcode);
        const outage = network.outages[area];
        if (!outage) return { outcome: 'no_outage', slots: { outage_area: area, outage_eta: null } };
        return { outcome: 'outage', slots: { outage_area: area, outage_eta: outage.eta } };
      },
    }),
    check_coverage: defineAction({
      outcomes: ['covered', 'not_covered'],
      sets: ['visit_area'],
      run: ({ slots }) => {
        const area = outwardCode(slots.postcode);
        const letters = area.replace(/[0-9].*$/, '');
        return { outcome: network.partnerAreas.includes(letters) ? 'not_covered' : 'covered', slots: { visit_area: area } };
      },
    }),
    find_visit: defineAction({
      outcomes: ['available', 'full'],
      sets: ['visit_day', 'visit_time'],
      run: ({ slots }) => {
        const day = visitDay(slots);
        if (!day) return { outcome: 'full', slots: { visit_day: null, visit_time: null } };
        return { outcome: 'available', slots: { visit_day: day.toFormat('cccc d LLLL'), visit_time: timeOf(day) } };
      },
    }),
    book_engineer: defineAction({
      outcomes: ['booked'],
      sets: ['visit_ref'],
      run: ({ slots }) => ({ outcome: 'booked', slots: { visit_ref: reference('V', `${String(slots.postcode)} ${String(slots.visit_day)}`) } }),
    }),
    log_fault: defineAction({
      outcomes: ['logged'],
      sets: ['fault_ref'],
      run: ({ slots }) => ({ outcome: 'logged', slots: { fault_ref: reference('F', `${String(slots.account_email)} ${String(slots.description)}`) } }),
    }),
    check_plan: defineAction({
      outcomes: ['ok', 'same_plan', 'not_found'],
      sets: ['current_plan', 'new_price', 'change_date'],
      run: ({ slots }) => {
        const account = findAccount(slots.account_email);
        if (!account) return { outcome: 'not_found' };
        if (account.plan === slots.new_plan) return { outcome: 'same_plan' };
        const price = network.plans[String(slots.new_plan)];
        if (!price) throw new Error(`no price for plan ${String(slots.new_plan)}`);
        return { outcome: 'ok', slots: { current_plan: account.plan, new_price: price, change_date: 'with your next bill' } };
      },
    }),
    switch_plan: defineAction({
      outcomes: ['changed'],
      run: ({ slots }) => {
        if (!findAccount(slots.account_email)) throw new Error('the account has gone');
        return { outcome: 'changed' };
      },
    }),
    explain_bill: defineAction({
      outcomes: ['explained', 'same', 'not_found'],
      sets: ['bill_amount', 'bill_previous', 'bill_reason'],
      run: ({ slots }) => {
        const account = findAccount(slots.account_email);
        if (!account) return { outcome: 'not_found' };
        const { amount, previous, reason } = account.bill;
        if (reason === undefined) return { outcome: 'same', slots: { bill_amount: amount, bill_previous: previous, bill_reason: null } };
        return { outcome: 'explained', slots: { bill_amount: amount, bill_previous: previous, bill_reason: reason } };
      },
    }),
  },
  validators: {
    uk_postcode: (value) => UK_POSTCODE.test(String(value).trim()),
  },
  conditions: {},
});
