// A 达成 word, then a later clause stating a shortfall (已完成，进度滞后; 已完成；尚有2个项目未完工; 已完成，未达到预期;
// 已完成，群众满意度不高), had full marks and said nothing unless a contrast word (但, 然而) or a word of a few (个别,
// 部分) opened the clause. Any later clause now counts: the row waits for a person, as after 但. Softer words (仍需改进,
// 有待提高) count after a contrast word only; a low figure only of a rate that should be high.

import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level1: "效益指标", level2: "社会效益指标", level3: "项目效果", target, actual }));

const DONE = ["已完成", "已按时完成", "达到预期", "验收合格"];
const JOINS = ["，", "；", "。", "，其中", "，但"];
const SHORTFALLS = [
  "进度滞后",
  "尚有2个项目未完工",
  "资金未全部拨付",
  "未达到预期",
  "效果不理想",
  "仍有3户未入住",
  "存在一定问题",
  "群众满意度不高",
  "尚未完成验收",
  "与目标还有差距",
];

test("the family: a 达成 word, any later clause with a shortfall: never full marks", () => {
  const full: string[] = [];
  for (const target of ["完成", "按时完成", "达到预期", "验收合格"])
    for (const done of DONE)
      for (const join of JOINS)
        for (const shortfall of SHORTFALLS) {
          const actual = done + join + shortfall;
          if (scored(target, actual).score === 90) full.push(`${target} ← ${actual}`);
        }
  expect(full).toEqual([]);
});

test("such a row waits for a person with the whole text", () => {
  expect(scored("完成", "已完成，进度滞后")).toEqual({
    score: null,
    status: "qualitative",
    findings: [
      "QUALITATIVE_REVIEW G11: 实际完成情况“已完成，进度滞后”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分",
      "TOTAL_INCOMPLETE G12: 已计得分合计10分；以下指标待人工处理后才能计算总分和等级：第11行“项目效果”（90分）",
    ],
  });
});

test.each([
  "已完成，不合格率0",
  "已完成，未发生安全事故",
  "按时完成，未出现滞后现象",
  "已完成，没有延误",
  "已完成，未超预算",
  "已完成，群众满意度达98%",
  "全部完成，无差距",
  "已完成，不存在问题",
  "已完成，未发现问题",
  "已完成，成本较低",
  "已完成，投诉率较低",
  // softer words without a contrast word are a comment
  "已完成，仍需改进",
])("%s stays 达成", (actual) => {
  expect(scored("完成", actual).score).toBe(90);
});

test("after a contrast word, softer words count too", () => {
  expect(scored("完成", "已完成，但仍需改进").score).toBeNull();
  expect(scored("完成", "已完成，但存在一定问题").score).toBeNull();
});

describe("a figure, then a remark stating a shortfall", () => {
  const counted = (actual: string) =>
    seedRowOutcome(oneRowSeed({ level1: "产出指标", level2: "数量指标", level3: "完成数量", target: "≥10个", actual }));

  test.each(["10个，进度滞后", "10个（其中2个未验收）", "10个；仍有3户未入住", "10个，存在一定问题"])(
    "%s: full marks with a review that the remark says otherwise (it was a blue remark)",
    (actual) => {
      const o = counted(actual);
      expect(o.score).toBe(90);
      expect(o.findings[0]).toMatch(/^QUALITATIVE_REVIEW E11: .*与计分结果不符，请人工确认$/);
    },
  );

  test("a lateness word right after the unit is no counted noun (10个进度滞后 was 10个 and nothing said)", () => {
    expect(counted("10个进度滞后").findings[0]).toMatch(
      /^QUALITATIVE_REVIEW E11: 实际完成值“10个进度滞后”中只有“10个”/,
    );
  });

  test.each(["10个（已全部验收）", "10个（未超预算）", "10个（无延误）"])("%s keeps its blue remark", (actual) => {
    expect(counted(actual).findings[0]).toMatch(/^REMARK_IGNORED E11/);
  });
});

test("work under way in a later clause (正在进行, 正在收尾) takes a 达成 back; a state (正在运行) does not", () => {
  expect(scored("12月底前完成", "已完成主体工程，正在进行附属工程").score).toBeNull();
  expect(scored("验收合格", "已完工，正在办理验收").score).toBeNull();
  expect(scored("完成", "已完成，正在运行").score).toBe(90);
  expect(scored("完成", "已完成，正在发挥作用").score).toBe(90);
});

// An exception after a 达成 word (按时完成，个别项目除外; 按时完成（除设备采购外）) had full marks; it waits now, as
// 除设备采购外均按时完成 is read in part.
test.each(["按时完成，个别项目除外", "按时完成（除设备采购外）", "按时完成(除2个村外)"])(
  "%s waits for a person (it had full marks)",
  (actual) => {
    expect(scored("按时完成", actual).score).toBeNull();
  },
);

test("a bracket without a shortfall leaves the 达成 as it was: 按时完成（12月）", () => {
  expect(scored("按时完成", "按时完成（12月）").score).toBe(90);
});

// A share of the whole before a 达成 word (多数按时完成, 大多数满意, 效果相对明显) is 部分达成, as 大部分完成 is.
test.each([
  ["按时完成", "多数按时完成"],
  ["按时完成", "大多数按时完成"],
  ["满意", "多数满意"],
  ["效果明显", "效果相对明显"],
])("%s against %s: 部分达成, 63 of 90 (it had full marks)", (target, actual) => {
  expect(scored(target, actual).score).toBe(63);
});

// A hedge not right before the target's word (大体按时完成, 基本如期完成, 基本都按时完成, 基本全部合格, 暂时合格) had full marks
// by the target or 完成 while 基本按时完成 and 多数合格 were 部分达成: 大体, 大多, 基本上 and 暂时 are hedges too, and a word of
// all, a manner or 能 may stand between the hedge and its word.
test.each([
  ["按时完成", "大体按时完成"],
  ["按时完成", "大多按时完成"],
  ["按时完成", "基本如期完成"],
  ["按时完成", "基本都按时完成"],
  ["按时完成", "基本全部按时完成"],
  ["按时完成", "基本能按时完成"],
  ["≥5期", "基本按计划完成"],
  ["≥5期", "基本上完成"],
  ["合格", "大体合格"],
  ["合格", "基本全部合格"],
  ["合格", "暂时合格"],
])("%s against %s: 部分达成, 63 of 90 as 基本按时完成 is (it had full marks)", (target, actual) => {
  expect(scored(target, actual).score).toBe(63);
});

test.each([
  ["按时完成", "按时完成"],
  ["按时完成", "全部按时完成"],
  ["按时完成", "都已按时完成"],
  ["按时完成", "如期完成"],
  ["合格", "全部合格"],
  ["≥5期", "按计划完成"],
])("%s against %s is still 达成", (target, actual) => {
  expect(scored(target, actual).score).toBe(90);
});
