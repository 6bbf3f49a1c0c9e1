// A target of two or more conditions, each with its own label (城区≥95%，农村≥90%; 开工：3月底前；完工：11月底前), and a
// completed value with a part for every label (城区98%，农村85%; 3月开工，12月完工): each pair is scored by the ordinary
// rules, the row says so (a QUALITATIVE_REVIEW naming the pairs and those not met). Anything less keeps the first.
import { VERB_BEFORE_TASK } from "../parse/deadline";
import { normalizeValueText } from "../parse/normalize";
import { splitPeriod } from "../parse/period";
import type { ParsedValue } from "../parse/types";
import type { IndicatorInput } from "../tables/readTable";
import { cellAt, FindingSink, type IssueList } from "./findingSink";
import { readPiece } from "./readCell";
import { toHundredths } from "./rounding";
import type { IndicatorResult, RowContext } from "./scoreIndicator";

/** Scores one row's target against its completed value (scoreIndicator, which calls this module). */
type Scorer = (row: IndicatorInput, t: ParsedValue, b: ParsedValue, w: number, ctx: RowContext) => IndicatorResult;

/** One clause of a cell: its text, normalised (`s`), its label, and whether the label is its date's verb (开工 in
 *  3月底前开工, which the date keeps) rather than the words before its figure. */
interface Clause {
  text: string;
  s: string;
  label: string;
  verb: boolean;
}

/** Where a clause ends: a comma or a semicolon, not one of thousands (1,000). */
const CLAUSE_END = /[,，;；](?!\d{3}(?!\d))/;
const MAX_PAIRS = 4;
/** The words before a clause's figure or comparator sign (城区≥95%, 城区不低于95%, 开工：3月底前). */
const LABEL = /^[\u4e00-\u9fff]{1,12}(?=:?[\d≥≤<>=])/;

/** A clause's label: the words before its figure (comparator words stay in it: 城区不低于), else the verb of its date
 *  and what follows (3月底前开工); null when it has none. */
function clauseOf(text: string): Clause | null {
  const s = normalizeValueText(text);
  const m = LABEL.exec(s);
  if (m) return { text, s, label: m[0], verb: false };
  const v = VERB_BEFORE_TASK.exec(s);
  return v ? { text, s, label: s.slice(v.index + v[0].length - v[1].length), verb: true } : null;
}

/** A cell's clauses, when it has 2 to MAX_PAIRS and each is labelled; null otherwise. */
function clausesOf(text: string): (Clause | null)[] | null {
  const texts = text.split(CLAUSE_END, MAX_PAIRS + 1);
  if (texts.length < 2 || texts.length > MAX_PAIRS) return null;
  const parts = texts.map(clauseOf);
  return parts.indexOf(null) >= 0 ? null : parts;
}

/** The clause of `done` with `c`'s label, or the only one whose label begins with it or it with theirs (人均480元 for
 *  人均费用≤500元); null when none. */
function answerTo(c: Clause, done: Clause[]): Clause | null {
  const near = done.filter((d) => d.label.indexOf(c.label) === 0 || c.label.indexOf(d.label) === 0);
  return near.length === 1 ? near[0] : (near.filter((d) => d.label === c.label)[0] ?? null);
}

/** What clause `c` says after the label it shares (its first `k` characters, and a colon or 为: 费用≤500元 of
 *  人均费用≤500元 against 人均480元), read as its cell is (unit column, 时效 row): a figure or a date; null otherwise. A
 *  date keeps its verb, after it (`verb`: 开工：3月底前 is 3月底前开工). */
function partOf(row: IndicatorInput, c: Clause, k: number, verb: boolean, side: "target" | "actual", ctx: RowContext) {
  const rest = c.verb ? c.s : c.s.slice(k).replace(/^[:为]/, "") + (verb ? c.label : "");
  const v = readPiece(ctx.read, row, side, rest);
  // a figure per period (每月1次) beside the year's (全年12次) is one count said twice: the year's is read
  return v.kind === "deadline" || (v.kind === "quantity" && !splitPeriod(c.s)) ? v : null;
}

/** Target clause `c` read with the clause of `done` answering it (not one `used` already): a figure or a date each, of
 *  one kind, and that clause; null when they do not pair. */
function pairOf(row: IndicatorInput, c: Clause, done: Clause[], used: Clause[], ctx: RowContext) {
  const d = answerTo(c, done);
  if (!d || used.indexOf(d) >= 0) return null;
  const k = Math.min(c.label.length, d.label.length);
  const tp = partOf(row, c, k, c.verb || d.verb, "target", ctx);
  const bp = tp && partOf(row, d, k, c.verb || d.verb, "actual", ctx);
  return bp && bp.kind === tp!.kind ? { t: tp!, b: bp, d } : null;
}

/** The row scored pair by pair when every labelled condition of its target `t` has the part of `b` with its label:
 *  figures each weigh w/n, dates make the row late when one is; null when they do not all pair and compare. */
export function pairedConditions(
  row: IndicatorInput,
  t: ParsedValue,
  b: ParsedValue,
  w: number,
  ctx: RowContext,
  score: Scorer,
): IndicatorResult | null {
  // a target read whole as one figure or date (不低于90%，不高于100%: a range) is one condition
  const whole = (t.kind === "quantity" || t.kind === "deadline") && !t.remark;
  const asked = whole ? null : (clausesOf(t.text) as Clause[] | null);
  const done = asked && (clausesOf(b.text) as Clause[]);
  const n = done ? done.length : 0;
  if (!done || n !== asked!.length) return null;
  const list: IssueList = { issues: [], rows: [], cols: [], also: [] };
  const sub = Object.assign({}, ctx, { sink: new FindingSink(list), person: null });
  const used: Clause[] = [];
  const pairs: { target: string; actual: string }[] = [];
  const missed: string[] = [];
  let worst: IndicatorResult | null = null;
  let sum = 0;
  let kind = "";
  for (let i = 0; i < n; i++) {
    const p = pairOf(row, asked![i], done, used, ctx);
    // all figures or all dates, and a figure's pair scored by its figures
    if (!p || p.b.kind !== (kind || p.b.kind)) return null;
    kind = p.b.kind;
    const r = score(row, p.t, p.b, kind === "deadline" ? w : w / n, sub);
    if (r.score === null || (kind === "quantity" && r.status !== "scored")) return null;
    used.push(p.d);
    pairs.push({ target: asked![i].text, actual: p.d.text });
    if (r.met !== true) missed.push(asked![i].text);
    if (!worst || r.score < worst.score!) worst = r;
    sum += r.score;
  }
  ctx.sink.add("QUALITATIVE_REVIEW", cellAt(row.actual), { kind: "paired", pairs, missed }, row.row);
  sayOnRow(list, row, ctx);
  if (kind === "deadline") return worst;
  const rule = ctx.profile.scoreRounding;
  // every pair in full is the weight itself (10 over 3 pairs is 3.33 each, 9.99 in all)
  const full = sum === n * toHundredths(w / n, rule) ? toHundredths(w, rule) : sum;
  return { status: "scored", score: full, met: missed.length === 0, why: worst!.why };
}

/** What scoring each pair found (a late date's band, an inferred direction), said on the row. */
function sayOnRow(list: IssueList, row: IndicatorInput, ctx: RowContext): void {
  for (let i = 0; i < list.issues.length; i++) {
    const at = list.rows[i] < 0 ? null : { row: list.rows[i], col: list.cols[i] };
    ctx.sink.add(list.issues[i].code, at, list.issues[i].params, row.row, list.also[i]);
  }
}
