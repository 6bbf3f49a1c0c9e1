// A target counted in either of two units (≥10台（套）, 10台/套, 10台套, 5个（处）): a completed figure in the second was a
// mismatch or words for a person; it is counted in the first, said in blue. Accuracy said in words (准确无误, 无差错).

import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (target: string, actual: string, level3 = "设备购置数量", level2 = "数量指标") =>
  seedRowOutcome(oneRowSeed({ level1: "产出指标", level2, level3, target, actual }));

test.each([
  ["≥10台（套）", "8套", 72, "台", "套"],
  ["10台/套", "10套", 90, "台", "套"],
  ["≥10台套", "8套", 72, "台", "套"],
  ["≥5个（处）", "5处", 90, "个", "处"],
])("%s against %s: %s, the second unit counted as the first", (target, actual, score, unit, other) => {
  const o = scored(target, actual);
  expect(o.score).toBe(score);
  expect(o.findings).toContain(
    `UNIT_ASSUMED D11: 年度指标值“${target}”以“${unit}”或“${other}”计，实际完成值的“${other}”按“${unit}”比较`,
  );
});

test("a figure in the first unit says nothing of the second (it was a remark not counted)", () => {
  expect(scored("≥10台（套）", "10台")).toEqual({ score: 90, status: "scored", findings: [] });
});

test("a third unit, or a unit the target names once, is still a mismatch", () => {
  expect(scored("≥10台（套）", "8件").score).toBeNull();
  expect(scored("≥5处", "5个").findings[0]).toMatch(/^UNIT_MISMATCH/);
});

test.each(["准确无误", "无差错", "零差错"])("%s against 发放准确率 100%%: 达成 by words, said", (actual) => {
  const o = scored("100%", actual, "补贴发放准确率", "质量指标");
  expect(o.score).toBe(90);
  expect(o.findings[0]).toBe(`SCORED_BY_WORDS E11: 实际完成值“${actual}”没有数字，按文字判为达成`);
});
