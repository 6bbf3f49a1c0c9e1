// A completed text naming the target's aspect and judging it (及时性一般, 合规性差, 完整性较好 against 及时, 合规, 完整)
// had full marks by containing the target word: the judgement decides now, as the spec's bands read it. Below, a
// target's 不 said with 未 or 没有 (未超过上年 against 不超过上年), which was read as the target negated.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const judged = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "工作质量", target, actual }));

test.each([
  ["及时", "及时性一般", 63],
  ["完整", "完整性较好", 63],
  ["规范", "规范性一般", 63],
  ["合规", "合规性差", 0],
  ["及时", "及时性低", 0],
  ["有效", "有效性差", 0],
  ["效果明显", "效果明显性差", 0],
])("%s against %s is scored by its judgement: %s (it had full marks)", (target, actual, score) => {
  const r = judged(target, actual);
  expect([r.score, r.findings.some((f) => f.startsWith("QUALITATIVE_REVIEW"))]).toEqual([score, true]);
});

test("合规性存在问题 against 合规 waits for a person (it had full marks)", () => {
  expect(judged("合规", "合规性存在问题").score).toBeNull();
});

test.each([
  ["及时", "及时性好"],
  ["合规", "合规性强，未发现违规"],
  ["合规", "资金使用合规，合规性良好"],
  ["完整", "资料完整"],
])("%s against %s keeps full marks", (target, actual) => {
  expect(judged(target, actual).score).toBe(90);
});

test.each([
  ["规范", "规范性不足", 0],
  ["规范", "规范性有待加强", 63],
  // these had full marks (及时性要加强 went to a person): a noun named after the word, or a one-character modal
  ["规范", "规范化管理有待加强", 63],
  ["规范", "规范管理仍需加强", 63],
  ["及时", "及时性要加强", 63],
])("a shortfall or work to come said of the aspect is read as before: %s against %s is %s", (target, actual, score) => {
  expect(judged(target, actual).score).toBe(score);
});

// A target asking something not to happen, answered with 未 or 没有 for its 不, was read as a target negated: 未达成.
test.each([
  ["不超过上年", "未超过上年"],
  ["不超过上年", "没有超过上年"],
  ["不高于上年", "未高于上年"],
])("%s against %s is 达成 (it was 未达成, 0)", (target, actual) => {
  expect(judged(target, actual).score).toBe(90);
});

test("超过上年 against 不超过上年 stays 未达成", () => {
  expect(judged("不超过上年", "超过上年").score).toBe(0);
});
