// Number readers for the value reader: ASCII digits with thousands separators, Chinese numerals, exact 10^n scaling.

/** A number read from text: its value, its digits as written (for exact scaling), and where it ends. */
export interface NumberToken {
  value: number;
  /** Decimal digits without separators ("1000.5", "-3"); multipliers are applied to this string, not the float. */
  digits: string;
  end: number;
  chinese: boolean;
}

/** Factors that are powers of ten, mapped to their exponent (10000 → 4, 0.01 → -2). */
export const POW10_EXPONENT: ReadonlyMap<number, number> = new Map(
  [-3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8].map((e) => [Number("1e" + e), e] as [number, number]),
);

const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number("1e" + i));

/** Multiplies by 10^exp through the decimal text, so 12.94 × 10^4 is 129400 and 0.768 × 10^2 is 76.8 exactly. */
export function scaleNumber(n: number, exp: number): number {
  if (exp === 0) return n;
  // An integer times or over an exact power of ten is rounded once, as the decimal text would be.
  if (n !== 0 && Number.isSafeInteger(n) && exp >= -22 && exp <= 22) return exp > 0 ? n * POW10[exp] : n / POW10[-exp];
  const s = String(n);
  return s.includes("e") ? n * Math.pow(10, exp) : Number(s + "e" + exp);
}

/** Digits text × 10^exp, exactly. */
export function scaleDigits(digits: string, exp: number): number {
  return exp === 0 ? Number(digits) : Number(digits + "e" + exp);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function threeDigitsAt(s: string, i: number): boolean {
  return (
    isDigit(s.charCodeAt(i)) &&
    isDigit(s.charCodeAt(i + 1)) &&
    isDigit(s.charCodeAt(i + 2)) &&
    !isDigit(s.charCodeAt(i + 3))
  );
}

/** Reads an ASCII number at i: optional sign, thousands separators (1,000), decimals; null when there is none. */
export function readArabicNumber(s: string, i: number): NumberToken | null {
  let j = i;
  let sign = "";
  const c0 = s.charCodeAt(j);
  if (c0 === 43 || c0 === 45) {
    const n = s.charCodeAt(j + 1);
    if (!isDigit(n) && !(n === 46 && isDigit(s.charCodeAt(j + 2)))) return null;
    sign = c0 === 45 ? "-" : "";
    j++;
  }
  const start = j;
  let grouped = false;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) j++;
    else if (c === 44 && j > start && threeDigitsAt(s, j + 1)) {
      grouped = true;
      j++;
    } else break;
  }
  if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
    j++;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  const raw = s.slice(start, j);
  const digits = grouped ? raw.replace(/,/g, "") : raw;
  if (digits === "") return null;
  const text = sign + digits;
  return { value: Number(text), digits: text, end: j, chinese: false };
}

/** The Chinese digits and their values (一 → 1, 两 → 2, 〇 → 0). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // the capital forms written for sums of money (壹仟, 叁拾伍)
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };
const CN_BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A digit said last after a place stands for the next place down (一千五 is 1500, 一万五 15000, 一百二 120; 十五 is
 *  15); before 万 or 亿 only after a small place (一百五万 is 150万). A 零 or another digit between keeps it (一千零五). */
function spoken(num: number, after: number, beforeBig: boolean): number {
  return after >= 10 && !(beforeBig && after >= 1e4) ? (num * after) / 10 : num;
}

/** The value of a run of Chinese digits with places (一百二十三, 三万五千, 一千五). */
function placedValue(run: string): number {
  let total = 0;
  let section = 0;
  let num = 0;
  let place = 0; // the place just read, 0 after a digit
  let after = 0; // the place right before the pending digit
  for (const ch of run) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      num = d;
      after = place;
    } else if (CN_SMALL[ch] !== undefined) {
      section += (num === 0 && (ch === "十" || ch === "拾") ? 1 : num) * CN_SMALL[ch];
      num = 0;
    } else {
      total += (section + spoken(num, after, true)) * CN_BIG[ch];
      section = num = 0;
    }
    place = d === undefined ? (CN_SMALL[ch] ?? CN_BIG[ch]) : 0;
    if (d === undefined) after = 0;
  }
  return total + section + spoken(num, after, false);
}

/** Reads a Chinese numeral at i (三, 十二, 两, 一百二十, 三万五千, 二〇二三); it must start with a digit word or 十. */
export function readChineseNumber(s: string, i: number): NumberToken | null {
  const first = s[i];
  if (first === undefined || (CN_DIGITS[first] === undefined && first !== "十" && first !== "拾")) return null;
  let j = i;
  let positional = false;
  while (j < s.length) {
    const ch = s[j];
    if (CN_DIGITS[ch] !== undefined) j++;
    else if (CN_SMALL[ch] !== undefined || CN_BIG[ch] !== undefined) {
      positional = true;
      j++;
    } else break;
  }
  const run = s.slice(i, j);
  let value: number;
  if (!positional) {
    value = 0;
    for (const ch of run) value = value * 10 + CN_DIGITS[ch];
  } else value = placedValue(run);
  // a decimal point said 点, then digits one by one (七十六点八, 零点五)
  if (s[j] !== "点" || CN_DIGITS[s[j + 1]] === undefined)
    return { value, digits: String(value), end: j, chinese: true };
  let k = j + 1;
  let digits = String(value) + ".";
  while (k < s.length && CN_DIGITS[s[k]] !== undefined) digits += CN_DIGITS[s[k++]];
  return { value: Number(digits), digits, end: k, chinese: true };
}

/** A figure written in digits (12, 2.5) or wholly in Chinese numerals (十二, 一百二十, 三), or null. */
export function figureValue(x: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(x)) return Number(x);
  const n = readChineseNumber(x, 0);
  return n && n.end === x.length ? n.value : null;
}
