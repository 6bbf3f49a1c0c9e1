// Funds paid in full (足额拨付, 全额发放, 已全部拨付) and work finished (拨付完毕, 发放完毕) are 达成: they went to a person
// against 资金拨付率 100%. A negation before the adverb or the verb reaches them (未足额拨付, 尚未拨付完毕: 未达成), a
// qualifier too (基本拨付完毕: 部分达成); one after the adverb (全部未拨付) leaves the words to a person, and 全额 or 足额
// alone (全额自筹) says nothing of work done.
import { builtInProfile } from "../../src/core";
import { classifyQualitative } from "../../src/core/qualitative";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const band = (text: string) => classifyQualitative(text, "", profile).band;

test.each([
  ["已全部拨付", 0],
  ["足额拨付", 0],
  ["已全额拨付", 0],
  ["补贴资金已足额发放到户", 0],
  ["拨付完毕", 0],
  ["已发放完毕", 0],
  ["未足额拨付", 2],
  ["未能足额发放", 2],
  ["未全部拨付", 2],
  ["尚未拨付完毕", 2],
  ["基本拨付完毕", 1],
  ["全部未拨付", null],
  ["全额自筹", null],
])("%s is band %p", (text, expected) => {
  expect(band(text)).toBe(expected);
});

test("the row: 已全部拨付 against 资金拨付率 100% is full marks, said (it waited for a person)", () => {
  const r = seedRowOutcome(
    oneRowSeed({ level2: "质量指标", level3: "资金拨付率", target: "100%", actual: "已全部拨付" }),
  );
  expect([r.score, r.findings.filter((f) => f.startsWith("SCORED_BY_WORDS"))]).toEqual([
    90,
    ["SCORED_BY_WORDS E11: 实际完成值“已全部拨付”没有数字，按文字判为达成"],
  ]);
});
