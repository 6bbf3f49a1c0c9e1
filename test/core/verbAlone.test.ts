// A word target of a verb and its object (制定管理办法, 开展培训) answered with the verb alone went to a person: 已制定 and
// 已开展 hold no 达成 word and not the target. Said done it is 达成, said not done 未达成; anything more or less stays
// with a person.
import { verbAloneBand } from "../../src/core/verbAlone";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

test.each([
  ["制定管理办法", "已制定", 0],
  ["建立长效机制", "已建立", 0],
  ["开展宣传活动", "均已开展", 0],
  ["印发实施方案", "已印发。", 0],
  ["制定管理办法", "已制定并实施", 0],
  ["制定管理办法", "尚未制定", 2],
  ["开展培训", "未开展", 2],
  ["开展培训", "没有开展", 2],
  // more or less than the verb said done, another verb, or a target of no verb and object
  ["制定管理办法", "正在制定", null],
  ["制定管理办法", "已制定部分", null],
  ["制定管理办法", "已出台", null],
  ["开展培训", "开展", null],
  ["培训", "已培训", null],
  ["开展培训3次", "已开展", null],
])("%s, completed %s: band %s", (target, actual, band) => {
  expect(verbAloneBand(actual, target)).toBe(band);
});

test.each([
  ["制定管理办法", "已制定", 90],
  ["开展培训", "未开展", 0],
])("a row: %s, completed %s: %d of 90", (target, actual, score) => {
  const r = seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "制度建设", target, actual, reason: "" }));
  expect([r.score, r.status]).toEqual([score, "qualitative"]);
});
