// Units (spec §2): families, factors, count kinds and their compatible groups, conversion to the family base.
import { COUNT_UNITS, lookupUnit, parseValue, sameFamily, toBase } from "../../../src/core/parse";
import type { Unit } from "../../../src/core/parse/types";
import { seedRowOutcome } from "../../helpers/rowOutcome";
import { oneRowSeed } from "../../helpers/seedGrid";
import { summary } from "./summary";

const unit = (t: string): Unit => {
  const u = lookupUnit(t);
  if (!u) throw new Error(`no unit ${t}`);
  return u;
};

describe("lookupUnit", () => {
  test.each([
    ["元", "money", 1],
    ["千元", "money", 1e3],
    ["万元", "money", 1e4],
    ["亿元", "money", 1e8],
    ["%", "percent", 0.01],
    ["％", "percent", 0.01],
    ["百分比", "percent", 0.01],
    ["平方米", "area", 1],
    ["㎡", "area", 1],
    ["公顷", "area", 1e4],
    ["米", "length", 1],
    ["千米", "length", 1000],
    ["公里", "length", 1000],
    ["天", "duration", 1],
    ["日", "duration", 1],
    ["工作日", "duration", 1],
    ["周", "duration", 7],
    ["月", "duration", 30],
    ["年", "duration", 365],
    ["小时", "duration", 1 / 24],
    ["分钟", "duration", 1 / 1440],
    ["度", "energy", 1],
    ["千瓦时", "energy", 1],
    ["千克", "mass", 1],
    ["公斤", "mass", 1],
    ["吨", "mass", 1000],
    ["立方米", "volume", 1],
    ["方", "volume", 1],
    ["分贝", "sound", 1],
    ["dB", "sound", 1],
  ])("%s is %s × %d", (text, family, factor) => {
    expect(unit(text)).toMatchObject({ family, factor });
  });

  test("亩 is 10000/15 square metres", () => expect(unit("亩").factor).toBeCloseTo(666.6667, 4));

  test("every count unit of spec §2 is its own count kind", () => {
    const spec =
      "次 场 场次 人 人次 名 位 个 家 件 篇 页 套 台 辆 项 期 批 批次 户 所 座 处 份 本 册 例 张 条 棵 株 头 只 种".split(
        " ",
      );
    for (const t of spec) expect(unit(t)).toEqual({ text: t, family: "count", factor: 1, countKind: t });
    expect(COUNT_UNITS).toEqual(expect.arrayContaining(spec));
  });

  test("a 万 prefix on a non-money unit folds into the factor", () => {
    expect(lookupUnit("万人次")).toEqual({ text: "万人次", family: "count", factor: 10000, countKind: "人次" });
    expect(lookupUnit("万度")).toMatchObject({ family: "energy", factor: 10000 });
    expect(lookupUnit("万页")).toMatchObject({ family: "count", factor: 10000, countKind: "页" });
  });

  test("unit column spellings: brackets, spaces, per-denominators, ASCII", () => {
    expect(lookupUnit("（万元）")).toMatchObject({ text: "万元", factor: 1e4 });
    expect(lookupUnit(" 人次 ")).toMatchObject({ countKind: "人次" });
    expect(lookupUnit("次/年")).toMatchObject({ countKind: "次" });
    expect(lookupUnit("元/人")).toMatchObject({ family: "money", factor: 1 });
    expect(lookupUnit("人/次")).toMatchObject({ countKind: "人次" });
    expect(lookupUnit("kWh")).toMatchObject({ family: "energy" });
  });

  test("words that are no unit", () => {
    for (const t of ["", "无", "万", "健全", "/", "分"]) expect(lookupUnit(t)).toBeNull();
  });
});

describe("sameFamily", () => {
  test("different families never match", () => {
    expect(sameFamily(unit("万元"), unit("%"))).toBe(false);
    expect(sameFamily(unit("天"), unit("次"))).toBe(false);
  });

  test("within a family units convert (元 and 万元, 天 and 月)", () => {
    expect(sameFamily(unit("元"), unit("万元"))).toBe(true);
    expect(sameFamily(unit("天"), unit("月"))).toBe(true);
    expect(sameFamily(unit("度"), unit("千瓦时"))).toBe(true);
  });

  test("count units match only their own kind or a compatible group", () => {
    expect(sameFamily(unit("次"), unit("人"))).toBe(false);
    expect(sameFamily(unit("次"), unit("场次"))).toBe(false);
    expect(sameFamily(unit("个"), unit("家"))).toBe(false);
    expect(sameFamily(unit("篇"), unit("篇"))).toBe(true);
    expect(sameFamily(unit("人"), unit("人次"))).toBe(true);
    expect(sameFamily(unit("名"), unit("人"))).toBe(true);
    expect(sameFamily(unit("场"), unit("场次"))).toBe(true);
    expect(sameFamily(unit("批"), unit("批次"))).toBe(true);
    expect(sameFamily(unit("万人次"), unit("人次"))).toBe(true);
  });
});

describe("toBase", () => {
  test("converts exactly for powers of ten", () => {
    expect(toBase(245.77, unit("万元"))).toBe(2457700);
    expect(toBase(320, unit("万元"))).toBe(3200000);
    expect(toBase(12.94, unit("万度"))).toBe(129400);
    expect(toBase(99.49, unit("%"))).toBe(0.9949);
    expect(toBase(0.07, unit("%"))).toBe(0.0007);
    expect(toBase(1.2, unit("亿元"))).toBe(120000000);
  });

  test("other factors multiply", () => {
    expect(toBase(2, unit("周"))).toBe(14);
    expect(toBase(48, unit("小时"))).toBeCloseTo(2, 12);
    expect(toBase(3, unit("吨"))).toBe(3000);
  });

  test("no unit leaves the value", () => expect(toBase(8755, null)).toBe(8755));
});

// ≤55dB was unreadable (分贝 was read as an unknown count word): decibels are a unit, in any case, shown as dB
describe("decibels", () => {
  test.each([
    ["≤55dB", "<=55dB"],
    ["52DB", "52dB"],
    ["58分贝", "58分贝"],
  ])("%s is %s", (text, read) => {
    expect(summary(parseValue(text))).toBe(read);
  });

  test("58dB against ≤55分贝 is compared: 55/58 of 90", () => {
    const r = seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "噪声", target: "≤55分贝", actual: "58dB" }));
    expect(r).toMatchObject({ score: 85.34, status: "scored" });
  });
});
