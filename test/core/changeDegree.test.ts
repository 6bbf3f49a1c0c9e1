// A word target asking for a change (有效提升, 明显改善, 下降) answered with a change in words went to a person unless the
// words were in the bands (有所提升, 明显): 大幅提升, 有较大提高, 略有增强, 恶化 and 上升 (against 下降) all waited. The way
// and the degree of the change now decide.
import { changeDegreeBand } from "../../src/core/changeDegree";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

test.each([
  // the same way, with a degree of much: 达成
  ["有效提升", "大幅提升", 0],
  ["显著提高", "有较大提高", 0],
  ["逐步下降", "明显下降", 0],
  // the same way plainly: 达成, unless the target asks for much
  ["改善", "得到改善", 0],
  ["持续提升", "得到提升", 0],
  ["有效改善", "得到改善", null],
  ["明显改善", "得到改善", null],
  ["显著提升", "提升", null],
  // the same way, with a degree of little: 部分达成
  ["明显增强", "略有增强", 1],
  ["持续改善", "逐步改善", 1],
  // the other way, or the same way negated: 未达成
  ["改善", "恶化", 2],
  ["改善", "有所恶化", 2],
  ["下降", "上升", 2],
  ["有效改善", "未得到改善", 2],
  // another kind of change, a negated other way, a figure, or no change asked: another rule's or a person's
  ["明显增强", "能力得到提升", null],
  ["提升", "没有下降", null],
  ["提升", "提升5%", null],
  ["按时完成", "大幅提升", null],
  // 不断 is no negation: on and on
  ["不断提升", "大幅提升", 0],
  ["提升", "不断提升", 0],
])("%s, completed %s: band %s", (target, actual, band) => {
  expect(changeDegreeBand(actual, target)).toBe(band);
});

test.each([
  ["有效提升", "大幅提升", 90],
  ["明显增强", "略有增强", 63],
  ["改善", "恶化", 0],
])("a row: %s, completed %s: %d of 90", (target, actual, score) => {
  const r = seedRowOutcome(oneRowSeed({ level2: "社会效益指标", level3: "群众获得感", target, actual, reason: "" }));
  expect([r.score, r.status]).toEqual([score, "qualitative"]);
});
