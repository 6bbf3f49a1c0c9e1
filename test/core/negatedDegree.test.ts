// A negation before a degree (未明显改善, 没有得到有效提升, 服务能力未见明显提升, 尚未大幅提升) still negates the word after
// it: such texts against a target they contain (提升, 改善) had full marks and said nothing.

import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level1: "效益指标", level2: "社会效益指标", level3: "服务能力", target, actual }));
/** 未达成: no points, and the band's review first. */
const expectNotMet = (target: string, actual: string) => {
  const o = scored(target, actual);
  expect(o.score).toBe(0);
  expect(o.findings[0]).toBe(`QUALITATIVE_REVIEW G11: “${actual}”判为未达成，按0%×90计0.00分，请人工确认`);
};

test.each([
  ["提升", "服务能力没有明显提升"],
  ["提升", "服务能力未见明显提升"],
  ["提升", "没有得到明显提升"],
  ["提升", "未得到有效提升"],
  ["提升", "未能显著提升"],
  ["提升", "尚未大幅提升"],
  ["改善", "环境未明显改善"],
])("%s against %s: 未达成 with the band's review (was full marks)", (target, actual) => {
  expectNotMet(target, actual);
});

test("a degree without a negation, or a negation elsewhere, leaves the word as it was", () => {
  expect(scored("提升", "得到明显提升").score).toBe(90);
  expect(scored("改善", "非常明显改善").score).toBe(90);
  expect(scored("提升", "服务能力显著提升，未发生投诉").score).toBe(90);
});

test("the family: a negation, an optional degree or manner, then the target's word is never 达成", () => {
  const negations = ["未", "没有", "尚未", "并未", "未能", "不能", "无法", "仍未"];
  const between = ["", "明显", "得到", "得到明显", "有效", "进一步", "持续", "很好地", "切实", "得以", "被", "真正"];
  const words: [string, string][] = [
    ["提升", "提升"],
    ["改善", "改善"],
    ["完成", "完成"],
    ["落实到位", "落实到位"],
    ["全覆盖", "完全覆盖"],
    ["解决", "解决"],
  ];
  const full: string[] = [];
  for (const [target, word] of words)
    for (const n of negations)
      for (const b of between) {
        const actual = `服务能力${n}${b}${word}`;
        if (scored(target, actual).score === 90) full.push(`${target} ← ${actual}`);
      }
  expect(full).toEqual([]);
});

// A fall or a shortfall said right after the target (效果明显下降, 明显改善不足) had full marks by the target inside it.
test.each([
  ["效果明显", "效果明显下降"],
  ["效果明显", "效果明显减弱"],
  ["效果明显", "社会效果明显变差"],
  ["明显改善", "明显改善不足"],
  ["服务水平提升", "服务水平提升不够"],
])("%s against %s: 未达成 with the band's review (was full marks)", (target, actual) => {
  expectNotMet(target, actual);
});

test.each([
  ["明显下降", "发病率明显下降"],
  ["显著", "成本显著下降"],
  ["明显", "发病率明显下降"],
  ["效果明显", "效果明显，成本下降"],
])("a fall the target asks, or after a degree alone, keeps full marks: %s against %s", (target, actual) => {
  expect(scored(target, actual).score).toBe(90);
});
