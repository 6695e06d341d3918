// The style sheet of the HTML eval report: system fonts, no external resources, readable from a
// phone to a wide screen; wide tables scroll inside their own box.
import { trusted } from './html';

export const EVAL_STYLES = trusted(`
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad; --good: #1a7f37; --bad: #c2261b; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1180px; margin: 0 auto; padding: 16px; }
header { border-bottom: 1px solid var(--line); margin-bottom: 8px; }
h1 { font-size: 1.5rem; margin: 8px 0 2px; }
h2 { font-size: 1.2rem; margin: 32px 0 4px; padding-top: 8px; border-top: 1px solid var(--line); }
p.lead, p.note { color: var(--muted); margin: 4px 0 12px; }
nav { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0 12px; }
nav a { color: var(--accent); white-space: nowrap; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px; background: var(--soft); }
.card .value { font-size: 1.6rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .label { font-size: .9rem; font-weight: 600; }
.card .detail { color: var(--muted); font-size: .8rem; }
.scroll { overflow: auto; max-width: 100%; border: 1px solid var(--line); border-radius: 8px; }
.scroll.tall { max-height: 80vh; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--soft); font-weight: 600; position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; white-space: nowrap; }
.name { color: var(--muted); font-size: .8rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.badge { display: inline-block; font-size: .7rem; padding: 0 6px; border-radius: 8px; background: #ddf4ff; color: var(--accent); margin-left: 4px; }
.meter { display: inline-block; width: 60px; height: 6px; border-radius: 3px; background: var(--line); vertical-align: middle; margin-left: 8px; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--accent); }
.bad { color: var(--bad); } .good { color: var(--good); }
q { quotes: "\\201C" "\\201D"; }
ul.examples { margin: 4px 0 0; padding-left: 18px; }
ul.examples li { margin: 2px 0; overflow-wrap: anywhere; }
.heat { width: auto; font-size: .8rem; }
.heat th, .heat td { border: 1px solid #fff; padding: 3px 5px; }
.heat td { min-width: 30px; text-align: center; }
.heat thead th { vertical-align: bottom; }
.heat thead th.col { height: 140px; padding: 4px 2px; }
.heat thead th.col span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; max-height: 132px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.heat tbody th { position: sticky; left: 0; background: var(--soft); white-space: nowrap; max-width: 240px; overflow: hidden; text-overflow: ellipsis; z-index: 1; }
.heat td.oos { border-left: 3px solid var(--line); }
.empty { padding: 12px; color: var(--muted); }
footer { color: var(--muted); font-size: .8rem; margin: 32px 0 16px; }
@media (max-width: 600px) { main { padding: 10px; } body { font-size: 14px; } table { font-size: .85rem; } th, td { padding: 4px 5px; } .hide-narrow { display: none; } .heat tbody th { max-width: 120px; } }
@media print { .scroll { overflow: visible; max-height: none; border: 0; } thead th { position: static; } }
`);
