// Built-in number formats (ECMA-376 §18.8.30) plus the ids Chinese-locale Excel uses for dates and times.

const DATE_CN_YM = 'yyyy"年"m"月"';
const DATE_CN_MD = 'm"月"d"日"';
const DATE_CN_YMD = 'yyyy"年"m"月"d"日"';
const TIME_CN_HM = 'h"时"mm"分"';
const TIME_CN_HMS = 'h"时"mm"分"ss"秒"';
const TIME_CN_AMPM_HM = '上午/下午h"时"mm"分"';
const TIME_CN_AMPM_HMS = '上午/下午h"时"mm"分"ss"秒"';

/** Format code of each built-in numFmtId. */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"¥"#,##0;"¥"\\-#,##0',
  6: '"¥"#,##0;[Red]"¥"\\-#,##0',
  7: '"¥"#,##0.00;"¥"\\-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  27: DATE_CN_YM,
  28: DATE_CN_MD,
  29: DATE_CN_MD,
  30: "m-d-yy",
  31: DATE_CN_YMD,
  32: TIME_CN_HM,
  33: TIME_CN_HMS,
  34: TIME_CN_AMPM_HM,
  35: TIME_CN_AMPM_HMS,
  36: DATE_CN_YM,
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
  42: '_("¥"* #,##0_);_("¥"* \\(#,##0\\);_("¥"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
  44: '_("¥"* #,##0.00_);_("¥"* \\(#,##0.00\\);_("¥"* "-"??_);_(@_)',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: DATE_CN_YM,
  51: DATE_CN_MD,
  52: DATE_CN_YM,
  53: DATE_CN_MD,
  54: DATE_CN_MD,
  55: TIME_CN_AMPM_HM,
  56: TIME_CN_AMPM_HMS,
  57: DATE_CN_YM,
  58: DATE_CN_MD,
};

/** Ids whose code is the same in every locale; only these are reused when a write asks for a format code. */
const LOCALE_FREE_IDS = [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 20, 21, 45, 46, 47, 48, 49];

/** The built-in id of a format code, or null when the code needs a custom <numFmt>. */
export function builtInId(code: string): number | null {
  for (const id of LOCALE_FREE_IDS) if (BUILT_IN_FORMATS[id] === code) return id;
  return null;
}

/** A date/time format: has d, m, y, h or s outside quotes, brackets (except [h]/[m]/[s]) and escapes. */
export function isDateFormat(code: string | null): boolean {
  if (!code || code === "General") return false;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare.replace(/E\+|E-/g, "")) && !/^[#0.,%\s]+$/.test(bare);
}
