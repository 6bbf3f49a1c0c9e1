// Units of measure (spec §2): families, factors to the family base, count kinds, and 万-style multipliers.
import { toHalfWidth } from "../text";
import type { Unit, UnitFamily } from "./types";
import { scaleNumber, POW10_EXPONENT } from "./numbers";

type UnitRow = readonly [text: string, factor: number];

/** Count units: each its own count kind (次 and 人 are different counts). */
export const COUNT_UNITS: readonly string[] = [
  "次",
  "场",
  "场次",
  "人",
  "人次",
  "名",
  "位",
  "个",
  "家",
  "件",
  "篇",
  "页",
  "套",
  "台",
  "辆",
  "项",
  "期",
  "批",
  "批次",
  "户",
  "所",
  "座",
  "处",
  "份",
  "本",
  "册",
  "例",
  "张",
  "条",
  "棵",
  "株",
  "头",
  "只",
  "种",
  "部",
  "间",
  "块",
  "节",
  "课时",
  "台次",
  "车次",
  "架次",
  "户次",
  "家次",
  "项次",
  "篇次",
  "支",
  "把",
  "起",
  "宗",
];

/**
 * Count kinds that are the same count under another name, and so compatible:
 * people (人 人次 名 位), sessions (场 场次), batches (批 批次), volumes (本 册), plants (棵 株).
 * Anything else of the count family is a mismatch (次 vs 人, 次 vs 场次, 个 vs 家).
 */
export const COUNT_GROUPS: readonly (readonly string[])[] = [
  ["人", "人次", "名", "位"],
  ["场", "场次"],
  ["批", "批次"],
  ["本", "册"],
  ["棵", "株"],
];

const FAMILY_ROWS: Readonly<Record<Exclude<UnitFamily, "count">, readonly UnitRow[]>> = {
  money: [
    ["元", 1],
    ["千元", 1e3],
    ["万元", 1e4],
    ["十万元", 1e5],
    ["百万元", 1e6],
    ["千万元", 1e7],
    ["亿元", 1e8],
  ],
  percent: [
    ["%", 0.01],
    ["百分比", 0.01],
    ["百分点", 0.01],
    ["个百分点", 0.01],
    ["‰", 0.001],
    ["‱", 0.0001],
    ["/千", 0.001],
    ["/万", 0.0001],
    ["/十万", 0.00001],
    ["/百万", 0.000001],
    ["成", 0.1],
  ],
  area: [
    ["平方米", 1],
    ["㎡", 1],
    ["平米", 1],
    ["m2", 1],
    ["m²", 1],
    ["亩", 10000 / 15],
    ["公顷", 1e4],
    ["平方公里", 1e6],
    ["平方千米", 1e6],
    ["km2", 1e6],
    ["km²", 1e6],
  ],
  length: [
    ["米", 1],
    ["延米", 1],
    ["延长米", 1],
    ["m", 1],
    ["千米", 1e3],
    ["公里", 1e3],
    ["km", 1e3],
    ["厘米", 0.01],
    ["cm", 0.01],
  ],
  duration: [
    ["毫秒", 1 / 86400000],
    ["ms", 1 / 86400000],
    ["秒", 1 / 86400],
    ["秒钟", 1 / 86400],
    ["s", 1 / 86400],
    ["分钟", 1 / 1440],
    ["min", 1 / 1440],
    ["小时", 1 / 24],
    ["个小时", 1 / 24],
    ["h", 1 / 24],
    ["天", 1],
    ["日", 1],
    // a calendar day, as against a working day
    ["自然日", 1],
    ["个自然日", 1],
    ["工作日", 1],
    ["个工作日", 1],
    ["周", 7],
    ["星期", 7],
    ["个星期", 7],
    ["个月", 30],
    ["月", 30],
    ["季度", 91],
    ["个季度", 91],
    ["年", 365],
  ],
  energy: [
    ["度", 1],
    ["千瓦时", 1],
    ["kwh", 1],
    ["kw·h", 1],
    ["kw.h", 1],
  ],
  mass: [
    ["千克", 1],
    ["公斤", 1],
    ["kg", 1],
    ["克", 0.001],
    ["g", 0.001],
    ["毫克", 1e-6],
    ["mg", 1e-6],
    ["微克", 1e-9],
    ["μg", 1e-9],
    ["µg", 1e-9],
    ["ug", 1e-9],
    ["斤", 0.5],
    ["吨", 1e3],
    ["t", 1e3],
  ],
  sound: [
    ["分贝", 1],
    ["db", 1],
  ],
  volume: [
    ["立方米", 1],
    ["方", 1],
    ["立方", 1],
    ["m3", 1],
    ["m³", 1],
    ["升", 0.001],
    ["l", 0.001],
  ],
};

