// A figure per unit and the count of units (每场50人，共20场; 4个乡镇各300人次; 汛前汛后各1次; 4期×300人次) against a
// total (≥1000人次): the figure alone was counted, 50 of 1000 → 0.50. The figure times the count is the total, said
// (UNIT_ASSUMED units-times), when the figure is in the target's measure and the units are not (场 against 人次).
import type { FindingParams } from "../messages/params";
import { normalizeValueText } from "../parse/normalize";
import { figureValue } from "../parse/numbers";
import type { ParsedValue, QuantityValue } from "../parse/types";
import { lookupUnit, sameFamily } from "../parse/units";
import { showQuantity } from "./quantities";

/** A figure per unit (`figure`, as written), how many units, and the units (期, 乡镇; none for 汛前汛后). */
interface PerUnit {
  figure: string;
  count: number;
  units: string;
  /** Said with ×, no word (每, 各) telling the units from the figure. */
  bare?: boolean;
}

/** A count: digits or Chinese numerals. */
const COUNT = "(\\d+|[一二两三四五六七八九十]+)";
/** A figure and up to four characters of its unit (50人, 300人次, 约300人次, 300-400人次). */
const FIGURE = "((?:约|大约|近|将近|接近)?\\d+(?:\\.\\d+)?(?:[-~至到]\\d+(?:\\.\\d+)?)?[^\\d,;，；、×*]{1,4})";
const PERSON = lookupUnit("人")!;
/** A Chinese character other than 每 and 各 (每人每月500元 is per month too, no figure per person alone). */
const CJK = "(?:(?![每各])[\\u4e00-\\u9fff])";
const VERB = `(?:开展|举办|组织|培训|召开|完成|巡查|检查)?`;
/** 每场50人，共20场 (the figure, the count, the units: a unit word said twice, 场). */
const EACH_THEN_ALL = new RegExp(
  `^每个?(${CJK}{1,4}?)${CJK}{0,4}?${FIGURE}[,;]?(?:共|合计|总计|累计)计?${VERB}${COUNT}个?\\1$`,
);
/** 共20场，每场50人. */
const ALL_THEN_EACH = new RegExp(
  `^(?:共|合计|总计|累计)?${VERB}${COUNT}个?(${CJK}{1,4})[,;]每个?\\2${CJK}{0,4}?${FIGURE}$`,
);
/** 4个乡镇各300人次, 春秋两季各1次 (words before the count). */
const COUNT_EACH = new RegExp(`^${CJK}{0,4}?${COUNT}个?(${CJK}{1,4})各${VERB}${FIGURE}$`);
/** 汛前汛后各1次, 汛期前后各1次: before and after one time, twice. */
const BEFORE_AFTER_EACH = new RegExp(`^(${CJK}{1,3})前\\1?后各${VERB}${FIGURE}$`);
/** 4期×300人次; 300人次×4期. */
const COUNT_TIMES = new RegExp(`^${COUNT}个?(${CJK}{1,4})[×xX*]${FIGURE}$`);
const TIMES_COUNT = new RegExp(`^${FIGURE}[×xX*]${COUNT}个?(${CJK}{1,4})$`);
/** 春节、国庆各1次: one figure for each of the listed times or places. */
const LIST_EACH = new RegExp(`^(${CJK}{1,6}(?:[、和及与]${CJK}{1,6})+)各${VERB}${FIGURE}$`);

/** The readings of a completed text as a figure per unit, how many units, and the units (4期×300人次 may be read either
 *  way round: the caller keeps the one whose figure is in the target's measure). */
function perUnit(s: string): PerUnit[] {
  const found: (PerUnit | null)[] = [];
  let m: RegExpExecArray | null;
  if ((m = EACH_THEN_ALL.exec(s))) found.push(counted(m[2], m[3], m[1]));
  if ((m = ALL_THEN_EACH.exec(s))) found.push(counted(m[3], m[1], m[2]));
  if ((m = COUNT_EACH.exec(s))) found.push(counted(m[3], m[1], m[2]));
  if ((m = BEFORE_AFTER_EACH.exec(s))) found.push(counted(m[2], "2", ""));
  if ((m = LIST_EACH.exec(s))) found.push(counted(m[2], String(m[1].split(/[、和及与]/).length), ""));
  if ((m = COUNT_TIMES.exec(s))) found.push(counted(m[3], m[1], m[2], true));
  if ((m = TIMES_COUNT.exec(s))) found.push(counted(m[1], m[2], m[3], true));
  return found.filter((f): f is PerUnit => f !== null);
}

/** The pair read, when the count is one of two or more units. */
function counted(figure: string, count: string, units: string, bare = false): PerUnit | null {
  const n = figureValue(count);
  return n !== null && n >= 2 ? { figure, count: n, units, bare } : null;
}

/** The total a figure per unit times the count of units makes (每场50人，共20场 against ≥1000人次: 1000人), with what to
 *  say of it; null when `text` says no such pair, the target counts per unit (场均, 每场≥50人) or in the units (≥20场),
 *  or the figure is not in the target's measure, or `b` is read per period. `read` reads a piece of the completed cell. */
export function unitsTimes(
  name: string,
  t: QuantityValue,
  b: ParsedValue,
  read: (s: string) => ParsedValue,
): { b: QuantityValue; said: FindingParams["UNIT_ASSUMED"] } | null {
  // a figure per period (上下半年各1次, 每季度1次) is converted to the year as a period (periods.ts)
  if (b.kind === "quantity" && b.per) return null;
  if (!t.unit || t.unit.family === "percent" || t.per || /[均每/]/.test(name + t.text)) return null;
  const text = b.text;
  const s = normalizeValueText(text).trim();
  // 其中 makes the pair a part of some total (其中4个乡镇各300人次)
  if (s.startsWith("其中")) return null;
  for (const p of perUnit(s)) {
    const each = read(p.figure);
    if (each.kind !== "quantity" || !each.unit || each.remark || each.per || !sameFamily(each.unit, t.unit)) continue;
    // units in the target's own measure (20场×50人 against ≥20场) are what it counts, no multiplier
    const units = read(`${p.count}${p.units}`);
    if (units.kind === "quantity" && units.unit && sameFamily(units.unit, t.unit)) continue;
    // with × alone, people are what a session holds, never its units (20场×50人 against ≥20场 is no 1000场)
    if (p.bare && units.kind === "quantity" && units.unit && sameFamily(units.unit, PERSON)) continue;
    return times(text, each, p);
  }
  return null;
}

/** `each` times the count of units, with what to say of it. */
function times(text: string, each: QuantityValue, p: PerUnit) {
  const b: QuantityValue = Object.assign({}, each, {
    value: each.value * p.count,
    high: each.high === null ? null : each.high * p.count,
    text,
  });
  const low = showQuantity(b.value, b.high === null ? each.unit : null);
  const total = b.high === null ? low : `${low}-${showQuantity(b.high, each.unit)}`;
  const said = { kind: "units-times" as const, text, each: p.figure, count: `${p.count}${p.units}`, counted: total };
  return { b, said };
}
