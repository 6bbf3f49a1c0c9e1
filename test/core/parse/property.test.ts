// Property tests: parseValue never throws and always returns a well-formed reading, on any string or number.
import { en, zh } from "../../../src/core/messages";
import fc from "fast-check";
import { clearParseCache, parseValue } from "../../../src/core/parse";
import type { ParseContext, ParsedValue } from "../../../src/core/parse/types";
import { classifyQualitative } from "../../../src/core/qualitative";
import { inferDirection } from "../../../src/core/direction";
import { BUILT_IN_PROFILES } from "../../../src/core/profile";

const KINDS = ["quantity", "deadline", "qualitative", "not-applicable", "empty", "unreadable"];

/** The shape every reading must have. */
function wellFormed(p: ParsedValue): boolean {
  if (!KINDS.includes(p.kind)) return false;
  switch (p.kind) {
    case "quantity":
      return (
        Number.isFinite(p.value) &&
        (p.high === null || (Number.isFinite(p.high) && p.high >= p.value)) &&
        (p.unit === null || Number.isFinite(p.unit.factor)) &&
        typeof p.approximate === "boolean"
      );
    case "deadline":
      return p.month >= 1 && p.month <= 12 && (p.day === null || (p.day >= 1 && p.day <= 31));
    case "unreadable":
      // every reason says itself in both languages
      return /[\u4e00-\u9fff]/.test(zh.readFailure(p.reason)) && en.readFailure(p.reason).length > 0;
    default:
      return typeof p.text === "string";
  }
}

const TOKENS = [
  "≥",
  "≤",
  ">",
  "<",
  "=",
  ">=",
  "＞＝",
  "大于等于",
  "不超过",
  "超过",
  "约",
  "达到",
  "控制在",
  "1",
  "0",
  "9",
  "12",
  ".",
  ",",
  "，",
  "1,000",
  "３",
  "三",
  "十",
  "两",
  "百",
  "万",
  "亿",
  "千",
  "多",
  "余",
  "%",
  "％",
  "百分之",
  "次",
  "人次",
  "万元",
  "元",
  "度",
  "页",
  "-",
  "—",
  "~",
  "至",
  "到",
  "以上",
  "以内",
  "内",
  "左右",
  "年",
  "月",
  "日",
  "底",
  "前",
  "完成",
  "及时",
  "未",
  "/",
  "(含)",
  " ",
  "2021年",
  "12月",
  "季度",
  "上半年",
  "#DIV/0!",
  "一",
  "e",
  "E+",
  "∞",
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((a) => a.join(""));
const context: fc.Arbitrary<ParseContext> = fc.record(
  {
    numFmt: fc.constantFrom(
      null,
      "0.00%",
      "0%",
      "yyyy-mm-dd",
      'yyyy"年"m"月"',
      '0"万元"',
      "General",
      "0.00E+00",
      "[h]:mm",
    ),
    unitColumn: fc.constantFrom(null, "%", "万人次", "次", "月", "日", "万", "无", "万元"),
    comparatorColumn: fc.constantFrom(null, "≥", "≤", "定性", "大于等于", "小于等于", "等于"),
    tableYear: fc.constantFrom(null, 2021),
    timeliness: fc.boolean(),
    isError: fc.constantFrom(false, false, false, true),
  },
  { requiredKeys: [] },
);

describe("parseValue never throws", () => {
  test("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), context, (s, ctx) => wellFormed(parseValue(s, ctx))),
      { numRuns: 3000 },
    );
  });

  test("on arbitrary unicode strings (full code points)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), context, (s, ctx) => wellFormed(parseValue(s, ctx))),
      { numRuns: 3000 },
    );
  });

  test("on strings made of the reader's own tokens", () => {
    fc.assert(
      fc.property(tokenText, context, (s, ctx) => wellFormed(parseValue(s, ctx))),
      { numRuns: 5000 },
    );
  });

  test("on any number, with any format", () => {
    fc.assert(
      fc.property(fc.double(), context, (n, ctx) => wellFormed(parseValue(n, ctx))),
      { numRuns: 3000 },
    );
  });

  test("a reading is the same with or without the cache", () => {
    fc.assert(
      fc.property(tokenText, context, (s, ctx) => {
        const cached = parseValue(s, ctx);
        clearParseCache();
        return JSON.stringify(parseValue(s, ctx)) === JSON.stringify(cached);
      }),
      { numRuns: 1000 },
    );
  });

  test("a quantity keeps the trimmed cell text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom("", "次", "%", "万人次", "多"), (n, u) => {
        const text = ` ${n}${u} `;
        const p = parseValue(text, {});
        return p.kind === "quantity" && p.text === text.trim();
      }),
    );
  });
});

test("classifyQualitative and inferDirection never throw", () => {
  const profile = BUILT_IN_PROFILES[0];
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 20 }), tokenText, (a, b) => {
      const c = classifyQualitative(a, b, profile);
      const d = inferDirection(b, a, profile);
      return [0, 1, 2, null].includes(c.band) && (d.comparator === ">=" || d.comparator === "<=");
    }),
    { numRuns: 2000 },
  );
});