/** Aliases written with a slash or another spelling, mapped to their unit text. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["人/次", "人次"],
  ["人·次", "人次"],
  ["户·次", "户次"],
  ["台·次", "台次"],
  ["车·次", "车次"],
  ["架·次", "架次"],
  ["千瓦·时", "千瓦时"],
]);

/** Multiplier prefixes of non-money units (万人次 = 10^4 人次), as powers of ten. */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ["百万", 6],
  ["千万", 7],
  ["十万", 5],
  ["亿", 8],
  ["万", 4],
  ["千", 3],
  ["百", 2],
];

/** Units shown otherwise than read: dB, and rates per a population in figures (/十万 is written /10万). */
const SHOWN_AS: Readonly<Record<string, string>> = {
  db: "dB",
  "/十万": "/10万",
  "/百万": "/100万",
  个自然日: "自然日",
};

const BASE_UNITS = new Map<string, Unit>();
for (const t of COUNT_UNITS) BASE_UNITS.set(t, Object.freeze({ text: t, family: "count", factor: 1, countKind: t }));
for (const [family, rows] of Object.entries(FAMILY_ROWS) as [UnitFamily, readonly UnitRow[]][]) {
  for (const [text, factor] of rows) {
    const shown = family === "percent" && factor === 0.01 ? "%" : (SHOWN_AS[text] ?? text);
    BASE_UNITS.set(text, Object.freeze({ text: shown, family, factor, countKind: "" }));
  }
}

const COUNT_GROUP_OF = new Map<string, number>();
COUNT_GROUPS.forEach((g, i) => g.forEach((k) => COUNT_GROUP_OF.set(k, i)));

/** A unit split into its multiplier (power of ten) and the unit proper: 万人次 → {exp: 4, unit: 人次}. */
export interface UnitParts {
  exp: number;
  unit: Unit;
}

/** The middle dots of 人·次 and 千瓦·时 written as one (•, ・, ‧, ∙ → ·). */
const oneMiddleDot = (t: string) => t.replace(/[•・‧∙]/g, "·");

/** Normalises unit text: half-width, no spaces, no enclosing brackets ("（万元）" → "万元"), ASCII lower case. */
export function normalizeUnitText(text: string): string {
  let t = oneMiddleDot(toHalfWidth(text).replace(/\s+/g, ""));
  const m = /^[([【〔](.*)[)\]】〕]$/.exec(t);
  if (m) t = m[1];
  return /[A-Z]/.test(t) ? t.toLowerCase() : t;
}

/** Units of two or more Latin letters, which may be written in capitals in a value (KM, KW·H, M2); a single capital
 *  (5G基站, 2T硬盘) names no unit. */
const CASE_FREE: ReadonlySet<string> = new Set([
  "km",
  "kg",
  "kwh",
  "kw·h",
  "kw.h",
  "m2",
  "m3",
  "km2",
  "mg",
  "cm",
  "db",
]);

/** Looks a unit up without multiplier handling; strips a per-denominator ("次/年" → 次, "元/人" → 元). A unit as
 *  written in a value with another middle dot (人•次) or in capitals (KM, kW·h) is looked up again written plainly. */
