// The quantity scanner (spec §2): number or range, 多/余, 万/千/亿 multipliers, unit, suffix comparator.
import type { ReadFailure } from "../messages/params";
import type { Comparator, Unit } from "./types";
import { bigWordsAsFigure, compoundAsDecimal, neighboursAsSpan } from "./numeralWords";
import { CN_DIGITS, readArabicNumber, readChineseNumber, scaleDigits, type NumberToken } from "./numbers";
import { SUFFIXES } from "./normalize";
import { unitParts, unknownCountUnit, multiplierExponent } from "./units";
import { spansAsOne } from "./spans";
import { negatedWithin } from "./remark";

/** A successfully scanned quantity, before the cell's context (unit column, comparator column) is applied. */
export interface QuantityScan {
  ok: true;
  value: number;
  high: number | null;
  /** The unit proper (multiplier already applied to the value): 30万人次 → 人次. */
  unit: Unit | null;
  /** The text carried its own 万/千/亿 multiplier. */
  multiplied: boolean;
  approximate: boolean;
  /** A 多, 余 or + put the true figure a little above the one written (1000多, 20余万). */
  over: boolean;
  suffix: Comparator | null;
}

/** A scan that found a number but the text around it makes no quantity. */
export interface QuantityFail {
  ok: false;
  /** Why the text is a broken quantity (a reversed range), else null (words: qualitative). */
  reason: ReadFailure | null;
}

interface Zone {
  unit: Unit | null;
  exp: number;
  approximate: boolean;
  over: boolean;
  suffix: Comparator | null;
}

const SEPARATORS = "-–—~至到";
/** The suffix table grouped by last character (longest first), so most zones cost one Map lookup. */
const SUFFIX_BY_LAST = new Map<string, (typeof SUFFIXES)[number][]>();
for (const row of [...SUFFIXES].sort((a, b) => b[0].length - a[0].length)) {
  const last = row[0][row[0].length - 1];
  SUFFIX_BY_LAST.set(last, [...(SUFFIX_BY_LAST.get(last) ?? []), row]);
}
const MULTIPLIER_WORDS: readonly string[] = ["百万", "千万", "十万", "亿", "万", "千", "百"];
/** Words after a unit that show a phrase, not a quantity followed by a noun (6件均及时处置, 100套在建, 100套主体完工). */
const PHRASE_WORDS =
  /[均已未不都全按及,，、;；。]|完成|处置|达到|提高|提升|增长|增加|上升|下降|降低|减少|滞后|延期|延误|逾期|推迟|拖延|差距|在建(?![\u4e00-\u9fff])|施工中|正在|封顶|主体(?:工程)?完工|基础完工|待验收|待竣工/;
/** Nouns whose characters look like phrase words (1起安全事故, 2例不良反应): taken out before PHRASE_WORDS looks. */
const NOUNS_LIKE_PHRASE = /安全|不良/g;
const CJK_NOUN = /^[\u4e00-\u9fff]{1,4}$/;
/** Bound words between a unit and a noun (以内, 以上, 左右 …), longest first: not 多 or 余 (they stay before the unit),
 *  nor 上下 (5个上下游企业); 内 only after a time (3项内容, 1次内部审计). */
const INNER_BOUNDS = SUFFIXES.filter((w) => (w[1] !== null || w[2] === "about") && w[0] !== "上下").sort(
  (a, b) => b[0].length - a[0].length,
);
/** 多 or 余 between 个 and a unit (个多月, 个余小时). */
const INNER_MANY = /^个[多余](?=[\u4e00-\u9fff])/;
/** What is done within a time limit (响应, 到达现场, 完成审核): a few words, no figure. */
const ACTION_WORDS = /^[\u4e00-\u9fff]{1,8}$/;

/** Whether the character at `i` is an ASCII digit. */
export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function zoneEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    // 25分钟到达, 30分钟内至现场: a 到 (a 至 after 内; 5次至少 is no noun) with no figure after it starts words, not a
    // range (3天到5天)
    // 达到 (2个百分点达到90%) is a verb before a figure, no range either
    const verb = s[j] === "到" && s[j - 1] === "达";
    if (j > i && (verb || ((s[j] === "到" || (s[j] === "至" && s[j - 1] === "内")) && !startsNumber(s, j + 1)))) {
      j++;
      continue;
    }
    if (isDigitAt(s, j)) {
      const prev = s.charCodeAt(j - 1);
      if (j > i && ((prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90)) && (s[j] === "2" || s[j] === "3")) {
        j++;
        continue;
      }
      break;
    }
    if (SEPARATORS.includes(s[j])) break;
    j++;
  }
  return j;
}

