// A word target set against a benchmark in words (不低于序时进度, 不低于全市平均水平, 符合国家标准) went to a person
// whatever the completed value said of it: 超过序时进度, 低于序时进度, 达到国家标准 alike. The comparison with the same
// benchmark decides now; a comparison by a little the wrong way (略低于) is 部分达成, also against the year before.
import { benchmarkBand, slightlyShort } from "../../src/core/benchmark";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "支付进度", target, actual, reason: "" }));

describe("the band of a comparison with the target's benchmark", () => {
  test.each([
    ["≥序时进度", "超过序时进度", 0],
    ["不低于序时进度", "快于序时进度", 0],
    ["不低于序时进度", "已达到序时进度要求", 0],
    ["不低于序时进度", "与序时进度持平", 0],
    ["不低于序时进度", "低于序时进度", 2],
    ["不低于序时进度", "落后于序时进度", 2],
    ["高于全省平均水平", "高于全省平均", 0],
    ["高于全省平均水平", "达到全省平均水平", null],
    ["不超过国家标准", "低于国家标准", 0],
    ["不超过国家标准", "超过国家标准", 2],
    ["符合国家标准", "达到国家标准", 0],
    ["符合国家标准", "优于国家标准", 0],
    ["符合国家标准", "不符合国家标准", 2],
    // which way is better is not said: 高于 or 低于 a standard to meet
    ["符合国家标准", "高于国家标准", null],
    ["符合国家标准", "低于国家标准", null],
    // another benchmark, more words, or the year before (earlierYear.ts)
    ["不低于全市平均水平", "高于全省平均水平", null],
    ["不低于序时进度", "支付进度高于序时进度，但个别项目滞后", null],
    ["不低于上年", "高于上年", null],
  ])("%s, completed %s: band %s", (target, actual, band) => {
    expect(benchmarkBand(actual, target)).toBe(band);
  });

  test.each([
    ["略低于序时进度", 1],
    ["同比略有下降", 1],
    ["稍微低于全市平均", 1],
    ["低于序时进度", 2],
    ["战略性支出低于序时进度", 2],
  ])("the wrong way, %s: band %s", (actual, band) => {
    expect(slightlyShort(2, actual)).toBe(band);
  });
});

describe("rows", () => {
  test.each([
    ["不低于序时进度", "超过序时进度", 90, "qualitative"],
    ["不低于序时进度", "低于序时进度", 0, "qualitative"],
    ["不低于全市平均水平", "略低于全市平均水平", 63, "qualitative"],
    ["不低于上年", "略低于上年", 63, "qualitative"],
    ["不低于上年", "低于上年", 0, "qualitative"],
    ["符合国家标准", "达到国家标准", 90, "qualitative"],
    ["符合国家标准", "高于国家标准", null, "qualitative"],
  ])("%s, completed %s: %s of 90", (target, actual, score, status) => {
    expect(row(target, actual)).toMatchObject({ score, status });
  });

  test("a shortfall asks for a person's confirmation", () => {
    expect(row("不低于序时进度", "略低于序时进度").findings).toContain(
      "QUALITATIVE_REVIEW G11: “略低于序时进度”判为部分达成，按70%×90计63.00分，请人工确认",
    );
  });
});
