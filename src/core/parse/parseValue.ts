// The value reader (spec §2): one target or completed-value cell → quantity, deadline, qualitative, mark, empty.
import { sameTextReading, textContextOf, type TextContext } from "./readingContext";
import type { CellValue } from "../grid";
import type { ReadFailure } from "../messages/params";
import type { Comparator, Lean, ParseContext, ParsedValue, QuantityValue } from "./types";
import {
  APPROX_PREFIXES,
  DOWN_TO_VERBS,
  LEAD_WORDS,
  NEARLY_WORDS,
  PREFIX_COMPARATORS,
  holdsCjk,
  markSet,
  normalizeValueText,
  parseComparatorColumn,
  SUFFIXES,
  unifyComparators,
} from "./normalize";
import { scanQuantity } from "./quantity";
import { SOME_PERIODS, splitPeriod } from "./period";
import { holdsFigure } from "./figure";
import { readBounds } from "./bounds";
import { afterPhrase, splitBeforeChineseFigure, splitBeforeFigure, splitTimeLead } from "./phrase";
import { fromTo, levelBefore, levelsThenChange } from "./fromTo";
import { readPlace } from "./rank";
import { readDeviation } from "./deviation";
import { pointAsSeparator } from "./pointSeparator";
import { totalOf, yearEndOf, yearTotalOf } from "./partsTotal";
import { NEGATED_PHRASE, reachedAfter, splitRemark } from "./remark";
import { monthDeadline, NEXT_YEAR_WORDS, parseDeadlineText } from "./deadline";
import { scaleNumber } from "./numbers";
import { lookupUnit, unitForMultiplied } from "./units";
import { columnUnit, isMonthColumn, parseNumberCell, qualitative, unreadable } from "./numberCell";

/** 负 before a figure is its minus sign (负3% is -3%). */
const NEGATIVE_WORD = /^负(?=\d)/;
/** An A-level in figures (4A级, ≥3A, 5A景区): a grade, words for the grade ladder, not a broken figure. */
const A_LEVEL = /^(?:≥|>=)?[2-5]A级?(?:景区)?(?:及以上|以上)?$/;
/** A label and its colon before a clause's figure (实际完成：20个, 合格率:96%, 计划：20个，实际：18个): read as the label
 *  written against the figure (实际完成20个), which every rule on words before a figure knows. */
const LABEL_COLON = /(^|[,;。])([\u4e00-\u9fff]{1,8}):(?=\d)/g;
/** A currency sign before a figure (¥1200, ￥245.77万, ¥1,200元): the figure in 元, or in the multiple of 元 after it. */
const CURRENCY = /[¥￥](\d[\d,.]*)(万元|亿元|千元|元|万|亿|千)?/g;
/** A sign that may stand between a figure and the quantity it bounds (90%≤X≤100%). */
const BOUND_SIGN = /[≤<]|以[上下内]|之内/;
/** A sentence's end after a value (80.5%。, 已完成；): no part of what it says. */
const END_PUNCTUATION = /(?!^)[。、;,.!?]+$/;
const EMPTY: ParsedValue = Object.freeze({ kind: "empty", text: "" });
const ERROR_TEXTS: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);
/** What Excel shows for a number wider than its column: only number signs. */
const HASH_DISPLAY = /^#{3,}$/;
const NUMBERISH_START = "0123456789+-.≥≤<>=%≮≯";
const CACHE_LIMIT = 20000;
const caches = new WeakMap<readonly string[], Map<string, CacheEntry>>();
const defaultCache = new Map<string, CacheEntry>();

/** Words grouped by their first character, longest first, so a prefix test costs one Map lookup. */
function byFirstChar(words: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const m = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const list = m.get(w[0]) ?? [];
    list.push(w);
    m.set(w[0], list);
  }
  return m;
}
const LEAD_BY_CHAR = byFirstChar(LEAD_WORDS);
/** A rate's own name before its figure (满意度96.5%, 完成率为100%, 满意度达95%): it only announces the number; not the
 *  year after before a date (下一年度2月底前). */
