// Text normalisation and the word tables of the value reader (spec §2): marks, comparators, approximation words.
import type { Comparator } from "./types";

const CHAR_MAP = new Map<number, string>([
  [0x2267, "≥"],
  [0x2a7e, "≥"],
  [0x2266, "≤"],
  [0x2a7d, "≤"],
  [0xfe66, "="],
  [0x2550, "="],
  [0xfe6a, "%"],
  [0x301c, "~"],
  [0x2212, "-"],
  [0xfe63, "-"],
  [0x2010, "-"],
  [0x2011, "-"],
  [0x2012, "-"],
  [0x2015, "—"],
  [0xfe64, "<"],
  [0xfe65, ">"],
  [0x2264, "≤"],
  [0x2265, "≥"],
  // the traditional 內 (500人以內)
  [0x5167, "内"],
]);

function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 0x7f;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function digitAt(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  return isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19);
}

/** Whether the blanks at `i` (after a digit) stand before a group of exactly three digits (1 200, 12 000): a thousands
 *  separator. Other blanks between digits keep the figures apart (100 11篇 is no 10011篇). */
function isThousandsGroup(raw: string, i: number): boolean {
  let j = i;
  while (j < raw.length && isSpace(raw.charCodeAt(j))) j++;
  if (!digitAt(raw, j)) return true;
  let k = j;
  while (k < raw.length && digitAt(raw, k)) k++;
  return k - j === 3;
}

/** Value text for reading: full-width to half-width, every kind of space removed (blanks between two figures become
 *  、, so that they stay two), comparator look-alikes unified. */
export function normalizeValueText(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = !(
      isSpace(c) ||
      (c >= 0xff01 && c <= 0xff5e) ||
      (c > 0x2000 && CHAR_MAP.has(c) && c !== 0x2264 && c !== 0x2265)
    );
  }
  if (plain) return raw;
  let out = "";
  let changed = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (isSpace(c)) {
      changed = true;
      if (isAsciiDigit(out.charCodeAt(out.length - 1)) && !isThousandsGroup(raw, i)) out += "、";
    } else {
      const mapped = c > 0x2000 ? CHAR_MAP.get(c) : undefined;
      if (mapped !== undefined && mapped !== raw[i]) {
        out += mapped;
        changed = true;
      } else out += raw[i];
    }
  }
  return changed ? out : raw;
}

/** Brackets written for < and > before = (〉=95%, 《=10件). */
const BRACKET_SIGN = /[〈《〉》](?==)/g;
/** 已 written for 以 in a bound after a figure ending the text (95%已上, 10件已内, 500人已下). */
const YI_TYPO = /(\d[%\u4e00-\u9fff]{0,4})已([上下内])$/;

/** Normalised value text with the look-alike spellings of a comparator made the comparator (〉= → >=, 95%已上 →
 *  95%以上). */
export function unifyComparators(s: string): string {
  const t = s.indexOf("=") > 0 ? s.replace(BRACKET_SIGN, (c) => (c === "〈" || c === "《" ? "<" : ">")) : s;
  return t.indexOf("已") >= 0 ? t.replace(YI_TYPO, "$1以$2") : t;
}

/** Whole-cell not-applicable marks (spec §2), as normalised text. */
export const NOT_APPLICABLE_MARKS: readonly string[] = [
  "/",
  "—",
  "——",
  "-",
  "--",
  "–",
  "一",
  "\\",
  "不适用",
  "无此项",
  "N/A",
  "n/a",
  "NA",
];

const DEFAULT_MARK_SET: ReadonlySet<string> = new Set(NOT_APPLICABLE_MARKS);
const MARK_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The set of normalised marks: the built-in ones plus the profile's. */
export function markSet(extra: readonly string[] | undefined): ReadonlySet<string> {
  if (!extra || extra.length === 0) return DEFAULT_MARK_SET;
  let set = MARK_SETS.get(extra);
  if (!set) {
    set = new Set([...NOT_APPLICABLE_MARKS, ...extra.map(normalizeValueText)]);
    MARK_SETS.set(extra, set);
  }
  return set;
}

type ComparatorWord = readonly [word: string, comparator: Comparator];

/** Prefix comparators, longest first (spec §2 table, plus 不足/不到/不满/不及/达不到 = <, 逾/超/达 as short forms,
 *  超出/突破/高出 = >, and the bounds 最少/最低/最快/最短/不得低于 = ≥, 至多/最多/最高/不得超过/不突破 = ≤). */