/** What the text after a figure says: its unit and multiplier, approximation and comparator words; null when it is
 *  not a unit (in a Chinese sentence only a known unit or multiplier is taken). */
function resolveZone(zone: string, chinese: boolean, allowSuffix: boolean): Zone | null {
  const words = stripSuffixWords(zone, allowSuffix);
  const { suffix } = words;
  // 多 inside a unit's 个 (5个多月, 3个多小时) is 5多个月; 来 before a unit (20来次) is about 20
  const z = INNER_MANY.test(words.z) ? `多个${words.z.slice(2)}` : words.z;
  const many = z.startsWith("多") || z.startsWith("余");
  const about = z.startsWith("来") && unitParts(z.slice(1)) !== null;
  const rest = many || about ? z.slice(1) : z;
  const approximate = words.approximate || many || about;
  const over = words.over || many;
  if (rest === "") return { unit: null, exp: 0, approximate, over, suffix };
  const parts = unitParts(rest);
  if (parts) return { unit: parts.unit, exp: parts.exp, approximate, over, suffix };
  const word = MULTIPLIER_WORDS.find((w) => rest.startsWith(w));
  // 万多 / 万余: approximate (a little over) from here on, whether or not a unit follows
  const more = word !== undefined && /^[多余]/.test(rest.slice(word.length));
  const [approx, above] = [approximate || more, over || more];
  const multiplied = word === undefined ? null : multiplierZone(rest, word);
  if (multiplied) return { unit: multiplied.unit, exp: multiplied.exp, approximate: approx, over: above, suffix };
  if (chinese) return null;
  const counted = countedNounZone(rest, allowSuffix);
  if (!counted) return null;
  const inner = counted.suffix;
  return {
    unit: counted.unit,
    exp: counted.exp,
    approximate: approx || inner !== null,
    over: above,
    suffix: suffix ?? inner,
  };
}

/** The zone with its trailing comparator and approximation words (以上, 左右 …) taken off, and what they said. */
function stripSuffixWords(
  zone: string,
  allowSuffix: boolean,
): { z: string; approximate: boolean; over: boolean; suffix: Comparator | null } {
  let z = zone;
  let approximate = false;
  let over = false;
  let suffix: Comparator | null = null;
  for (let again = allowSuffix; again;) {
    again = false;
    const candidates = z.length > 0 ? SUFFIX_BY_LAST.get(z[z.length - 1]) : undefined;
    if (!candidates) break;
    for (const [word, comparator, approx] of candidates) {
      if (z.endsWith(word)) {
        z = z.slice(0, z.length - word.length);
        if (comparator && !suffix) suffix = comparator;
        if (approx) approximate = true;
        if (approx === "over") over = true;
        again = true;
        break;
      }
    }
  }
  return { z, approximate, over, suffix };
}

/** A zone that starts with the multiplier `word` (万, 亿 …), alone or before a count unit (万人次): its unit and
 *  exponent; null when what follows is not such a unit. */
function multiplierZone(z: string, word: string): { unit: Zone["unit"]; exp: number } | null {
  let rest = z.slice(word.length);
  const more = rest.startsWith("多") || rest.startsWith("余");
  if (more) rest = rest.slice(1);
  const exp = multiplierExponent(word) ?? 0;
  if (rest === "") return { unit: null, exp };
  const inner = unitParts(rest);
  if (inner && inner.exp === 0 && inner.unit.family !== "money" && inner.unit.family !== "percent")
    return { unit: inner.unit, exp };
  // 5万余元, 1万多元: the money unit the multiplier makes with the unit after 多 or 余 (万元)
  const money = more && inner?.unit.family === "money" ? unitParts(word + rest) : null;
  return money && money.exp === 0 && money.unit.family === "money" ? { unit: money.unit, exp: 0 } : null;
}

/** A zone of a unit and a noun in a Chinese sentence's figure (5个乡镇 → 个) or a short unknown count word; a bound
 *  word between them gives the figure its comparator (3次以上培训 → ≥3次), and after a time's bound any words say
 *  what is done within it (24小时内响应, 2小时内完成处置: ≤ the time). */