const RATE_LABEL = new RegExp(
  `^(?!(?:${NEXT_YEAR_WORDS})年度?\\d)[\\u4e00-\\u9fff]{0,10}[率度](?:为|是)?(?=[0-9.]|达|超|不|大于|小于|高于|低于|约|近|≥|≤|>|<|=)`,
);
const PREFIX_BY_CHAR = byFirstChar(PREFIX_COMPARATORS.map(([w]) => w));
const COMPARATOR_OF: ReadonlyMap<string, Comparator> = new Map(PREFIX_COMPARATORS);
const APPROX_BY_CHAR = byFirstChar(APPROX_PREFIXES);
/** A verb of cutting down to the figure after it (压减至, 降至, 减少到, 精简为): ≤ the figure, which it says was reached. */
const DOWN_TO = new RegExp(`^(?:${DOWN_TO_VERBS})(?:至|到|为)`);

function startWord(index: ReadonlyMap<string, readonly string[]>, s: string): string | null {
  const list = s.length > 0 ? index.get(s[0]) : undefined;
  if (list) for (const w of list) if (s.startsWith(w)) return w;
  return null;
}

/** A quantity whose value overflowed while scaling (1e306 × 100) is unreadable, never Infinity. */
function finite(p: ParsedValue): ParsedValue {
  if (p.kind !== "quantity" || (Number.isFinite(p.value) && (p.high === null || Number.isFinite(p.high)))) return p;
  return unreadable(p.text, { code: "OUT_OF_RANGE" });
}

/** Reads one cell (spec §2). Never throws; results for text are cached and frozen (do not mutate them). */
export function parseValue(value: CellValue, ctx: ParseContext = {}): ParsedValue {
  try {
    if (ctx.isError) {
      const t = value === null || value === undefined ? "" : String(value);
      return unreadable(t, { code: "ERROR_VALUE", value: t });
    }
    if (value === null || value === undefined) return EMPTY;
    if (typeof value === "string") return parseTextCached(value, ctx);
    if (typeof value === "number") return finite(parseNumberCell(value, ctx));
    if (typeof value === "boolean") {
      const t = value ? "TRUE" : "FALSE";
      return unreadable(t, { code: "BOOLEAN_VALUE", value: t });
    }
    return unreadable(String(value), { code: "UNKNOWN_CONTENT" });
  } catch {
    return unreadable(String(value), { code: "UNKNOWN_CONTENT" });
  }
}

/** Empties the memo cache of text readings (tests and benchmarks). */
export function clearParseCache(): void {
  defaultCache.clear();
}

/** One cached reading: the context it was read in, and the next entry for the same text. */
interface CacheEntry {
  context: TextContext;
  parsed: ParsedValue;
  next: CacheEntry | null;
}

function parseTextCached(raw: string, ctx: ParseContext): ParsedValue {
  const markers = ctx.notApplicableMarkers;
  let cache = defaultCache;
  if (markers && markers.length > 0) {
    let c = caches.get(markers);
    if (!c) caches.set(markers, (c = new Map()));
    cache = c;
  }
  const context = textContextOf(ctx);
  const first = cache.get(raw);
  for (let e: CacheEntry | null | undefined = first; e; e = e.next)
    if (sameTextReading(e.context, context)) return e.parsed;
  const parsed = Object.freeze(finite(parseText(raw, ctx)));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, { context, parsed, next: first ?? null });
  return parsed;
}

/** A unit as the label of the whole value (人次：1050, 万元：125.6). */
const UNIT_LABEL = /^([^\d:]{1,4}):(\d[\d,.]*)$/;

/** `s` with a unit written as its label put after its figure (人次：1050 → 1050人次); `s` itself otherwise. */
function unitAfterFigure(s: string): string {
  const m = UNIT_LABEL.exec(s);
  return m && lookupUnit(m[1]) !== null ? m[2] + m[1] : s;
}

/** Why a text starting with # is no value: an error value typed or pasted as text (#DIV/0!), or the ###### Excel shows
 *  in a column too narrow for its number, copied as text; null for other texts (#3 楼). */
function errorText(s: string): ReadFailure | null {
  const upper = s.toUpperCase();
  if (ERROR_TEXTS.has(upper)) return { code: "ERROR_VALUE", value: upper };
  return HASH_DISPLAY.test(s) ? { code: "HASH_DISPLAY" } : null;
}

