// The sample bot's code: actions and validators its flows name, over small JSON files beside it
// (orders, stock, discount codes and gift cards).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineAction, defineBotCode } from '../src/config/botCode';

interface Refund {
  state: 'refunded' | 'processing';
  amount: string;
  /** Where the money goes, e.g. "your Visa card ending 4242". */
  to: string;
  /** When it was paid ("2 days ago"), or how long it still takes ("3 working days"). */
  when: string;
}

interface Order {
  email: string;
  status: 'processing' | 'shipped' | 'delivered';
  eta: string | null;
  item: string;
  deliveredDaysAgo: number | null;
  cancellable: boolean;
  refund?: Refund;
}

interface StockEntry {
  state: 'in_stock' | 'out_of_stock' | 'discontinued';
  price: string;
  restock?: string;
  instead?: string;
}

interface Promo {
  discount: string;
  firstOrderOnly: boolean;
  minSpend: string | null;
  endedOn: string | null;
}

interface GiftCard {
  balance: string;
  expires: string;
  expired: boolean;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as T;

const orders = readJson<Record<string, Order>>('acme-orders.json');
const stock = readJson<Record<string, StockEntry>>('acme-stock.json');
const promos = readJson<Record<string, Promo>>('acme-promos.json');
const giftCards = readJson<Record<string, GiftCard>>('acme-giftcards.json');
const RETURN_WINDOW_DAYS = 30;
/** Missing items are replaced or refunded without questions when reported this soon after delivery. */
const MISSING_ITEM_DAYS = 30;

/** The orders file's words in the conversation's language, where the sample has them (acme-words.json). */
const words = readJson<Record<string, Record<string, string>>>('acme-words.json');
const inLanguage = (language: string, text: string): string => (Object.hasOwn(words, language) && Object.hasOwn(words[language]!, text) ? words[language]![text]! : text);

const findOrder = (id: unknown): Order | undefined => orders[String(id).replace(/^#/, '')];
const sameEmail = (a: unknown, b: string): boolean => String(a).trim().toLowerCase() === b.toLowerCase();

export default defineBotCode({
  actions: {
    lookup_order: defineAction({
      title: 'our order system',
      outcomes: ['found', 'not_found', 'email_mismatch'],
      run: ({ slots, language }) => {
        const order = findOrder(slots.order_id);
        if (!order) return { outcome: 'not_found' };
        if (String(slots.email).toLowerCase() !== order.email) return { outcome: 'email_mismatch' };
        const say = (text: string) => inLanguage(language, text);
        return { outcome: 'found', slots: { order_status: order.status, order_status_text: say(order.status), order_eta: say(order.eta ?? 'soon'), order_item: say(order.item) } };
      },
    }),
    return_policy: defineAction({
      title: 'our order system',
      outcomes: ['eligible', 'too_late', 'not_delivered'],
      run: ({ slots, language }) => {
        const order = findOrder(slots.order_id);
        if (!order || order.deliveredDaysAgo === null) return { outcome: 'not_delivered' };
        return { outcome: order.deliveredDaysAgo <= RETURN_WINDOW_DAYS ? 'eligible' : 'too_late', slots: { order_item: inLanguage(language, order.item) } };
      },
    }),
    cancel_order: defineAction({
      title: 'our order system',
      outcomes: ['cancelled', 'not_cancellable'],
      run: ({ slots }) => ({ outcome: findOrder(slots.order_id)?.cancellable ? 'cancelled' : 'not_cancellable' }),
    }),
    refund_status: defineAction({
      title: 'our order system',
      outcomes: ['refunded', 'processing', 'no_refund', 'not_found'],
      run: ({ slots, language }) => {
        const order = findOrder(slots.order_id);
        if (!order) return { outcome: 'not_found' };
        const say = (text: string) => inLanguage(language, text);
        const refund = order.refund;
        const known: Record<string, string> = { order_item: say(order.item) };
        if (!refund) return { outcome: 'no_refund', slots: known };
        return { outcome: refund.state, slots: { ...known, refund_amount: refund.amount, refund_to: say(refund.to), refund_when: say(refund.when) } };
      },
    }),
    send_invoice: defineAction({
      title: 'our order system',
      outcomes: ['sent', 'email_mismatch', 'not_found'],
      run: ({ slots, language }) => {
        const order = findOrder(slots.order_id);
        if (!order) return { outcome: 'not_found' };
        if (!sameEmail(slots.email, order.email)) return { outcome: 'email_mismatch' };
        return { outcome: 'sent', slots: { order_item: inLanguage(language, order.item) } };
      },
    }),
    check_delivery: defineAction({
      title: 'our order system',
      outcomes: ['delivered', 'not_delivered', 'too_late'],
      run: ({ slots, language }) => {
        const order = findOrder(slots.order_id);
        if (!order) throw new Error('unknown order');
        const say = (text: string) => inLanguage(language, text);
        const known = { order_item: say(order.item), order_status: order.status, order_status_text: say(order.status), order_eta: say(order.eta ?? 'soon') };
        if (order.deliveredDaysAgo === null) return { outcome: 'not_delivered', slots: known };
        return { outcome: order.deliveredDaysAgo <= MISSING_ITEM_DAYS ? 'delivered' : 'too_late', slots: known };
      },
    }),
    check_promo_code: defineAction({
      outcomes: ['valid', 'first_order_only', 'min_spend', 'expired', 'unknown'],
      run: ({ slots }) => {
        const code = String(slots.promo_code).replace(/[\s-]/g, '').toUpperCase();
        const promo = promos[code];
        if (!promo) return { outcome: 'unknown', slots: { promo_code: code } };
        const known = { promo_code: code, promo_discount: promo.discount };
        if (promo.endedOn !== null) return { outcome: 'expired', slots: { ...known, promo_ended_on: promo.endedOn } };
        if (promo.firstOrderOnly) return { outcome: 'first_order_only', slots: known };
        if (promo.minSpend !== null) return { outcome: 'min_spend', slots: { ...known, promo_min_spend: promo.minSpend } };
        return { outcome: 'valid', slots: known };
      },
    }),
    check_stock: defineAction({
      outcomes: ['in_stock', 'out_of_stock', 'discontinued'],
      run: ({ slots }) => {
        const entry = stock[String(slots.product).toLowerCase()];
        if (!entry) throw new Error('product without a stock entry');
        return {
          outcome: entry.state,
          slots: { product_price: entry.price, restock_date: entry.restock ?? 'soon', product_instead: entry.instead ?? 'something similar' },
        };
      },
    }),
    check_gift_card: defineAction({
      outcomes: ['found', 'expired', 'not_found'],
      run: ({ slots }) => {
        const number = String(slots.gift_card).replace(/\D/g, '');
        const card = giftCards[number];
        const last4 = number.slice(-4);
        if (!card) return { outcome: 'not_found', slots: { card_last4: last4 } };
        const known = { card_last4: last4, card_balance: card.balance, card_expires: card.expires };
        return { outcome: card.expired ? 'expired' : 'found', slots: known };
      },
    }),
    start_email_change: defineAction({
      outcomes: ['sent', 'same_email'],
      run: ({ slots }) => ({ outcome: sameEmail(slots.email, String(slots.new_email)) ? 'same_email' : 'sent' }),
    }),
  },
  validators: {
    known_order: (value) => findOrder(value) !== undefined,
  },
  conditions: {
    is_damaged: (slots) => slots.reason === 'damaged',
  },
});
