// Figures said as people speak them. Two neighbouring digits are a span: 八九次 was read as 89次 (full marks against ≥10次
// and a 790 % over-achievement), 七八十人 as 80人, 三五次 as 35次. A count of ten-thousands with its thousands is one
// figure: 1万2千人次 was read as 2千人次 (15 of 90 against ≥12000人次).
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const read = (text: string) => {
  const v = parseValue(text, {});
  return v.kind === "quantity" ? [v.value, v.high, v.unit?.text ?? null] : v.kind;
};

test.each([
  ["八九次", [8, 9, "次"]],
  ["三四次", [3, 4, "次"]],
  ["一两次", [1, 2, "次"]],
  ["两三次", [2, 3, "次"]],
  ["三五次", [3, 5, "次"]],
  ["十一二人", [11, 12, "人"]],
  ["二十七八人", [27, 28, "人"]],
  ["七八十人", [70, 80, "人"]],
  ["四五百户", [400, 500, "户"]],
  ["三四万元", [3, 4, "万元"]],
  // before a compound place (十万, 百万, 千万): 七八十万元 was 80万元, 三四百万元 400万元
  ["七八十万元", [70, 80, "万元"]],
  ["三四百万元", [300, 400, "万元"]],
  ["二三十万人", [200000, 300000, "人"]],
  ["五六千万元", [5000, 6000, "万元"]],
  ["三四亿元", [3, 4, "亿元"]],
  // 三五 before a place: 三五千人 was 5000人, 三五十人 50人
  ["三五千人", [3000, 5000, "人"]],
  ["三五十人", [30, 50, "人"]],
])("neighbouring digits are a span: %s", (text, expected) => {
  expect(read(text)).toEqual(expected);
});

test.each([
  ["十二次", [12, null, "次"]],
  ["九十八人", [98, null, "人"]],
  ["二〇二三年", [2023, null, "年"]],
  ["一百二十三人", [123, null, "人"]],
  ["三十五次", [35, null, "次"]],
])("figures written in full stay one figure: %s", (text, expected) => {
  expect(read(text)).toEqual(expected);
});

/** A figure in its unit's base (1.2 of 万人次 or 12000 of 人次 is 12000), or the kind it was read as. */
const base = (text: string) => {
  const v = parseValue(text, {});
  return v.kind === "quantity" ? Math.round(v.value * (v.unit?.factor ?? 1)) : v.kind;
};

test.each([
  ["1万2千人次", 12000],
  ["9万8千人", 98000],
  ["48万5千元", 485000],
  ["1亿5千万元", 150000000],
  ["1亿零500万元", 105000000],
  ["1亿500万元", 105000000],
  ["2万5千", 25000],
])("ten-thousands with their thousands are one figure: %s is %d", (text, expected) => {
  expect(base(text)).toBe(expected);
});

test.each([
  ["一千五人次", 1500],
  ["两千五人次", 2500],
  ["一万五", 15000],
  ["一百二人", 120],
  ["一百一人", 110],
  ["一百五万元", 1500000],
  ["一万五千五", 15500],
  ["1千5百人次", 1500],
  ["1千5人次", 1500],
  ["1万5人次", 15000],
  ["3千5人", 3500],
  ["1亿5", 150000000],
])("a digit said last after a place is the next place down: %s is %d", (text, expected) => {
  expect(base(text)).toBe(expected);
});

test.each([
  ["一千零五", 1005],
  ["一百一十五人", 115],
  ["十五次", 15],
  ["二十五次", 25],
  ["三万五千", 35000],
  ["一亿五千万元", 150000000],
])("a 零, a second digit or a place after it keeps a digit as it is: %s is %d", (text, expected) => {
  expect(base(text)).toBe(expected);
});

describe("scored", () => {
  const row = (target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "召开会议次数", target, actual, reason: "" }));

  test("八九次 against ≥10次: the span's lower end, 72 of 90, said (it was 89次, full marks)", () => {
    expect(row("≥10次", "八九次")).toMatchObject({
      score: 72,
      findings: expect.arrayContaining(["APPROXIMATE_VALUE E11: 实际完成值“八九次”是一个区间，按下限8次计算"]),
    });
  });

  test("七八十人 against ≥80人 is 70 to 80: 78.75 of 90", () => {
    expect(row("≥80人", "七八十人").score).toBe(78.75);
  });

  test("七八十万元 against ≥80万元 is 70万元 to 80万元: 78.75 of 90 (it was 80万元, full marks)", () => {
    expect(row("≥80万元", "七八十万元").score).toBe(78.75);
  });

  test("without a unit, 七八十万 and 七八万 take the target's 万元 once: 78.75 and 7.88 of 90", () => {
    // 七八十万 was unreadable (700000万元), 七八万 was 70000万元 with full marks and an 87400 % over-achievement
    expect(row("≥80万元", "七八十万").score).toBe(78.75);
    expect(row("≥80万元", "七八万").score).toBe(7.88);
  });

  test("1万2千人次 against ≥12000人次 is met (it scored 15 of 90 on 2千人次)", () => {
    expect(row("≥12000人次", "1万2千人次")).toEqual({ score: 90, status: "scored", findings: [] });
  });

  test("1亿零500万元 against ≥1亿元 is met, 9万8千人 against ≥10万人 is 88.2 of 90", () => {
    expect(row("≥1亿元", "1亿零500万元").score).toBe(90);
    expect(row("≥10万人", "9万8千人").score).toBe(88.2);
  });

  test("一千五人次 against ≥1500人次 is met (it was 1005人次, 60.3 of 90); 3千5人 against ≥3500人 too (it was 5人)", () => {
    expect(row("≥1500人次", "一千五人次")).toEqual({ score: 90, status: "scored", findings: [] });
    expect(row("≥3500人", "3千5人")).toEqual({ score: 90, status: "scored", findings: [] });
  });

  test("一百万 without a unit against ≥100万元 is 100万元, said (it was 1000000万元 and not scored)", () => {
    expect(row("≥100万元", "一百万")).toMatchObject({
      score: 90,
      findings: ["UNIT_ASSUMED E11: 实际完成值“一百万”未写单位，按100万元理解"],
    });
  });
});

// 来 before a unit is about the figure: 20来次 was the unit 来次 (UNIT_MISMATCH), 二十来次 words
test.each([
  ["20来次", [20, null, "次"]],
  ["二十来次", [20, null, "次"]],
  ["500来户", [500, null, "户"]],
])("%s is about the figure", (text, expected) => {
  expect(read(text)).toEqual(expected);
  expect(parseValue(text, {})).toMatchObject({ approximate: true });
});