function parseText(raw: string, ctx: ParseContext): ParsedValue {
  const text = raw.trim();
  const normal = normalizeValueText(text);
  // before the sentence's end is cut: #DIV/0! and #NAME? end in ! and ?
  if (normal[0] === "#") {
    const error = errorText(normal);
    if (error) return unreadable(text, error);
  }
  const s1 = unitAfterFigure(unifyComparators(normal).replace(END_PUNCTUATION, "").replace(NEGATIVE_WORD, "-")).replace(
    LABEL_COLON,
    "$1$2",
  );
  const s0 = withoutCurrency(s1);
  if (s0 === "") return EMPTY;
  if (markSet(ctx.notApplicableMarkers).has(s0)) return { kind: "not-applicable", text };
  // a change from one figure to another (由85%提高到88%) before a range (85%-88%) is looked for
  const change = fromTo(s0, text, (part) => readPlainFigure(part, part, ctx));
  if (change) return change;
  const deviation = readDeviation(s0, text, (part) => readPlainFigure(part, part, ctx));
  if (deviation) return deviation;
  const read = readFigure(s0, text, ctx);
  if (read.kind !== "qualitative" && read.kind !== "unreadable") {
    const separator = pointAsSeparator(s0, read);
    return separator ? unreadable(text, separator) : read;
  }
  // two bounds (≥90%且≤100%, 90%≤X≤100%, 90%以上且100%以下): only a text that starts with a comparator, or holds a ≤,
  // a < or a bound word after a figure, can hold them
  const bounds =
    startWord(PREFIX_BY_CHAR, s0) !== null || BOUND_SIGN.test(s0)
      ? readBounds(s0, text, (part) => readPlainFigure(part, part, ctx))
      : null;
  return bounds ?? withRemark(s0, text, ctx, 2) ?? read;
}

/** The bound a note is a word of alone (最多, 至少, 不超过, 以上, 以内: read as 以内 and 以上 are), ≤ or ≥; null
 *  otherwise, and for 达到 (96%（达到）: the figure said reached). */
function noteBound(note: string): Comparator | null {
  if (REACHED_WORDS.includes(note)) return null;
  const c = COMPARATOR_OF.get(note) ?? SUFFIXES.find(([w]) => w === note)?.[1] ?? null;
  return c === "<=" || c === ">=" ? c : null;
}

/** `s` with each currency sign before a figure turned into the unit 元 after it (￥245.77万 → 245.77万元). */
function withoutCurrency(s: string): string {
  if (s.indexOf("¥") < 0 && s.indexOf("￥") < 0) return s;
  return s.replace(CURRENCY, (_, figure: string, unit: string | undefined) =>
    unit && unit.endsWith("元") ? figure + unit : figure + (unit ?? "") + "元",
  );
}

/** The figure before a remark (11篇（受疫情影响）), or after words (已完成（11篇）): the value read from it, `text` the whole cell, the remark kept
 *  beside it; a not-applicable mark with a remark (—（本年未开展）) is not applicable. Null when the head is no figure. */
function withRemark(s0: string, text: string, ctx: ParseContext, depth: number): ParsedValue | null {
  const split = splitRemark(s0);
  if (!split) return null;
  if (markSet(ctx.notApplicableMarkers).has(split.head)) return { kind: "not-applicable", text };
  let head = readFigure(split.head, split.head, ctx);
  let note = split.note;
  let figure = split.head;
  if ((head.kind === "qualitative" || head.kind === "unreadable") && depth > 1) {
    const inner = withRemark(split.head, split.head, ctx, depth - 1);
    if (inner?.kind === "quantity" || inner?.kind === "deadline") {
      note = `${inner.remark!.note}，${note}`;
      figure = inner.remark!.figure;
      head = inner;
    }
  }
  if (head.kind === "qualitative" && depth > 1 && !/\d/.test(split.head)) {
    // words first, the figure after them: 已完成（11篇）, 已完成，共11篇 (not 3个已完工，2个在建: a figure of its own)
    const tail = readFigure(split.note, split.note, ctx);
    if (tail.kind === "quantity" || tail.kind === "deadline") [head, note, figure] = [tail, split.head, split.note];
  } else if (head.kind === "deadline" && !ctx.timeliness && depth > 1) {
    // the time first, the count after it (截至2021年12月31日，累计培训800人次): the count, outside a timeliness row
    const tail = readFigure(split.note, split.note, ctx);
    if (tail.kind === "quantity" && tail.unitSource === "text") [head, note, figure] = [tail, split.head, split.note];
  }
  if (head.kind !== "quantity" && head.kind !== "deadline") return null;
  // the unit in brackets after a bare figure (1050（人次）, 120(元)): the figure's unit, no remark
  if (head.kind === "quantity" && head.unit === null && figure === split.head && lookupUnit(note) !== null) {
    const withUnit = readFigure(figure + note, text, ctx);
    if (withUnit.kind === "quantity" && withUnit.unitSource === "text") return withUnit;
  }
  const read = (t: string) => readFigure(t, t, ctx);
  if (head.kind === "quantity" && figure === split.head && reachedAfter(figure, note)) {
    const reached = reachedClause(figure, note, text, ctx);
    if (reached) return reached;
  }
  // a bound word alone in the brackets after the figure (500人（最多）, 95%（以上）): the bound
  const bound = head.kind === "quantity" && figure === split.head && head.comparator === null ? noteBound(note) : null;
  if (bound)
    return Object.assign({}, head, { text, comparator: bound, comparatorSource: "suffix" as const, approximate: true });
  const total =
    head.kind === "quantity" && figure === split.head
      ? (totalOf(head, figure, note, read) ??
        yearTotalOf(head, figure, note, read) ??
        yearEndOf(head, figure, note, read))
      : null;
  if (total) return Object.assign({}, total.value, { text, remark: { figure: total.figure, note: total.note } });
  // a copy given its fields, not a spread given more (docs/DECISIONS.md, "No object spread given more fields"); this
  // year's level, then the year before's (本年2万元，上年3万元), is changed from it
  const before = head.kind === "quantity" && figure === split.head ? levelBefore(note, figure, head, read) : {};
  return Object.assign({}, head, { text, remark: { figure, note } }, before);
}

