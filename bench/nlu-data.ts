/** Loads an intent data set in CLINC150's layout: { train, val, test, oos_train?, oos_val?, oos_test? }. */
import { readFileSync } from 'node:fs';

export interface Example {
  readonly text: string;
  readonly label: string;
}

export interface IntentData {
  readonly train: readonly Example[];
  readonly val: readonly Example[];
  readonly test: readonly Example[];
  readonly oosTrain: readonly string[];
  readonly oosVal: readonly string[];
  readonly oosTest: readonly string[];
}

function pairs(json: Record<string, unknown>, key: string, required: boolean): Example[] {
  const rows = json[key];
  if (rows === undefined && !required) return [];
  if (!Array.isArray(rows)) throw new Error(`data set: "${key}" must be a list of [text, intent]`);
  return rows.map((row, i) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') {
      throw new Error(`data set: ${key}[${i}] is not [text, intent]`);
    }
    return { text: row[0], label: row[1] };
  });
}

export function loadIntentData(file: string): IntentData {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const texts = (key: string) => pairs(json, key, false).map((e) => e.text);
  return {
    train: pairs(json, 'train', true),
    val: pairs(json, 'val', true),
    test: pairs(json, 'test', true),
    oosTrain: texts('oos_train'),
    oosVal: texts('oos_val'),
    oosTest: texts('oos_test'),
  };
}