export function baseUnit(t: string): Unit | null {
  const found = lookUp(t);
  if (found) return found;
  const dots = oneMiddleDot(t);
  const lower = dots.toLowerCase();
  const plain = lower !== dots && CASE_FREE.has(lower.split("/")[0]) ? lower : dots;
  return plain !== t ? lookUp(plain) : null;
}

/** A normalised unit in the table, also before a per-denominator. */
function lookUp(t: string): Unit | null {
  const direct = BASE_UNITS.get(ALIASES.get(t) ?? t);
  if (direct) return direct;
  const slash = t.indexOf("/");
  return slash > 0 ? (BASE_UNITS.get(t.slice(0, slash)) ?? null) : null;
}

const PARTS_CACHE = new Map<string, UnitParts | null>();

/** Splits normalised unit text into a multiplier and a known unit: "万度" → 10^4 × 度, "万元" → 1 × 万元. */
export function unitParts(t: string): UnitParts | null {
  const hit = PARTS_CACHE.get(t);
  if (hit !== undefined) return hit;
  let parts: UnitParts | null = null;
  const direct = t === "" ? null : baseUnit(t);
  if (direct) parts = { exp: 0, unit: direct };
  else {
    for (const [prefix, exp] of MULTIPLIERS) {
      if (!t.startsWith(prefix) || t.length === prefix.length) continue;
      const unit = baseUnit(t.slice(prefix.length));
      if (unit && unit.family !== "money" && unit.family !== "percent") {
        parts = { exp, unit };
        break;
      }
    }
  }
  if (PARTS_CACHE.size > 2000) PARTS_CACHE.clear();
  PARTS_CACHE.set(t, parts ? Object.freeze(parts) : null);
  return parts;
}

/** The multiplier exponent of a bare multiplier word (万 → 4), or null. */
export function multiplierExponent(t: string): number | null {
  for (const [prefix, exp] of MULTIPLIERS) if (t === prefix) return exp;
  return null;
}

/**
 * Looks up a unit as written (cell text or 度量单位 column). A non-money unit with a 万/千/亿 prefix comes back with
 * the multiplier folded into its factor: 万人次 → {text: "万人次", family: count, factor: 10000, countKind: "人次"}.
 */
export function lookupUnit(text: string): Unit | null {
  const parts = unitParts(normalizeUnitText(text));
  if (!parts) return null;
  if (parts.exp === 0) return parts.unit;
  const u = parts.unit;
  return {
    text: normalizeUnitText(text),
    family: u.family,
    factor: scaleNumber(u.factor, parts.exp),
    countKind: u.countKind,
  };
}

/** A count unit the table does not know (e.g. "枚"), compared by its own text. */
export function unknownCountUnit(text: string): Unit {
  return Object.freeze({ text, family: "count", factor: 1, countKind: text });
}

/** Whether two units can be compared: same family, and for counts the same count kind or a compatible group. */
export function sameFamily(a: Unit, b: Unit): boolean {
  if (a.family !== b.family) return false;
  if (a.family !== "count" || a.countKind === b.countKind) return true;
  const ga = COUNT_GROUP_OF.get(a.countKind);
  return ga !== undefined && ga === COUNT_GROUP_OF.get(b.countKind);
}

/** Converts a value in `unit` to the family base (万元 → 元, % → fraction, 小时 → 天); exact for powers of ten. */
export function toBase(value: number, unit: Unit | null): number {
  if (!unit || unit.factor === 1) return value;
  const exp = POW10_EXPONENT.get(unit.factor);
  return exp === undefined ? value * unit.factor : scaleNumber(value, exp);
}

/** The unit a figure with its own 万/亿/千 and no unit (298.5万, 1.3亿) takes from a side in `unit`: money drops the
 *  multiplier the unit carries (298.5万 against 万元 is 298.5万元, not 298.5万 × 1万元); other units as they are. */
export function unitForMultiplied(unit: Unit): Unit {
  return unit.family === "money" ? (BASE_UNITS.get("元") ?? unit) : unit;
}