/** The plan or a change `figure`, then what was reached in `note` (计划1000人次，实际800人次; 同比提高5%，达到95%), or in
 *  its first clause (计划1000人次，实际800人次，完成率80%): the reached figure, the rest its remark; the year before's
 *  level, then this year's (上年3万元，本年2万元), changed from the year before's unless a change said after them is
 *  another (上年3万元，本年2万元，下降50%: null). Null when no figure with its unit is reached. */
function reachedClause(figure: string, note: string, text: string, ctx: ParseContext): ParsedValue | null {
  const read = (t: string) => readFigure(t, t, ctx);
  const whole = read(note);
  const next = whole.kind === "quantity" && whole.unitSource === "text" ? null : splitRemark(note);
  const done = next ? read(next.head) : whole;
  if (done.kind !== "quantity" || done.unitSource !== "text") return null;
  const from = next
    ? levelsThenChange(figure, next.head, next.note, done, read)
    : levelBefore(figure, note, done, read);
  if (!from) return null;
  const remark = next ? { figure: next.head, note: `${figure}，${next.note}` } : { figure: note, note: figure };
  return Object.assign({}, done, { text, remark }, from);
}

/** Reads normalised text `s0` as a quantity or deadline; a quantity counted per period (每季度1次, 2次/月) carries
 *  its period (a text whose rest is no quantity, or a time of the period, 每月10日前, is read whole, as written). */
function readFigure(s0: string, text: string, ctx: ParseContext): ParsedValue {
  const place = readPlace(s0, text);
  if (place) return place;
  // a figure of some periods only (大多数月份1次): none for the year
  const some = SOME_PERIODS.exec(s0);
  if (some && holdsFigure(s0.slice(some[0].length))) return unreadable(text, { code: "SOME_PERIODS", text: some[0] });
  const period = splitPeriod(s0);
  if (period) {
    const inner = readPhrasedFigure(period.rest, text, ctx);
    if (inner.kind !== "quantity" || inner.unit?.family === "duration") return readPlainFigure(s0, text, ctx);
    // a remark's figure keeps its period (每月开展1次 is scored as 每月1次, not as 1次)
    const r = inner.remark;
    const figure = r && (period.before ? period.words + r.figure : r.figure + period.words);
    return Object.assign({}, inner, { per: period.per }, r ? { remark: { figure, note: r.note } } : {});
  }
  return readPhrasedFigure(s0, text, ctx);
}

/** Comparator words that also begin other words (不满意, 不及时, 不及格, 不够规范): no comparator without a figure after. */
const WORD_BEGINNING = /^(?:不满|未满|不及|未及|不够)[^\d一二两三四五六七八九十百千万约近]/;
/** Words that end in a negation of the comparator after them: 未达到90%, 尚未超过, 没有低于; 不 with a modal verb or
 *  alone, and a prohibition (不可超过, 不宜少于, 不得多于, 不逾, 严禁超过): a bound. */