function countedNounZone(
  z: string,
  allowSuffix: boolean,
): { unit: Zone["unit"]; exp: number; suffix: Comparator | null } | null {
  for (let len = Math.min(5, z.length - 1); len >= 1; len--) {
    const head = unitParts(z.slice(0, len));
    if (!head) continue;
    const noun = z.slice(len);
    const duration = head.unit.family === "duration";
    const bound = allowSuffix
      ? INNER_BOUNDS.find((w) => noun.startsWith(w[0]) && noun.length > w[0].length && (duration || w[0] !== "内"))
      : undefined;
    const words = bound ? noun.slice(bound[0].length) : noun;
    const suffix = bound ? bound[1] : null;
    // 5个工作日内未办结: the limit was not kept, no time reached (the words decide, as 未在5个工作日内办结)
    if (bound && duration && ACTION_WORDS.test(words))
      return negatedWithin(words, true) ? null : { unit: head.unit, exp: head.exp, suffix };
    if (CJK_NOUN.test(words) && !PHRASE_WORDS.test(words.replace(NOUNS_LIKE_PHRASE, "")))
      return { unit: head.unit, exp: head.exp, suffix };
  }
  // 12笔中 (12 of them): 中 is no part of the count word
  if (/^[\u4e00-\u9fff]{1,2}$/.test(z) && !PHRASE_WORDS.test(z))
    return { unit: unknownCountUnit(z.length === 2 && z[1] === "中" ? z[0] : z), exp: 0, suffix: null };
  return null;
}

/** Whether a number (in figures or in Chinese) starts at `i`. */
function startsNumber(s: string, i: number): boolean {
  return isDigitAt(s, i) || readChineseNumber(s, i) !== null;
}

function readNumber(s: string, i: number): NumberToken | null {
  return readArabicNumber(s, i) ?? readChineseNumber(s, i);
}

const FAIL: QuantityFail = { ok: false, reason: null };
/** A figure (with its percent sign), then + and no other figure (1000+人, 500+, 95%+): "more than", as 多 says. */
const PLUS_AS_MORE = /^(\d[\d,.]*)(%?)\+(?=\D*$)/;
/** Tenths and a tenth of them (九成五: 9.5成, 95 %). */
const TENTHS_AND_MORE = /^([1-9一二三四五六七八九])成([1-9一二三四五六七八九])(?![\d一二三四五六七八九十百千万])/;
/** A digit as written in figures (一 → 1, 5 → 5). */
const figureOf = (d: string) => String(CN_DIGITS[d] ?? d);
/** Half of a span of time (半小时, 半天, 半个月): 0.5 of it. Not 半年, which names a period (上半年, 每半年). */
const HALF_SPAN = /^半(?=(?:个)?(?:小时|天|日|月|工作日)(?:以内|之内|内|左右)?$)/;
/** A whole number of a span and a half (1年半, 2天半, 3个半月, 2个半小时): N.5 of it. */
const AND_A_HALF = /^(\d+)(?:(年|天|日|小时|周|个月|个工作日|工作日)半|个半(月|小时|工作日))(?=$|以内|之内|内|左右)/;
/** `1年半` → `1.5年`, `3个半月` → `3.5个月`: the figure with its half. */
const withHalf = (_: string, n: string, unit: string | undefined, after: string | undefined) =>
  unit ? `${n}.5${unit}` : `${n}.5个${after}`;
/** A rate per a population right after its figure (5/10万, 12.5/10万人, 0.3/千人口): the units /千 … /百万. */
const PER_POPULATION = /(\d)\/(10|100|十|百)?(万|千)(?:人口|人)?(?=$|[^\d\u4e00-\u9fff]|[以及左])/;
/** The unit a rate per a population is read as (10万 → /十万). */
const perPopulation = (_: string, d: string, n: string | undefined, w: string) =>
  `${d}/${n === "10" || n === "十" ? "十" : n === "100" || n === "百" ? "百" : ""}${w}`;
/** A fraction in words (三分之二, 四分之三, 十分之九): a share. */
const FRACTION_WORDS = /([二两三四五六七八九十])分之([一二三四五六七八九])(?![\d一二三四五六七八九十百千万])/g;

/** The text with fractions in words said as percents to four decimals (完成三分之二 → 完成66.6667%). */
export function fractionsAsPercent(s: string): string {
  if (s.indexOf("分之") < 0) return s;
  return s.replace(FRACTION_WORDS, (m: string, den: string, num: string) => {
    const [d, n] = [den === "十" ? 10 : (CN_DIGITS[den] ?? 0), CN_DIGITS[num] ?? 0];
    return n > 0 && n < d ? `${Math.round((n / d) * 1e6) / 1e4}%` : m;
  });
}
/** Shares said in words before their figure (百分之九十五), and the unit each is. */
const PER_WORDS: Readonly<Record<string, string>> = { 百分之: "%", 千分之: "‰", 万分之: "‱" };
/** The most tenths a share has (95成 is no share). */
const MAX_TENTHS = 10;

