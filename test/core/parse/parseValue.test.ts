// The value reader on the forms of spec §2, one expectation per form.
import { parseValue } from "../../../src/core/parse";
import { readBounds } from "../../../src/core/parse/bounds";
import { normalizeValueText } from "../../../src/core/parse/normalize";
import type { ParseContext, QuantityValue } from "../../../src/core/parse/types";
import { summary } from "./summary";

const read = (v: string | number | boolean | null, ctx: ParseContext = {}) => summary(parseValue(v, ctx));
const quantity = (v: string | number, ctx: ParseContext = {}): QuantityValue => {
  const p = parseValue(v, ctx);
  if (p.kind !== "quantity") throw new Error(`${String(v)} read as ${p.kind}`);
  return p;
};

describe("comparators", () => {
  test.each([
    ["≥95%", ">=95%"],
    ["≧95%", ">=95%"],
    ["⩾95%", ">=95%"],
    [">=95%", ">=95%"],
    ["＞＝95%", ">=95%"],
    ["大于等于95%", ">=95%"],
    ["大于或等于95%", ">=95%"],
    ["不低于90%", ">=90%"],
    ["不少于10次", ">=10次"],
    ["不小于3家", ">=3家"],
    ["至少5篇", ">=5篇"],
    ["达到100%", ">=100%"],
    ["最少3次", ">=3次"],
    ["最低90%", ">=90%"],
    ["不得低于95%", ">=95%"],
    ["不得少于4次", ">=4次"],
    ["至多5次", "<=5次"],
    ["最多300万元", "<=300万元"],
    ["最高2%", "<=2%"],
    ["不得超过310元", "<=310元"],
    ["不得高于3%", "<=3%"],
    ["不超出300万元", "<=300万元"],
    ["≤320万元", "<=320万元"],
    ["≦5次", "<=5次"],
    ["⩽5次", "<=5次"],
    ["<=5次", "<=5次"],
    ["＜＝5次", "<=5次"],
    ["小于等于5次", "<=5次"],
    ["小于或等于5次", "<=5次"],
    ["不高于3%", "<=3%"],
    ["不超过310元", "<=310元"],
    // the short forms: 不超 was read as 超 (>), the 不 dropped
    ["不超10万元", "<=10万元"],
    ["不超5个工作日", "<=5个工作日"],
    ["不低90%", ">=90%"],
    ["不多于2次", "<=2次"],
    ["不大于1%", "<=1%"],
    ["控制在320万元", "<=320万元"],
    [">95%", ">95%~"],
    ["＞95%", ">95%~"],
    ["大于95%", ">95%~"],
    ["高于90%", ">90%~"],
    ["多于3次", ">3次~"],
    ["超过5万页", ">50000页~"],
    // went past the figure (they were words before it: 超出10万元 read as 10万元, the words not counted)
    ["超出10万元", ">10万元~"],
    ["突破1%", ">1%~"],
    ["高出310元", ">310元~"],
    ["超过了5个工作日", ">5个工作日~"],
    ["突破了10万元", ">10万元~"],
    ["已超出10万元", ">10万元~"],
    ["未突破10万元", "<=10万元"],
    ["不突破10万元", "<=10万元"],
    ["不高出5%", "<=5%"],
    ["<5%", "<5%~"],
    ["＜5%", "<5%~"],
    ["小于5%", "<5%~"],
    ["低于2%", "<2%~"],
    ["少于3次", "<3次~"],
    // short of the figure (they were words before it, the figure read as reached)
    ["不满90%", "<90%~"],
    ["满意度未满90%", "<90%~"],
    ["不及1000人次", "<1000人次~"],
    ["未及90%", "<90%~"],
    ["不够1000人次", "<1000人次~"],
    ["满意度达不到90%", "<90%~"],
    ["不满千人次", "<1000人次~"],
    ["=100%", "=100%"],
    ["＝100%", "=100%"],
    ["﹦100%", "=100%"],
    ["═100%", "=100%"],
    ["等于100%", "=100%"],
    ["≤0", "<=0"],
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test.each([
    ["95%以上", ">=95%~"],
    ["95%及以上", ">=95%~"],
    ["2日内", "<=2日~"],
    ["3个工作日以内", "<=3个工作日~"],
    ["5%以下", "<=5%~"],
    ["30天之内", "<=30天~"],
    ["95%左右", "95%~"],
    ["95%(含)以上", ">=95%~"],
    // an arrow after the figure is written for 以上 / 以下 (95%↑ was unreadable)
    ["95%↑", ">=95%~"],
    ["5万元↓", "<=5万元~"],
    // look-alike spellings: 已 for 以, the traditional 內, brackets for < and >, a bound word in brackets (they were
    // words, or the figure with the default ≥)
    ["95%已上", ">=95%~"],
    ["10件已内", "<=10件~"],
    ["500人已下", "<=500人~"],
    ["500人以內", "<=500人~"],
    ["〉=95%", ">=95%"],
    ["《=10件", "<=10件"],
    ["500人（最多）", "<=500人~"],
    ["95%（以上）", ">=95%~"],
  ])("suffix %s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test("已 is 以 only in a bound ending the text after a figure; 《 and 〉 are < and > only before =", () => {
    expect([read("95%已上"), read("10个已上线")]).toEqual([">=95%~", "Q:10个已上线"]);
    expect([read("《=10件"), read("出台《管理办法》")]).toEqual(["<=10件", "Q:出台《管理办法》"]);
  });

  test("the source of the comparator is recorded", () => {
    expect(quantity("≥15篇").comparatorSource).toBe("prefix");
    expect(quantity("2日内").comparatorSource).toBe("suffix");
    expect(quantity("100", { comparatorColumn: "大于等于" }).comparatorSource).toBe("column");
    expect(quantity("100%").comparatorSource).toBeNull();
  });

  test("the comparator column fills in only when the text has none", () => {
    expect(read(100, { comparatorColumn: "≥", unitColumn: "%" })).toBe(">=100%");
    expect(read("0", { comparatorColumn: "小于等于" })).toBe("<=0");
    expect(read("50", { comparatorColumn: "等于", unitColumn: "件" })).toBe("=50件");
    expect(read("≤5次", { comparatorColumn: "大于等于" })).toBe("<=5次");
    expect(quantity("≤5次", { comparatorColumn: "大于等于" }).comparatorSource).toBe("prefix");
    expect(read("健全", { comparatorColumn: "定性" })).toBe("Q:健全");
    expect(read("100%", { comparatorColumn: "定性" })).toBe("Q:100%");
    expect(read("3-5次", { comparatorColumn: "≤" })).toBe("3-5次");
  });
});

describe("numbers and multipliers", () => {
  test.each([
    ["1,000", "1000"],
    ["1，000", "1000"],
    ["12,345.5元", "12345.5元"],
    ["１２３", "123"],
    ["１００％", "100%"],
    ["0.5", "0.5"],
    ["-3%", "-3%"],
    ["三次", "3次"],
    ["十二个", "12个"],
    ["两场", "2场"],
    ["一百二十", "120"],
    ["三万五千人", "35000人"],
    ["二〇二一", "2021"],
    ["十多次", "10次~+"],
    ["百分之九十五", "95%"],
    ["百分之百", "100%"],
    ["百分百", "100%"],
    ["百分之一百", "100%"],
    ["百分之七十六点八", "76.8%"],
    // after a comparator 百分之 was read as a round hundred (≥百分之九十五 was words); 千分之, 万分之 were words
    ["≥百分之九十五", ">=95%"],
    ["不低于百分之九十", ">=90%"],
    ["≤千分之三", "<=3‰"],
    ["千分之二点五", "2.5‰"],
    ["≤万分之五", "<=5‱"],
    // the capital numerals of sums of money were words
    ["壹仟人次", "1000人次"],
    ["≤壹万元", "<=10000元"],
    ["叁拾伍人", "35人"],
    // hours and minutes in letters were unreadable
    ["1.5h", "1.5h"],
    ["≤90min", "<=90min"],
    ["拾万元", "100000元"],
    ["3‱", "3‱"],
    ["三点五亿元", "3.5亿元"],
    ["30万人次", "300000人次"],
    ["12.94万度", "129400度"],
    ["≥12万度", ">=120000度"],
    ["≥5万页", ">=50000页"],
    ["1.2亿元", "1.2亿元"],
    ["245.77万元", "245.77万元"],
    ["3千元", "3千元"],
    ["5千人", "5000人"],
    ["2.5千米", "2.5千米"],
    ["30万", "300000"],
    ["1.5万吨", "15000吨"],
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test("multipliers are applied through the decimal text, without float drift", () => {
    expect(quantity("12.94万度").value).toBe(129400);
    expect(quantity("0.07万人次").value).toBe(700);
    expect(quantity("1.1万页").value).toBe(11000);
  });
});

test.each([
  ["¥1200", "1200元"],
  ["￥245.77万", "245.77万元"],
  ["¥245.77万元", "245.77万元"],
  ["￥1,200元", "1200元"],
  ["≤￥310", "<=310元"],
  ["人均¥290", "290元 (+人均)"],
])("a currency sign before a figure is its unit 元: %s → %s (it was words, not scored)", (text, expected) =>
  expect(read(text)).toBe(expected),
);

test.each([
  ["1050（人次）", "1050人次"],
  ["120(元)", "120元"],
  ["96（%）", "96%"],
])(
  "a unit in brackets after a bare figure is its unit: %s → %s (it was a remark, the target's unit assumed)",
  (text, expected) => expect(read(text)).toBe(expected),
);

test.each(["￥", "¥abc"])("a currency sign without a figure is words: %s", (text) => {
  expect(parseValue(text).kind).toBe("qualitative");
});

test.each([
  ["80.5%。", "80.5%"],
  ["12次；", "12次"],
  ["1,000.", "1000"],
  ["2023年11月。", "D=2023-11"],
  ["11篇，未达标。", "11篇 (+未达标)"],
])("a sentence's end after the value is no part of it: %s → %s (80.5%。 was unreadable)", (text, expected) =>
  expect(read(text)).toBe(expected),
);

describe("approximations", () => {
  test.each([
    ["1000多", "1000~+"],
    ["1000多人次", "1000人次~+"],
    ["20余", "20~+"],
    ["20余次", "20次~+"],
    ["70余件", "70件~+"],
    ["30多万", "300000~+"],
    ["30多万人次", "300000人次~+"],
    ["约300", "300~"],
    ["大约300人", "300人~"],
    ["≈100人", "100人~"],
    ["≈ 2.5万元", "2.5万元~"],
    ["超过5万页", ">50000页~"],
    [">95%", ">95%~"],
    ["70多人次", "70人次~+"],
    ["3万多人", "30000人~+"],
    ["1000+人", "1000人~+"],
    ["500+", "500~+"],
    ["近千人", "1000人~-"],
    ["上千人", "1000人~+"],
    ["逾万人", ">10000人~"],
    ["过百人", "100人~+"],
    ["上千万元", "10000000元~+"],
    ["超过千人", ">1000人~"],
    ["95%+", "95%~+"],
    ["百余人", "100人~+"],
    ["千余户", "1000户~+"],
    ["万余人次", "10000人次~+"],
    ["百多", "100~+"],
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test.each([
    ["近90%", "90%~-"],
    ["接近90%", "90%~-"],
    ["将近3000人", "3000人~-"],
    ["约90%", "90%~"],
    ["90%左右", "90%~"],
    ["300余元", "300元~+"],
    ["1.2万余人次", "12000人次~+"],
  ])("an approximation's side: %s → %s (+ a little over, - a little under, none for 约 and 左右)", (text, expected) =>
    expect(read(text)).toBe(expected),
  );

  test.each([
    ["未达到90%", "<90%~"],
    ["尚未达到90%", "<90%~"],
    ["未达90%", "<90%~"],
    ["没有超过300元", "<=300元"],
    ["未低于95%", ">=95%"],
    ["培训人数未达到200人", "<200人~"],
    ["未能达到3次", "<3次~"],
  ])("a negated comparator is its opposite: %s → %s (未达到90% was ≥90%)", (text, expected) =>
    expect(read(text)).toBe(expected),
  );

  test.each([
    ["不可超过500人", "<=500人"],
    ["不宜超过500人", "<=500人"],
    ["严禁超过10万元", "<=10万元"],
    ["切勿超过500人", "<=500人"],
    ["不得多于4次", "<=4次"],
    ["不逾500人", "<=500人"],
    ["不多过500人", "<=500人"],
    ["不超越500人", "<=500人"],
    ["不超于10件", "<=10件"],
    ["不应少于1000人次", ">=1000人次"],
    ["不可低于1000人次", ">=1000人次"],
  ])("不 with a modal verb, or a prohibition, before a comparator is a bound: %s → %s (was > or <)", (text, expected) =>
    expect(read(text)).toBe(expected),
  );

  test.each([
    ["压减至3个", "<=3个"],
    ["精简为5份", "<=5份"],
    ["减少到5份", "<=5份"],
    ["事故率降至2%", "<=2%"],
    ["从10份减至5份", "<=5份 (+从10份减至)"],
    ["最多跑一次", "<=1次"],
    ["至多跑1次", "<=1次"],
    ["至少开展3次", ">=3次"],
  ])(
    "cut down to a figure, or a bound before its verb, is a bound: %s → %s (was the figure, or words)",
    (text, expected) => expect(read(text)).toBe(expected),
  );

  test("a cut down to a figure says it was reached, as 达到 does; negated it is the other side", () => {
    expect(quantity("降至3个").reached).toBe(true);
    expect(read("未降至2%")).toBe(">2%~");
  });

  test("a negated = names no figure", () => {
    expect(read("未等于3次")).toBe("Q:未等于3次");
  });

  test("a round number after a comparator is that number; without 上/逾/过 or 近/约 it is no figure", () => {
    expect(read("不少于千人")).toBe(">=1000人");
    expect(read("千人")).toBe("Q:千人");
    expect(read("数千人")).toBe("Q:数千人");
  });

  test("a + between two figures is no approximation", () => {
    expect(read("1+2")).toBe("X");
  });

  test("an exact figure is not approximate", () => {
    expect(quantity("11篇").approximate).toBe(false);
    expect(quantity("≥15篇").approximate).toBe(false);
  });
});

describe("a rate's name before its figure only announces it", () => {
  test.each([
    ["满意度96.5%", "96.5%"],
    ["完成率100%", "100%"],
    ["群众满意度为98.2%", "98.2%"],
    ["满意度达95%", ">=95%"],
    ["满意度≥90%", ">=90%"],
    ["进度100%", "100%"],
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test.each(["满意度", "满意度较高", "率先完成", "度过难关", "完成率达标"])("%s stays qualitative", (text) =>
    expect(read(text)).toBe("Q:" + text),
  );
});

describe("the words before a comparator name what is counted", () => {
  test.each([
    ["开展培训≥3次", ">=3次"],
    ["覆盖≥500户", ">=500户"],
    ["培训人数不少于200人", ">=200人"],
    ["覆盖人数达到500人", ">=500人"],
    ["发放补贴≤100万元", "<=100万元"],
    ["每月开展≥1次", ">=1次"],
    ["开展培训3次以上", ">=3次~"], // as 3次以上 reads
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test.each([
    ["覆盖480户", "480户 (+覆盖)"],
    ["开展培训2次", "2次 (+开展培训)"],
    ["覆盖全县12个乡镇", "12个 (+覆盖全县)"],
    ["未完成3次", "3次 (+未完成)"],
  ])("before a bare figure with its unit the words are its remark: %s → %s", (text, expected) =>
    expect(read(text)).toBe(expected),
  );

  test.each(["开展培训≥", "按要求完成不少于", "覆盖全县十二个乡镇以上的地区和周边", "培训3"])(
    "%s is read as before (no figure after the words, too long a phrase, no unit)",
    (text) => expect(read(text)).toBe("Q:" + text),
  );

  // a figure in Chinese numerals ending the words went to a person as words
  test.each([
    ["覆盖五百户", "500户 (+覆盖)"],
    ["召开会议三次", "3次 (+召开会议)"],
    ["开展培训两期", "2期 (+开展培训)"],
    ["形成调研报告十五篇", "15篇 (+形成调研报告)"],
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test("numerals running past the look's budget are no figure (a long run is not searched from every start)", () => {
    expect(read("召开" + "一".repeat(20) + "次")).toBe("Q:召开" + "一".repeat(20) + "次");
    expect(read("召开一万二千三百四十五次")).toBe("12345次 (+召开)");
  });

  // an unknown number of tens was read as ten of them: 数十万元 as 十万元 (9 of 90 against ≥100万元)
  test.each(["数十万元", "几十万元", "达数十万人次", "几百人次"])("%s is a vague count, no figure: words", (text) =>
    expect(read(text)).toBe("Q:" + text),
  );

  test("人数十人 is 人数 and 十人: 10人 (+参训人数)", () => {
    expect(read("参训人数十人")).toBe("10人 (+参训人数)");
  });

  test.each(["统一安排", "一次性完成", "村两委", "一户一档", "完成第一次验收"])(
    "%s holds no figure in numerals: words",
    (text) => expect(read(text)).toBe("Q:" + text),
  );
});

describe("ranges", () => {
  test.each([
    ["3-5次", "3-5次"],
    ["3次-5次", "3-5次"],
    ["3–5次", "3-5次"],
    ["3—5次", "3-5次"],
    ["3~5次", "3-5次"],
    ["3～5次", "3-5次"],
    ["3至5次", "3-5次"],
    ["3到5次", "3-5次"],
    ["90%-95%", "90-95%"],
    ["3-5万人次", "30000-50000人次"],
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test("a range has value = low, high = high and no comparator", () => {
    const q = quantity("3-5次");
    expect([q.value, q.high, q.comparator]).toEqual([3, 5, null]);
  });

  test.each([
    ["40万-50万元", 40, 50, "万元"],
    ["3亿～4亿元", 3, 4, "亿元"],
    ["40万-50万人次", 400000, 500000, "人次"],
  ])(
    "%s writes the unit's 万 or 亿 on both figures: %s-%s %s (it was 400000 over 50, reversed)",
    (text, lo, hi, unit) => {
      expect(parseValue(text, {})).toMatchObject({ kind: "quantity", value: lo, high: hi, unit: { text: unit } });
    },
  );

  test.each([
    ["1年半", 1.5, "年"],
    ["2天半", 2.5, "天"],
    ["3个半月", 3.5, "个月"],
    ["2个半小时", 2.5, "个小时"],
    ["1年半以内", 1.5, "年"],
  ])("%s is a span and a half: %s %s (半 was dropped, or the unit read as 个)", (text, value, unit) => {
    expect(parseValue(text, {})).toMatchObject({ kind: "quantity", value, unit: { text: unit } });
  });

  test("a reversed range or mixed units are not read as a range", () => {
    expect(parseValue("5-3次", {})).toMatchObject({
      kind: "unreadable",
      reason: { code: "RANGE_REVERSED", low: 5, high: 3 },
    });
    expect(parseValue("3次-5人", {}).kind).not.toBe("quantity");
  });

  test("blanks between digits join them only before a group of three (1 200人次); 100 11篇 was 10011篇", () => {
    const value = (text: string) => {
      const v = parseValue(text, {});
      return v.kind === "quantity" ? v.value : v.kind;
    };
    expect(["1 200人次", "12 000元", "１ ２００人", "95 %", "2021年 800人次"].map(value)).toEqual([
      1200, 12000, 1200, 95, 800,
    ]);
    expect(["100 11篇", "3 5次", "1 2345元"].map(value)).toEqual(["unreadable", "unreadable", "unreadable"]);
  });

  test.each(["3次5次", "10套8套", "10套中的8套", "98%/99%"])(
    "two figures with no range sign between them are no range: %s (it was one, or reversed)",
    (text) => {
      expect(parseValue(text, {}).kind).not.toBe("quantity");
      expect(parseValue(text, {})).not.toMatchObject({ reason: { code: "RANGE_REVERSED" } });
    },
  );

  test.each([
    ["≥90%且≤100%", "90-100%"],
    ["≤100%且≥90%", "90-100%"],
    ["不低于90%，不高于100%", "90-100%"],
    ["≥90且≤100%", "90-100%"],
    ["90%≤X≤100%", "90-100%"],
    ["90%<满意度≤100%", "90-100%"],
    ["≥3次并且≤5次", "3-5次"],
    ["90%以上且100%以下", "90-100%"],
    ["90%以上，100%以下", "90-100%"],
    ["5次以内，3次以上", "3-5次"],
  ])(
    "two bounds, one from each side, are a range: %s → %s (they were unreadable, or the first bound alone)",
    (text, expected) => expect(read(text)).toBe(expected),
  );

  test.each([
    ["不少于3次不超过5次", "3-5次"],
    ["不超过5次不少于3次", "3-5次"],
    ["≥3次≤5次", "3-5次"],
    ["大于等于90%小于等于100%", "90-100%"],
    ["3次以上5次以下", "3-5次"],
    ["5次以内3次以上", "3-5次"],
  ])("two bounds with nothing between them are a range too: %s → %s (they were unreadable)", (text, expected) =>
    expect(read(text)).toBe(expected),
  );

  test("a one-character comparator inside a word starts no bound (不超过5次); two from one side make no range", () => {
    expect(parseValue("不超过5次", {})).toMatchObject({ comparator: "<=", value: 5, high: null });
    expect(parseValue("≥3次≥5次", {}).kind).not.toBe("quantity");
  });

  test("a text past 64 characters is not searched for two bounds (each joiner tried read both sides again)", () => {
    const reads: string[] = [];
    const read = (part: string) => (reads.push(part), parseValue(part));
    expect(readBounds("≥90%" + "、".repeat(60) + "且≤100%", "", read)).toBeNull();
    expect(reads).toEqual([]);
    expect(readBounds("≥90%且≤100%", "", read)).toMatchObject({ value: 90, high: 100 });
  });

  test("two bounds reversed are unreadable; two from one side, or of two kinds, are no range", () => {
    expect(parseValue("≥5次且≤3次", {})).toMatchObject({ kind: "unreadable", reason: { code: "RANGE_REVERSED" } });
    expect(read("≥90%和≥95%")).toBe("X");
    expect(read("≥3次且≤5人")).not.toBe("3-5次");
  });
});

describe("percent", () => {
  test("text percent forms", () => {
    expect(read("95%")).toBe("95%");
    expect(read("95％")).toBe("95%");
    expect(read("95百分比")).toBe("95%");
    expect(read("937.35%")).toBe("937.35%");
  });

  test("a number cell with a percent format is a percent (0.95 → 95)", () => {
    const q = quantity(0.768, { numFmt: "0.00%" });
    expect([q.value, q.unit?.text, q.unit?.factor, q.unitSource, q.text]).toEqual([76.8, "%", 0.01, "format", "76.8%"]);
    expect(read(1, { numFmt: "0%" })).toBe("100%");
    expect(read(0.9949, { numFmt: "0.00%" })).toBe("99.49%");
    expect(read(0.5943, { numFmt: "0.00%;[Red]-0.00%" })).toBe("59.43%");
  });

  test("a % inside quotes is a literal, not a ×100 format", () => {
    expect(read(95, { numFmt: '0"%"' })).toBe("95%");
    expect(quantity(95, { numFmt: '0"%"' }).unitSource).toBe("format");
  });
});

describe("units from the text, the unit column and the format", () => {
  test("the unit column applies when the cell has no unit of its own", () => {
    const q = quantity(99.49, { unitColumn: "%" });
    expect([q.value, q.unit?.text, q.unitSource]).toEqual([99.49, "%", "column"]);
    expect(read("11", { unitColumn: "场次" })).toBe("11场次");
    expect(read(245.77, { unitColumn: "万元" })).toBe("245.77万元");
  });

  test("the text's own unit wins over the column", () => {
    const q = quantity("3家", { unitColumn: "个" });
    expect([q.unit?.text, q.unitSource]).toEqual(["家", "text"]);
  });

  test("a 万 unit in the column multiplies the number", () => {
    expect(read("30多", { unitColumn: "万人次" })).toBe("300000人次~+");
    expect(read(12.94, { unitColumn: "万度" })).toBe("129400度");
    expect(read("超过5", { unitColumn: "万页" })).toBe(">50000页~");
    expect(read(30, { unitColumn: "万人次" })).toBe("300000人次");
    expect(read("30万", { unitColumn: "万人次" })).toBe("300000人次");
  });

  test("a unit literal in the number format is the unit", () => {
    expect(read(320, { numFmt: '0.00"万元"' })).toBe("320万元");
  });

  // the format showed ≤48小时 and the number was read as 48小时, its direction inferred ≥
  test("a comparator the number format shows before the number is the comparator", () => {
    expect(read(48, { numFmt: '"≤"0"小时"' })).toBe("<=48小时");
    expect(read(1000, { numFmt: '"≥"0"人次"' })).toBe(">=1000人次");
    expect(read(48, { numFmt: '"≤"0' })).toBe("<=48");
  });

  test("a unit column that is no unit is ignored", () => {
    expect(quantity("12", { unitColumn: "无" }).unit).toBeNull();
  });

  test("a quantity may be followed by a short noun (11篇调研报告) or a remark after a comma, but not by a phrase", () => {
    expect(read("11篇调研报告")).toBe("11篇");
    expect(read("6件，均及时处置")).toBe("6件 (+均及时处置)");
    expect(read("6件均已及时处置")).toBe("Q:6件均已及时处置");
    expect(read("2个集体、2名同志受到省委省政府表彰奖励")).toBe("Q:2个集体、2名同志受到省委省政府表彰奖励");
  });
});

describe("deadlines", () => {
  test.each([
    ["≤12月", "D<=?-12"],
    ["12月底前", "D<=?-12"],
    ["2021年12月底前", "D<=2021-12"],
    ["12月31日前完成", "D<=?-12-31"],
    ["年底前", "D<=?-12"],
    ["2023年12月", "D=2023-12"],
    ["2023年10月", "D=2023-10"],
    ["2023年底前", "D<=2023-12"],
    ["截至2023年6月30日", "D<=2023-6-30"],
    ["上半年", "D<=?-6"],
    ["第三季度末", "D<=?-9"],
    ["十二月底前", "D<=?-12"],
    ["2023-12-31", "D=2023-12-31"],
    ["2023/6", "D=2023-6"],
  ])("%s → %s", (text, expected) => expect(read(text)).toBe(expected));

  test("a month without a year takes the table's year", () => {
    expect(read("≤12月", { tableYear: 2021 })).toBe("D<=2021-12");
    expect(read("2023年12月", { tableYear: 2021 })).toBe("D=2023-12");
  });

  test("a month after 次年, 翌年, 下一年度 or 下年度 takes the year after the table's (was words, or 下一年度 dropped)", () => {
    expect(read("次年3月底前", { tableYear: 2021 })).toBe("D<=2022-3");
    expect(read("翌年2月", { tableYear: 2021 })).toBe("D=2022-2");
    expect(read("下一年度2月底前", { tableYear: 2021 })).toBe("D<=2022-2");
    expect(read("下年度一季度", { tableYear: 2021 })).toBe("D<=2022-3");
    expect(read("次年3月底前")).toBe("D<=?-3");
  });

  test("the end of the year after (次年底前, 次年年底前, 下一年度年底前, 翌年年底前) is its 12月 (was words)", () => {
    expect(read("次年底前", { tableYear: 2021 })).toBe("D<=2022-12");
    expect(read("次年年底前", { tableYear: 2021 })).toBe("D<=2022-12");
    expect(read("下一年度年底前", { tableYear: 2021 })).toBe("D<=2022-12");
    expect(read("翌年年底前", { tableYear: 2021 })).toBe("D<=2022-12");
    expect(read("次年年中", { tableYear: 2021 })).toBe("D<=2022-6");
    expect(read("年底前", { tableYear: 2021 })).toBe("D<=2021-12");
    expect(read("2022年年底前", { tableYear: 2021 })).toBe("D<=2022-12");
  });

  test("the comparator column makes a bare month a 'by' deadline", () => {
    expect(read("2023年12月", { comparatorColumn: "≤" })).toBe("D<=2023-12");
  });

  test("2023.12 is a date only in a 时效指标 row", () => {
    expect(read("2023.12", { timeliness: true })).toBe("D=2023-12");
    expect(read("2023.12")).toBe("2023.12");
  });

  test("≤ | 12 | 月 in a 时效指标 row is a month deadline; ≤ | 2 | 日 is a duration", () => {
    expect(read(12, { comparatorColumn: "≤", unitColumn: "月", timeliness: true, tableYear: 2021 })).toBe("D<=2021-12");
    expect(read(2, { comparatorColumn: "≤", unitColumn: "日", timeliness: true })).toBe("<=2日");
  });

  test("durations are quantities, not deadlines", () => {
    expect(read("≤2日")).toBe("<=2日");
    expect(read("≤3个月")).toBe("<=3个月");
    expect(read("≤2年")).toBe("<=2年");
  });

  test("Excel date cells become deadlines; a format without a day stands for its month", () => {
    expect(read(45291, { numFmt: "yyyy-mm-dd" })).toBe("D=2023-12-31");
    expect(read(45261, { numFmt: 'yyyy"年"m"月"' })).toBe("D=2023-12");
    expect(read(44561, { numFmt: "m/d/yy" })).toBe("D=2021-12-31");
    expect(read(45291, { numFmt: "[$-804]yyyy年m月d日" })).toBe("D=2023-12-31");
    expect(read(60, { numFmt: "yyyy-mm-dd" })).toBe("D=1900-2-29");
    expect(read(61, { numFmt: "yyyy-mm-dd" })).toBe("D=1900-3-1");
    expect(read(1, { numFmt: "yyyy-mm-dd" })).toBe("D=1900-1-1");
  });

  test("a date with a 'not before' comparator is unreadable, not silently a deadline", () => {
    expect(parseValue("≥12月", {}).kind).toBe("unreadable");
  });

  test("a 13th month is a duration, a day the month does not have is unreadable", () => {
    expect(read("13月")).toBe("13月");
    expect(parseValue("2月30日", {})).toMatchObject({
      kind: "unreadable",
      reason: { code: "NO_SUCH_DATE", text: "2月30日" },
    });
    expect(parseValue("2023-13-01", {}).kind).toBe("unreadable");
  });
});

describe("qualitative, not applicable, empty", () => {
  test.each([
    "效果明显",
    "及时",
    "按时",
    "按期完成",
    "获得表彰",
    "健全",
    "一般",
    "十分满意",
    "一次性",
    "≥上年水平",
    "达标",
    "超额完成",
  ])("%s is qualitative", (text) => expect(read(text)).toBe("Q:" + text));

  test.each(["/", "／", "—", "-", "一", "不适用", "无此项", "——", " / "])("%s is not applicable", (text) =>
    expect(read(text)).toBe("NA"),
  );

  test("profile markers are not-applicable marks too, as whole cells only", () => {
    expect(read("不涉及", { notApplicableMarkers: ["不涉及"] })).toBe("NA");
    expect(read("不涉及", {})).toBe("Q:不涉及");
    expect(read("本年不涉及", { notApplicableMarkers: ["不涉及"] })).toBe("Q:本年不涉及");
  });

  test.each(["", "   ", "\u3000", null])("%p is empty", (v) => expect(read(v)).toBe("EMPTY"));
});

describe("unreadable", () => {
  test("error cells give the error in the reason", () => {
    expect(parseValue("#DIV/0!", { isError: true })).toEqual({
      kind: "unreadable",
      text: "#DIV/0!",
      reason: { code: "ERROR_VALUE", value: "#DIV/0!" },
    });
    expect(parseValue("#N/A", {})).toMatchObject({
      kind: "unreadable",
      reason: { code: "ERROR_VALUE", value: "#N/A" },
    });
    expect(parseValue(7, { isError: true }).kind).toBe("unreadable");
  });

  // typed or pasted as text: the error's own ! or ? is not a sentence's end to cut off
  test.each(["#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "＃DIV/0！", " #ref! "])(
    "the error value %p written as text is unreadable, not words",
    (text) =>
      expect(parseValue(text, {})).toMatchObject({
        kind: "unreadable",
        reason: { code: "ERROR_VALUE", value: normalizeValueText(text.trim()).toUpperCase() },
      }),
  );

  // 1.200人次 read as 1.2 scored 0.11 of 90 against ≥1000人次
  test.each([
    ["1.200人次", "1.200"],
    ["培训1.000人次", "1.000"],
    ["500.000元", "500.000"],
  ])("%p: a point for the thousands separator is refused", (text, figure) => {
    expect(parseValue(text, {})).toEqual({
      kind: "unreadable",
      text,
      reason: { code: "POINT_AS_SEPARATOR", text: figure },
    });
  });

  test.each([
    ["1.250万元", 1.25],
    ["1.500吨", 1.5],
    ["2.995元", 2.995],
    ["0.565元/千瓦时", 0.565],
    ["1.2人", 1.2],
    ["1,200人次", 1200],
  ])("%p keeps its decimal reading", (text, value) => {
    expect(parseValue(text, {})).toMatchObject({ kind: "quantity", value });
  });

  test("###### (a number too wide for its column, copied) is unreadable; a # before a figure is not", () => {
    expect(parseValue("######", {})).toEqual({ kind: "unreadable", text: "######", reason: { code: "HASH_DISPLAY" } });
    expect(parseValue("#3楼", {}).kind).toBe("qualitative");
    expect(parseValue("##", {}).kind).toBe("qualitative");
  });

  test("booleans are unreadable", () => {
    expect(parseValue(true, {})).toEqual({
      kind: "unreadable",
      text: "TRUE",
      reason: { code: "BOOLEAN_VALUE", value: "TRUE" },
    });
  });

  test.each([
    ["≥", { code: "COMPARATOR_ONLY", text: "≥" }],
    [">=", { code: "COMPARATOR_ONLY", text: ">=" }],
    ["≥abc%", { code: "NO_NUMBER_OR_UNIT", text: "≥abc%" }],
    ["12..5%", { code: "NO_NUMBER_OR_UNIT", text: "12..5%" }],
    ["%", { code: "NO_NUMBER_OR_UNIT", text: "%" }],
    ["1,2次", { code: "NO_NUMBER_OR_UNIT", text: "1,2次" }],
    ["12.5.3", { code: "NO_NUMBER_OR_UNIT", text: "12.5.3" }],
    // a temperature says what it is (was NO_NUMBER_OR_UNIT: "no number or unit", which is not why)
    ["2-8℃", { code: "TEMPERATURE", text: "2-8℃" }],
    ["≤-18℃", { code: "TEMPERATURE", text: "≤-18℃" }],
    ["20±2℃", { code: "TEMPERATURE", text: "20±2℃" }],
    ["-18℃以下", { code: "TEMPERATURE", text: "-18℃以下" }],
    ["5°C", { code: "TEMPERATURE", text: "5°C" }],
    ["5摄氏度", { code: "TEMPERATURE", text: "5摄氏度" }],
  ])("%s is unreadable: %j", (text, reason) => {
    expect(parseValue(text, {})).toEqual({ kind: "unreadable", text, reason });
  });

  test("non-finite numbers are unreadable", () => {
    expect(parseValue(Number.NaN, {}).kind).toBe("unreadable");
    expect(parseValue(Number.POSITIVE_INFINITY, {}).kind).toBe("unreadable");
  });
});

describe("cache", () => {
  test("readings are cached per text and context, and frozen", () => {
    const a = parseValue("≥15篇", {});
    expect(parseValue("≥15篇", {})).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(parseValue("15", { unitColumn: "篇" })).not.toBe(parseValue("15", { unitColumn: "次" }));
    expect(read("15", { unitColumn: "次" })).toBe("15次");
  });
});

// 95成 read as 950 % (full marks with an over-achievement warning); 九成五 was words a person had to score
describe("tenths (成)", () => {
  test.each([
    ["九成五", "9.5成"],
    ["9成5", "9.5成"],
    ["九成五以上", ">=9.5成~"],
    ["十成", "10成"],
  ])("%s is %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  test.each(["95成", "十一成", "9成50", "3-12成"])("%s is no share of tenths", (text) => {
    expect(["X", `Q:${text}`]).toContain(read(text));
  });
});

// 5万余元 and 1万多元 were words (a person scored 5万余元 against ≥5万元; 5200余人 was read); 32微克/立方米 was words and
// ≤35μg/m³ unreadable
describe("a money unit after 万余 and concentrations", () => {
  test.each([
    ["5万余元", "5万元~+"],
    ["1万多元", "1万元~+"],
    ["2亿余元", "2亿元~+"],
    ["3千多元", "3千元~+"],
    ["32微克/立方米", "32微克"],
    ["≤35μg/m³", "<=35μg"],
    ["≤0.5mg/L", "<=0.5mg"],
    ["0.3毫克/升", "0.3毫克"],
  ])("%s is %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  test.each(["5万余万元", "5万余%"])("%s is no figure", (text) => {
    expect(read(text)).toBe(`Q:${text}`);
  });

  test("35μg is 35 micrograms in the mass family", () => {
    expect(quantity("35μg").unit).toMatchObject({ family: "mass", factor: 1e-9 });
  });
});

// ≥1000人·次 was TARGET_UNPARSEABLE and 1050人•次 words; 5.2KM and 100kW·h were unreadable in a value (the unit column
// read them); a single capital stays no unit (5G基站 is no 5 grams)
describe("units written with a middle dot or in capitals", () => {
  test.each([
    ["≥1000人·次", ">=1000人次"],
    ["1050人•次", "1050人次"],
    ["1050人・次", "1050人次"],
    ["≥20户·次", ">=20户次"],
    ["5.2KM", "5.2km"],
    ["100kW·h", "100kw·h"],
    ["30M2", "30m2"],
  ])("%s is %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  test.each(["5G基站", "2T硬盘", "5G", "10L"])("%s is no figure in a unit", (text) => {
    expect(read(text)).toMatch(/^(X|Q:)/);
  });
});

// 2021年3月前开工 was TARGET_UNPARSEABLE, 3月前开工 a duration of 3 months, 12月底前拨付到位 words: what is to be done by a
// date (开工, 竣工, 启动, 拨付到位 …) leaves the date a deadline, as 完成 did
describe("a deadline with what is to be done by it", () => {
  test.each([
    ["2021年3月前开工", "D<=2021-3"],
    ["3月前开工", "D<=2021-3"],
    ["年底前竣工", "D<=2021-12"],
    ["上半年开工", "D<=2021-6"],
    ["12月底前拨付到位", "D<=2021-12"],
    ["12月底前发放完毕", "D<=2021-12"],
    ["第三季度启动", "D<=2021-9"],
  ])("%s is %s", (text, expected) => {
    expect(read(text, { timeliness: true, tableYear: 2021 })).toBe(expected);
  });
});

// 85%提高 and 12次下降 read as 85% and 12次 with the change word dropped unsaid (taken for a noun counted, as 乡镇 in
// 5个乡镇); they are words now, and the figure among them is scored with a review
describe("a change word after a figure is no noun counted", () => {
  test.each(["85%提高", "12次下降", "3次增加"])("%s is words", (text) => {
    expect(read(text)).toBe(`Q:${text}`);
  });

  test("5个乡镇 keeps its noun", () => {
    expect(read("5个乡镇")).toBe("5个");
  });
});