const NEGATED_END = /(?:(?:未|没有?|不)(?:能够?|可以?|宜|应该?|应当|准|许|要|得|会)?|无法|严禁|禁止|切勿)$/;
/** The comparator a negation turns a comparator into (未达到 ≥ → <, 未超过 > → ≤); = has none. */
const NEGATION: Readonly<Record<Comparator, Comparator | null>> = {
  ">=": "<",
  ">": "<=",
  "<": ">=",
  "<=": ">",
  "=": null,
};

/** A figure whose comparator words are negated (未达到90%): the opposite comparator, approximate when it is strict as
 *  the comparator words are (不到90%); a negated = is no figure (`whole`, the text as words). */
function negated(q: QuantityValue, whole: ParsedValue): ParsedValue {
  const comparator = NEGATION[q.comparator!];
  if (!comparator) return whole;
  const out: QuantityValue = Object.assign({}, q, {
    comparator,
    approximate: comparator === ">" || comparator === "<",
  });
  delete out.reached; // 未达到90% says the figure was not reached
  return out;
}

/** Reads `s0`; when it is words as written (not a broken figure), what follows the words before its comparator (开展培训≥3次 → ≥3次,
 *  开展培训3次以上 → ≥3次), or the figure and unit after words (覆盖480户 → 480户, the words kept as its remark). */
function readPhrasedFigure(s0: string, text: string, ctx: ParseContext): ParsedValue {
  const whole = readPlainFigure(s0, text, ctx);
  if (whole.kind !== "qualitative") return whole;
  const rest = afterPhrase(s0, (r) => comparatorWord(r) !== null && !WORD_BEGINNING.test(r));
  if (rest !== null) {
    const inner = readPlainFigure(rest, text, ctx);
    if (inner.kind !== "quantity" || inner.comparatorSource !== "prefix") return whole;
    return NEGATED_END.test(s0.slice(0, s0.length - rest.length)) ? negated(inner, whole) : inner;
  }
  const timed = ctx.timeliness ? null : timedFigure(s0, text, ctx);
  if (timed) return timed;
  const split = splitBeforeFigure(s0) ?? splitBeforeChineseFigure(s0, (unit) => lookupUnit(unit) !== null);
  // 未在5个工作日内办结: the limit was not kept, no figure reached (the words decide, as 未在规定时间内办结)
  if (split === null || NEGATED_PHRASE.test(split.words)) return whole;
  const { words, rest: figureText } = nearlyToFigure(split);
  const figure = readPlainFigure(figureText, text, ctx);
  if (figure.kind !== "quantity" || figure.unitSource !== "text") return whole;
  // with its comparator after it (开展培训3次以上) the words name what is counted, as before a comparator
  if (figure.comparator !== null) return figure;
  return boundBeforeVerb(words, figure) ?? Object.assign({}, figure, { remark: { figure: figureText, note: words } });
}

/** Words ending in a word of nearly (培训将近100人, 覆盖差不多500户): the word read with the figure, as 将近100人 is;
 *  the single characters (近, 约, 小) only opening a text, where they are no part of a word (附近, 签约, 缩小). */
function nearlyToFigure(split: { words: string; rest: string }): { words: string; rest: string } {
  const w = NEARLY_WORDS.find((n) => n.length > 1 && split.words.endsWith(n) && split.words.length > n.length);
  return w ? { words: split.words.slice(0, -w.length), rest: w + split.rest } : split;
}

/** `figure` bounded by `words`, a bound word of two or more characters and the verb (one or two characters) it bounds
 *  (最多跑一次, 至少开展3次); null when the words are no such bound. */
function boundBeforeVerb(words: string, figure: QuantityValue): QuantityValue | null {
  const cmp = comparatorWord(words);
  if (!cmp || cmp.word.length < 2 || words.length - cmp.word.length > 2) return null;
  if (cmp.comparator !== "<=" && cmp.comparator !== ">=") return null;
  const bound = Object.assign({}, figure, { comparator: cmp.comparator, comparatorSource: "prefix" as const });
  return cmp.reached ? Object.assign(bound, { reached: true as const }) : bound;
}

/** A figure after the time it was counted at (12月份完成800人次, 2021年完成1200人次: not 12 or 2021), the time kept in
 *  its remark; null when no quantity with its unit follows the time. Not on a timeliness row, where the time is the
 *  value. */
