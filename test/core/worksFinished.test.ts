// Works said finished (已竣工, 已完工, 建成投用) held no 达成 word and went to a person, as did 尚未竣工; and a 达成 word
// followed by work still waiting for what the target asks (已完成，待验收 against 验收合格) had full marks.
import { classifyQualitative } from "../../src/core/qualitative";
import { builtInProfile } from "../../src/core";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const profile = builtInProfile("central-2020")!;
const band = (actual: string, target: string) => classifyQualitative(actual, target, profile).band;

test.each([
  ["已竣工", "完成项目建设", 0],
  ["已完工", "完成项目建设", 0],
  ["建成投用", "完成项目建设", 0],
  ["已建成并投入使用", "完成项目建设", 0],
  ["尚未竣工", "完成项目建设", 2],
  ["未完工", "完成项目建设", 2],
  // the main works only, or most of them: 部分达成
  ["主体完工", "完成项目建设", 1],
  ["主体工程已完成", "完成项目建设", 1],
  ["基本完工", "完成项目建设", 1],
  // a step or a paper of the works is not the works finished
  ["正在办理竣工验收", "完成项目建设", null],
  ["已完成竣工决算", "完成项目建设", null],
])("%s against %s: band %s", (actual, target, b) => {
  expect(band(actual, target)).toBe(b);
});

test.each([
  ["已完成，待验收", "验收合格"],
  ["项目已完成，等待验收", "验收合格"],
  ["已完成，正在验收", "验收合格"],
  ["已完成，验收中", "验收合格"],
  ["已完工，待验收", "验收合格"],
  ["已完成初稿，待印发", "制定管理办法"],
])("%s against %s: what the target asks is still waiting, a person decides", (actual, target) => {
  expect(band(actual, target)).toBeNull();
});

test.each([
  ["已建成，正在发挥作用", "有效发挥作用", 0],
  ["已完成，待遇落实到位", "完成", 0],
])("%s against %s: nothing of the target waits, band %s", (actual, target, b) => {
  expect(band(actual, target)).toBe(b);
});

test.each([
  ["已竣工", 90],
  ["2022年3月完工", 63],
])("a 时效 row, 2021年12月底前完工, completed %s: %d of 90", (actual, score) => {
  const r = seedRowOutcome(
    oneRowSeed({ level2: "时效指标", level3: "完工时间", target: "2021年12月底前完工", actual, reason: "" }),
  );
  expect([r.score, r.status]).toEqual([score, "qualitative"]);
});
