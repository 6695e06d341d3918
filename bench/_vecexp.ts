import { readFileSync } from 'node:fs';
import { trainClassifier } from '../src/nlu';
import { encodeMessage } from '../src/nlu/encodeMessage';
import { messageFeatures } from '../src/nlu/messageFeatures';
import { scoreMessage } from '../src/nlu/scoringModel';
import { normalise } from '../src/nlu/normalise';
import { tokenise } from '../src/nlu/tokenise';
import { isStopWord } from '../src/nlu/stopWords';
import { decodeWordVectors } from '../src/nlu/vectors/wordVectorFile';
import { loadIntentData } from './nlu-data';
import { fewShot, withTypos } from './nluRegime';
import { seededRandom, shuffle } from '../src/nlu/random';

const shots = Number(process.argv[2] ?? 0);
const vfile = process.argv[3] ?? '/tmp/en40k.vectors';
const typos = process.argv.includes('--typos');
let data = loadIntentData('bench/data/clinc150.json');
if (shots) data = fewShot(data, shots, 1);
if (typos) data = withTypos(data, 1);
const V = decodeWordVectors(readFileSync(vfile));
const D0 = V.dimensions;
const D = process.env.MAXPOOL ? 2 * D0 : D0;
const index = new Map(V.words.map((w, i) => [w, i]));
const labels = [...new Set(data.train.map((e) => e.label))];
const lab = new Map(labels.map((l, i) => [l, i]));
const C = labels.length;
const toks = (t: string) => tokenise(normalise(t));
// idf over training
const df = new Map<string, number>();
for (const e of data.train) for (const w of new Set(toks(e.text))) df.set(w, (df.get(w) ?? 0) + 1);
const N = data.train.length;
const idfMode = process.env.IDF ?? 'train';
const idf = (w: string) => idfMode === 'rank' ? Math.log(2 + (index.get(w) ?? 40000)) : idfMode === 'none' ? 1 : Math.log((N + 1) / ((df.get(w) ?? 0) + 1));
function embed(t: string): Float64Array {
  const v = new Float64Array(D);
  let tot = 0;
  for (const w of toks(t)) {
    const i = index.get(w);
    if (i === undefined) continue;
    if (process.env.NOSTOP && isStopWord(w)) continue;
    const g = idf(w);
    const s = V.scales[i]! * g;
    for (let d = 0; d < D0; d++) v[d]! += V.values[i * D0 + d]! * s;
    if (process.env.MAXPOOL) for (let d = 0; d < D0; d++) { const q = V.values[i * D0 + d]! * V.scales[i]!; if (tot === 0 || q > v[D0 + d]!) v[D0 + d] = q; }
    tot += g;
  }
  let n = 0;
  for (let d = 0; d < D; d++) n += v[d]! * v[d]!;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < D; d++) v[d]! /= n;
  return v;
}
const Xtr = data.train.map((e) => embed(e.text));
const ytr = data.train.map((e) => lab.get(e.label)!);
const KC = Number(process.env.KC ?? 0);
const model0 = trainClassifier(data.train, { validation: data.val, outOfScope: data.oosVal });
function nbRaw(t: string): Float64Array {
  const out = new Float64Array(model0.labels.length);
  scoreMessage(model0.scoring, encodeMessage(model0, messageFeatures(t, model0.features)), out);
  const r = new Float64Array(C);
  model0.labels.forEach((l, c) => { r[lab.get(l)!] = out[c]!; });
  return r;
}
function topK(s: Float64Array, k: number, must = -1): number[] {
  const idx = [...s.keys()].sort((a, b) => s[b]! - s[a]!).slice(0, k);
  if (must >= 0 && !idx.includes(must)) idx[k - 1] = must;
  return idx;
}
const cands = KC ? data.train.map((e, i) => topK(nbRaw(e.text), KC, ytr[i]!)) : [];
// softmax regression SGD
const W = new Float64Array(C * D);
const b = new Float64Array(C);
const epochs = Number(process.env.EP ?? 30), lr0 = Number(process.env.LR ?? 0.5), l2 = Number(process.env.L2 ?? 1e-4);
const t0 = performance.now();
const rnd = seededRandom(1);
const order = Xtr.map((_, i) => i);
const z = new Float64Array(C);
for (let e = 0; e < epochs; e++) {
  const lr = lr0 * (1 - e / epochs);
  for (const i of shuffle(order, rnd)) {
    const x = Xtr[i]!;
    const cs = KC ? cands[i]! : [...Array(C).keys()];
    let m = -Infinity;
    for (const c of cs) { let s = b[c]!; for (let d = 0; d < D; d++) s += W[c * D + d]! * x[d]!; z[c] = s; if (s > m) m = s; }
    let sum = 0;
    for (const c of cs) { z[c] = Math.exp(z[c]! - m); sum += z[c]!; }
    for (const c of cs) {
      const g = z[c]! / sum - (c === ytr[i] ? 1 : 0);
      b[c]! -= lr * g;
      for (let d = 0; d < D; d++) W[c * D + d]! -= lr * (g * x[d]! + l2 * W[c * D + d]!);
    }
  }
}
if (process.env.CENTROID) {
  W.fill(0); b.fill(0);
  Xtr.forEach((x, i) => { for (let d = 0; d < D; d++) W[ytr[i]! * D + d]! += x[d]!; });
  for (let c = 0; c < C; c++) { let n = 0; for (let d = 0; d < D; d++) n += W[c * D + d]! ** 2; n = Math.sqrt(n) || 1; for (let d = 0; d < D; d++) W[c * D + d]! *= Number(process.env.CENTROID) / n; }
}
const trainVecMs = performance.now() - t0;
const byClass: Float64Array[][] = Array.from({ length: C }, () => []);
Xtr.forEach((x, i) => byClass[ytr[i]!]!.push(x));
function vecLog(t: string): Float64Array {
  const x = embed(t);
  if (process.env.KNN) {
    const out = new Float64Array(C);
    const sc = Number(process.env.KNN);
    for (let c = 0; c < C; c++) { let best = -1; for (const e of byClass[c]!) { let s = 0; for (let d = 0; d < D; d++) s += e[d]! * x[d]!; if (s > best) best = s; } out[c] = sc * best; }
    let m = -Infinity; for (let c = 0; c < C; c++) m = Math.max(m, out[c]!);
    let sum = 0; for (let c = 0; c < C; c++) sum += Math.exp(out[c]! - m);
    const lse = m + Math.log(sum); for (let c = 0; c < C; c++) out[c]! -= lse;
    return out;
  }
  const out = new Float64Array(C);
  let m = -Infinity;
  const cs = KC ? topK(nbRaw(t), KC) : [...Array(C).keys()];
  out.fill(NaN);
  for (const c of cs) { let s = b[c]!; for (let d = 0; d < D; d++) s += W[c * D + d]! * x[d]!; out[c] = s; if (s > m) m = s; }
  let mn = Infinity; for (const c of cs) mn = Math.min(mn, out[c]!);
  for (let c = 0; c < C; c++) if (Number.isNaN(out[c]!)) out[c] = mn;
  let sum = 0;
  for (let c = 0; c < C; c++) sum += Math.exp(out[c]! - m);
  const lse = m + Math.log(sum);
  for (let c = 0; c < C; c++) out[c]! -= lse;
  return out;
}
// neighbours of words unknown to training, among training words
const trainWords = [...df.keys()].filter((w) => index.has(w) && !isStopWord(w));
const unitOf = (w: string) => { const i = index.get(w)!; const v = new Float64Array(D0); let n = 0; for (let d = 0; d < D0; d++) { v[d] = V.values[i * D0 + d]!; n += v[d]! * v[d]!; } n = Math.sqrt(n) || 1; for (let d = 0; d < D0; d++) v[d]! /= n; return v; };
const trainUnits = trainWords.map(unitOf);
const K = Number(process.env.K ?? 0), MINCOS = Number(process.env.MINCOS ?? 0.5);
const expandCache = new Map<string, string[]>();
function expand(t: string): string {
  if (!K) return t;
  const extra: string[] = [];
  for (const w of toks(t)) {
    if (df.has(w) || !index.has(w) || isStopWord(w)) continue;
    let ns = expandCache.get(w);
    if (!ns) {
      const u = unitOf(w);
      const sc = trainUnits.map((v, j) => { let s = 0; for (let d = 0; d < D0; d++) s += u[d]! * v[d]!; return [s, j] as [number, number]; });
      sc.sort((a, b) => b[0] - a[0]);
      ns = sc.slice(0, K).filter((x) => x[0] >= MINCOS).map((x) => trainWords[x[1]]!);
      expandCache.set(w, ns);
    }
    extra.push(...ns);
  }
  return extra.length ? t + ' ' + extra.join(' ') : t;
}
const model = model0;
const T = model.calibration.temperature;
function nb(t: string): Float64Array {
  const out = new Float64Array(model.labels.length);
  scoreMessage(model.scoring, encodeMessage(model, messageFeatures(expand(t), model.features)), out);
  // reorder to labels
  const r = new Float64Array(C);
  model.labels.forEach((l, c) => { r[lab.get(l)!] = out[c]! / T; });
  return r;
}
function acc(set: readonly { text: string; label: string }[], lam: number, cache: Map<string, [Float64Array, Float64Array]>): number {
  let ok = 0;
  for (const e of set) {
    let pair = cache.get(e.text);
    if (!pair) { pair = [nb(e.text), vecLog(e.text)]; cache.set(e.text, pair); }
    const [a, v] = pair;
    let best = -1, bs = -Infinity;
    for (let c = 0; c < C; c++) { const s = a[c]! + lam * v[c]!; if (s > bs) { bs = s; best = c; } }
    if (labels[best] === e.label) ok++;
  }
  return ok / set.length;
}
const cv = new Map(), ct = new Map();
const lams = [0, 0.25, 0.5, 1, 1.5, 2, 3, 5, 1000];
const rows = lams.map((l) => [l, acc(data.val, l, cv), acc(data.test, l, ct)]);
console.log(JSON.stringify({ shots, typos, idfMode, epochs, lr0, l2, trainVecMs: Math.round(trainVecMs) }));
for (const r of rows) console.log(r.map((x) => Number(x).toFixed(4)).join('\t'));