function timedFigure(s0: string, text: string, ctx: ParseContext): ParsedValue | null {
  const timed = splitTimeLead(s0);
  if (!timed) return null;
  const inner = readPhrasedFigure(timed.rest, text, ctx);
  if (inner.kind !== "quantity" || inner.unitSource !== "text") return null;
  const r = inner.remark;
  const remark = r ? { figure: r.figure, note: timed.lead + r.note } : { figure: timed.rest, note: timed.lead };
  return Object.assign({}, inner, { remark });
}

/** A figure with 弱 or 强 after it (1000人次弱: a little under 1000; 95%强: a little over 95 %). */
const WEAK_OR_STRONG = /^(\d[^弱强]*)([弱强])$/;

/** `s` with 弱 after its figure said as 近 before it, and 强 as 多 after it (1000人次弱 → 近1000人次). */
function littleUnderOver(s: string): string {
  const m = WEAK_OR_STRONG.exec(s);
  return !m ? s : m[2] === "弱" ? `近${m[1]}` : `${m[1]}多`;
}

/** Reads normalised text `s0` as a quantity or deadline (lead words, comparators, approximations, units), else
 *  qualitative or unreadable; `text` is the cell text the result carries. */
function readPlainFigure(s0: string, text: string, ctx: ParseContext): ParsedValue {
  const column = parseComparatorColumn(ctx.comparatorColumn);
  const { s, prefix, approximate, lean, reached } = leadingWords(littleUnderOver(s0));
  if (s === "")
    return prefix && NUMBERISH_START.includes(s0[0])
      ? unreadable(text, { code: "COMPARATOR_ONLY", text: s0 })
      : qualitative(text);
  const deadline = parseDeadlineText(s, text, prefix, column, ctx.tableYear ?? null, ctx.timeliness === true);
  if (deadline) return deadline;
  const scan = scanQuantity(s);
  if (!scan.ok) {
    if (scan.reason) return unreadable(text, scan.reason);
    return fallback(s0, text);
  }
  if (column === "qualitative") return qualitative(text);
  let comparator: Comparator | null = prefix ?? scan.suffix;
  let comparatorSource: QuantityValue["comparatorSource"] = prefix ? "prefix" : scan.suffix ? "suffix" : null;
  if (!comparator && column && scan.high === null) {
    comparator = column;
    comparatorSource = "column";
  }
  let amount: Amount = { value: scan.value, high: scan.high, unit: scan.unit, unitSource: scan.unit ? "text" : null };
  if (!scan.unit) {
    const fromColumn = columnAmount(scan, ctx, comparator, text);
    if ("kind" in fromColumn) return fromColumn;
    amount = fromColumn;
  }
  const quantity: QuantityValue = {
    kind: "quantity",
    comparator,
    comparatorSource,
    ...amount,
    approximate: approximate || scan.approximate,
    text,
  };
  if (scan.multiplied && amount.unit === null) quantity.multiplied = true;
  const side = lean ?? (scan.over ? "over" : null);
  if (side && !comparator) quantity.lean = side;
  if (reached && comparatorSource === "prefix") quantity.reached = true;
  return quantity;
}

/** 百, 千 or 万 with no figure before it, after 上, 逾 or 过 ("more than"), a comparator (超过千人) or an approximation
 *  word (近千人), or before 余 or 多 (百余人, 千多户: a hundred-odd). */
const ROUND_WORD = /^(上|逾|过)?(?=[百千万](?!\d|分之))/;
const ROUND_ODD = /^[百千万][余多]/;

/** 小 or 快 right before a figure (小一百人, 小两千人次, 快100人): spoken for a little under it, as 近 is. */
const SPOKEN_NEARLY = /^[小快](?=[\d一二两三四五六七八九十百千万])/;

/** Comparator words that say a figure was reached (达到95%): a bound in a target, the figure itself when completed. */
const REACHED_WORDS: readonly string[] = ["达到", "达"];

/** A figure's amount and where its unit came from. */
type Amount = Pick<QuantityValue, "value" | "high" | "unit" | "unitSource">;

/** The words before a figure taken off: a lead word (预计, 约…), a rate label, a comparator word (不低于…) and an
 *  approximation word; what is left, the comparator, whether the figure is approximate, and to which side (近 under,
 *  上千 over). */
