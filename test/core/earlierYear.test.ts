// A word target set against the year before (不低于上年, 较上年下降, 稳步提高) went to a person whatever the completed value
// said of the way the figure went (高于上年, 与上年持平, 同比下降3%): the direction decides, 达成 the way asked, 未达成 the
// other, and level meets a target that allows it (不低于) but not one asking a change (较上年增长).
import { earlierYearBand } from "../../src/core/earlierYear";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "经济效益指标", level3: "农民收入", target, actual, reason: "" }));

describe("the band by the way the figure went", () => {
  test.each([
    ["不低于上年", "高于上年", 0],
    ["不低于上年", "与上年持平", 0],
    ["不低于上年水平", "较上年增长5%", 0],
    ["不低于上年", "低于上年", 2],
    ["不低于上年", "同比下降3%", 2],
    ["≤上年", "低于上年", 0],
    ["不超过上年", "较上年增加", 2],
    ["较上年下降", "较上年上升", 2],
    ["较上年有所提高", "同比增长8%", 0],
    ["逐年下降", "持续下降", 0],
    ["稳步提高", "有所下降", 2],
  ])("%s, completed %s: band %i", (target, actual, band) => {
    expect(earlierYearBand(actual, target)).toBe(band);
  });

  test.each([
    ["较上年增长", "与上年持平", "level where a rise was asked"],
    ["不低于上年", "未增长", "a negated change says no direction"],
    ["不低于上年", "收入增长，支出下降", "both directions"],
    ["不低于上年", "已完成", "no direction"],
    ["按时完成", "高于上年", "a target not set against the year before"],
  ])("%s, completed %s: none (%s)", (target, actual) => {
    expect(earlierYearBand(actual, target)).toBeNull();
  });
});

describe("rows", () => {
  test("同比下降3% against 不低于上年: 未达成, 0 of 90, with the band's review (it waited for a person)", () => {
    expect(row("不低于上年", "同比下降3%")).toMatchObject({
      score: 0,
      status: "qualitative",
      findings: [
        "QUALITATIVE_REVIEW G11: “同比下降3%”判为未达成，按0%×90计0.00分，请人工确认",
        "NOT_MET_NO_REASON H11: “同比下降3%”判为未达成，按0%×90计0.00分，请填写偏差原因",
      ],
    });
  });

  test("与上年持平 against 不低于上年: met, full marks", () => {
    expect(row("不低于上年", "与上年持平")).toEqual({ score: 90, status: "qualitative", findings: [] });
  });
});