/** Scans normalised text (comparator prefix already removed) as a quantity: `30多万人次`, `3次-5次`, `95%以上`. */
export function scanQuantity(text0: string): QuantityScan | QuantityFail {
  // 百分百 is said for 百分之百; a rate per a population (5/10万, 0.3/千人) is one unit, its population's figure put in
  // words (/10万 → /十万) so the unit holds no digit
  const whole = text0.startsWith("百分百") ? `百分之${text0.slice(2)}` : text0;
  const slashed = whole.includes("/") ? whole.replace(PER_POPULATION, perPopulation) : whole;
  const text = slashed.indexOf("分之") === 1 ? fractionsAsPercent(slashed) : slashed;
  let start = 0;
  // 百分之九十五, 千分之三, 万分之五: the figure in words after its share's unit
  const perUnit = PER_WORDS[text.slice(0, 3)] ?? null;
  const percentWords = perUnit !== null;
  if (percentWords) start = 3;
  // 百分之百 is 百分之一百 (a Chinese number may not start with 百 elsewhere: 百余 is no figure); 1000+人 is 1000多人
  // 八九次 and 1万2千人次 as they are meant (8-9次, 1.2万人次)
  const s = text.startsWith("百分之百")
    ? `百分之一${text.slice(3)}`
    : spansAsOne(compoundAsDecimal(bigWordsAsFigure(neighboursAsSpan(text))))
        .replace(HALF_SPAN, "0.5")
        .replace(AND_A_HALF, withHalf)
        .replace(PLUS_AS_MORE, "$1多$2")
        .replace(TENTHS_AND_MORE, (_, a: string, b: string) => `${figureOf(a)}.${figureOf(b)}成`);
  const a = readNumber(s, start);
  if (!a) return FAIL;
  const end1 = zoneEnd(s, a.end);
  const single = end1 === s.length;
  const z1 = resolveZone(s.slice(a.end, end1), a.chinese, single);
  if (!z1) return FAIL;
  if (single) return finish(a, z1, null, z1, perUnit);
  let sep = end1;
  // after a figure below zero, a minus after the separator is the second figure's (-5%~-3%, -5%--3%)
  const signed = a.digits.startsWith("-");
  while (sep < s.length && SEPARATORS.includes(s[sep]) && !(signed && sep > end1 && s[sep] === "-")) sep++;
  if (sep === end1 || sep - end1 > 2 || percentWords) return FAIL;
  const b = readNumber(s, sep);
  if (!b || zoneEnd(s, b.end) !== s.length) return FAIL;
  const z2 = resolveZone(s.slice(b.end), b.chinese, true);
  if (!z2) return FAIL;
  // 40万-50万元: the first figure's 万 is the one the second's unit (万元) starts with, not a multiplier of its own
  const sameWord = !z1.unit && z2.unit !== null && z2.exp === 0 && z2.unit.text.startsWith(s.slice(a.end, end1));
  const first =
    z1.unit || (z1.exp !== 0 && !sameWord)
      ? z1
      : { unit: z2.unit, exp: z2.exp, approximate: z1.approximate, over: z1.over, suffix: z1.suffix };
  if (first.unit !== z2.unit && first.unit && z2.unit && first.unit.text !== z2.unit.text) return FAIL;
  return finish(a, first, b, z2, null);
}

function finish(
  a: NumberToken,
  za: Zone,
  b: NumberToken | null,
  zb: Zone,
  perUnit: string | null,
): QuantityScan | QuantityFail {
  let unit = zb.unit ?? za.unit;
  if (perUnit) {
    if (unit) return FAIL;
    unit = unitParts(perUnit)?.unit ?? null;
  }
  const value = scaleDigits(a.digits, za.exp);
  const high = b ? scaleDigits(b.digits, zb.exp) : null;
  if (!Number.isFinite(value) || (high !== null && !Number.isFinite(high))) {
    return { ok: false, reason: { code: "OUT_OF_RANGE" } };
  }
  if (high !== null && value > high) return { ok: false, reason: { code: "RANGE_REVERSED", low: value, high } };
  if (unit?.text === "成" && Math.max(value, high ?? 0) > MAX_TENTHS) return FAIL;
  return {
    ok: true,
    value,
    high,
    unit,
    multiplied: za.exp !== 0 || zb.exp !== 0,
    approximate: za.approximate || zb.approximate,
    over: za.over || zb.over,
    suffix: zb.suffix,
  };
}