function leadingWords(s0: string): {
  s: string;
  prefix: Comparator | null;
  approximate: boolean;
  lean: Lean | null;
  reached: boolean;
} {
  let s = s0;
  const lead = startWord(LEAD_BY_CHAR, s);
  // the particle 了 after it (完成了三分之一) changes nothing
  if (lead && s.length > lead.length) s = s.slice(lead.length + (s[lead.length] === "了" ? 1 : 0));
  const label = RATE_LABEL.exec(s);
  if (label && s.length > label[0].length) s = s.slice(label[0].length);
  let prefix: Comparator | null = null;
  let approximate = false;
  let lean: Lean | null = null;
  const cmp = comparatorWord(s);
  if (cmp) {
    prefix = cmp.comparator;
    approximate = prefix === ">" || prefix === "<";
    // the particle 了 after the word (超过了5个工作日, 突破了10万元), or 于 (不超于10件, 超于), changes nothing
    const after = s.charAt(cmp.word.length);
    s = s.slice(cmp.word.length + (after === "了" || after === "于" ? 1 : 0));
  }
  const spoken = SPOKEN_NEARLY.exec(s);
  const approxWord = startWord(APPROX_BY_CHAR, s) ?? (spoken && spoken[0]);
  if (approxWord && s.length > approxWord.length) {
    approximate = true;
    if (spoken || NEARLY_WORDS.includes(approxWord)) lean = "under";
    s = s.slice(approxWord.length);
  }
  // 上千人, 逾万人, 近千人, 超过千人, 百余人: a round hundred, thousand or ten thousand, approximately
  const round = ROUND_WORD.exec(s);
  if (round && (round[1] || approxWord || cmp || ROUND_ODD.test(s))) {
    if (round[1]) [approximate, lean] = [true, "over"];
    s = "一" + s.slice(round[0].length);
  }
  return { s, prefix, approximate, lean, reached: cmp !== null && cmp.reached };
}

/** The comparator word `s` opens with: one of the table, or a verb of cutting down to a figure (≤, said reached). */
function comparatorWord(s: string): { word: string; comparator: Comparator; reached: boolean } | null {
  const word = startWord(PREFIX_BY_CHAR, s);
  if (word) return { word, comparator: COMPARATOR_OF.get(word)!, reached: REACHED_WORDS.includes(word) };
  const down = DOWN_TO.exec(s);
  return down && { word: down[0], comparator: "<=", reached: true };
}

/** A figure without a unit of its own, given the unit column's (scaled by it: 万元 → ×10,000), or read as a month
 *  deadline (a timeliness row whose unit column says 月 and whose figure is a month 1-12). */
function columnAmount(
  scan: Pick<QuantityValue, "value" | "high" | "unit"> & { multiplied: boolean },
  ctx: ParseContext,
  comparator: Comparator | null,
  text: string,
): Amount | ParsedValue {
  const { value, high, multiplied } = scan;
  const cu = columnUnit(ctx.unitColumn);
  if (!cu) return { value, high, unit: scan.unit, unitSource: null };
  const month = isMonthColumn(cu) && ctx.timeliness && !multiplied && high === null && Number.isInteger(value);
  if (month && value >= 1 && value <= 12) return monthDeadline(value, text, comparator, ctx.tableYear ?? null);
  const scale = !multiplied && cu.exp !== 0;
  return {
    value: scale ? scaleNumber(value, cu.exp) : value,
    high: scale && high !== null ? scaleNumber(high, cu.exp) : high,
    // 298.5万 in a row whose column says 万元 is 298.5万元
    unit: multiplied && cu.unit ? unitForMultiplied(cu.unit) : cu.unit,
    unitSource: cu.unit ? "column" : null,
  };
}

/** A figure in degrees Celsius (5℃, -18°C, 5摄氏度). */
const TEMPERATURE = /\d\s*(?:℃|°\s*[Cc]|摄氏度)/;

/** Text that did not read as a quantity: words are qualitative, number-like debris is unreadable. */
function fallback(s0: string, text: string): ParsedValue {
  // a temperature (2-8℃, ≤-18℃, 20±2℃) holds figures, but no ratio of them is a score: said as what it is
  if (TEMPERATURE.test(s0)) return unreadable(text, { code: "TEMPERATURE", text });
  if (NUMBERISH_START.includes(s0[0]) && !holdsCjk(s0, 2) && !A_LEVEL.test(s0)) {
    return unreadable(text, { code: "NO_NUMBER_OR_UNIT", text });
  }
  return qualitative(text);
}