export const PREFIX_COMPARATORS: readonly ComparatorWord[] = (
  [
    [">=", ">="],
    ["=>", ">="],
    ["<=", "<="],
    ["=<", "<="],
    ["≥", ">="],
    ["≤", "<="],
    ["≮", ">="],
    ["≯", "<="],
    [">", ">"],
    ["<", "<"],
    ["=", "="],
    ["大于或等于", ">="],
    ["小于或等于", "<="],
    ["大于等于", ">="],
    ["小于等于", "<="],
    ["不低于", ">="],
    ["不少于", ">="],
    ["不小于", ">="],
    ["至少", ">="],
    ["最少", ">="],
    ["最低", ">="],
    // the quickest or shortest of many times (最快10分钟, 最短3天): the others took longer
    ["最快", ">="],
    ["最短", ">="],
    ["不得低于", ">="],
    ["不得少于", ">="],
    ["达到", ">="],
    ["至多", "<="],
    ["最多", "<="],
    ["最高", "<="],
    ["不得超过", "<="],
    ["不得高于", "<="],
    ["不超出", "<="],
    ["不突破", "<="],
    ["不高出", "<="],
    ["不高于", "<="],
    ["不超过", "<="],
    // the everyday short forms (不超10万元, 不低90%): 超 alone would be >
    ["不超", "<="],
    ["不低", ">="],
    ["不多于", "<="],
    ["不大于", "<="],
    ["控制在", "<="],
    ["大于", ">"],
    ["高于", ">"],
    ["多于", ">"],
    ["超过", ">"],
    // the everyday forms of 超过 and 多于 (不超越, 不多过: after a negation, as 不超过)
    ["超越", ">"],
    ["多过", ">"],
    // the value went past the figure (超出10万元, 突破1%, 高出310元): as 超过
    ["超出", ">"],
    ["突破", ">"],
    ["高出", ">"],
    ["小于", "<"],
    ["低于", "<"],
    ["少于", "<"],
    ["等于", "="],
    ["不足", "<"],
    ["不到", "<"],
    // short of the figure (满意度不满90%, 未满1000人次, 不及90%, 达不到90%): as 不到
    ["不满", "<"],
    ["未满", "<"],
    ["不及", "<"],
    ["未及", "<"],
    ["不够", "<"],
    ["达不到", "<"],
    ["逾", ">"],
    ["超", ">"],
    ["达", ">="],
  ] as ComparatorWord[]
).sort((a, b) => b[0].length - a[0].length);

/** Verbs of cutting down, as a regular expression's alternatives: before 至, 到 or 为 and a figure (压减至3个, 降至2%,
 *  精简为5份) they set the figure as a cap in a target and name the figure reached in a completed value. */
export const DOWN_TO_VERBS = "压减|精简|压缩|缩减|削减|减少|降低|下降|控制|减|降";

/** Words before the number that only announce it (完成100%, 共计24次); they change nothing. */
export const LEAD_WORDS: readonly string[] = [
  "已完成",
  "实际完成",
  "完成",
  "共计",
  "累计",
  "合计",
  "总计",
  "全年",
  "实现",
  "共",
];

/** Words and signs before the number that make it approximate (约300, ≈300). */
export const APPROX_PREFIXES: readonly string[] = [
  "大约",
  "大概",
  "将近",
  "接近",
  "差不多",
  "几乎",
  "约",
  "近",
  "≈",
  "≒",
];

/** The approximation words that put the true figure a little under the one written (近90%, 差不多100人, 几乎100%:
 *  nearly 90 %, so below it). */
export const NEARLY_WORDS: readonly string[] = ["将近", "接近", "差不多", "几乎", "近"];

/** Suffixes after the number/unit: comparator, and what they say of the figure (spec §2: 以上 → ≥, 以内/以下/之内/内 →
 *  ≤; 95%↑ and 5%↓ as 以上 and 以下): `true` an approximation whose comparator gives its side, "about" one without a
 *  side (左右), "over" one a little above it (多, 余), false an exact figure. */
export const SUFFIXES: readonly (readonly [
  word: string,
  comparator: Comparator | null,
  approx: boolean | "about" | "over",
])[] = [
  ["及以上", ">=", true],
  ["以上", ">=", true],
  ["之上", ">=", true],
  ["以内", "<=", true],
  ["之内", "<=", true],
  ["以下", "<=", true],
  ["内", "<=", true],
  ["↑", ">=", true],
  ["↓", "<=", true],
  ["左右", null, "about"],
  ["上下", null, "about"],
  ["多", null, "over"],
  ["余", null, "over"],
  ["(含)", null, false],
  ["完成", null, false],
];

/** What a 指标性质 / 指标方向 column says: a comparator, "qualitative" (定性), or nothing usable. */
export type ColumnComparator = Comparator | "qualitative" | null;

const COLUMN_WORDS: ReadonlyMap<string, ColumnComparator> = new Map(
  Object.entries({
    "≥": ">=",
    ">=": ">=",
    大于等于: ">=",
    大于或等于: ">=",
    不低于: ">=",
    不少于: ">=",
    正向: ">=",
    正向指标: ">=",
    "≤": "<=",
    "<=": "<=",
    小于等于: "<=",
    小于或等于: "<=",
    不高于: "<=",
    不超过: "<=",
    反向: "<=",
    反向指标: "<=",
    "=": "=",
    等于: "=",
    ">": ">",
    大于: ">",
    "<": "<",
    小于: "<",
    定性: "qualitative",
    定性指标: "qualitative",
  } as Record<string, ColumnComparator>),
);

/** Reads the comparator column (`≥ ≤ = 定性`, `大于等于`, `小于等于`, `等于`, `正向/反向`). */
export function parseComparatorColumn(text: string | null | undefined): ColumnComparator {
  if (!text) return null;
  const direct = COLUMN_WORDS.get(text);
  if (direct !== undefined) return direct;
  const t = normalizeValueText(text);
  return COLUMN_WORDS.get(t) ?? COLUMN_WORDS.get(t.replace(/指标$/, "")) ?? null;
}

/** Whether `s` holds at least `k` CJK ideographs (the look stops at the k-th: a text read again and again while its
 *  parts are tried must not be counted whole each time). */
export function holdsCjk(s: string, k: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isCjkAt(s, i) && ++n >= k) return true;
  return n >= k;
}

/** Whether the character at `i` is a CJK ideograph (U+4E00–U+9FFF). */
export function isCjkAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}
