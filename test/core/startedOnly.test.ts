// Work said started (2021年12月开工, 按时开工) against a target or a name asking it finished (2021年12月底前 under 项目完成
// 时间, 按时完成) had full marks with nothing said: the start vouched for the end. Such a row waits for a person.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const timed = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "时效指标", level3, target, actual }));
const waits = (actual: string) =>
  `QUALITATIVE_REVIEW G11: 实际完成情况“${actual}”无法自动判断档次，请人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`;

test.each([
  ["项目完成时间", "2021年12月底前", "2021年12月开工"],
  ["项目完成时间", "2021年12月底前", "2021年9月开工建设"],
  ["完成时间", "2021年12月底前", "2021年11月启动"],
  ["完成及时性", "按时完成", "按时开工"],
  ["项目实施进度", "按时完成", "已按时进场施工"],
])("%s %s against %s waits for a person (it had full marks)", (level3, target, actual) => {
  const r = timed(level3, target, actual);
  expect([r.score, r.findings[0]]).toEqual([null, waits(actual)]);
});

test.each([
  // the start is what is asked
  ["项目开工时间", "2021年6月底前", "2021年5月开工"],
  ["项目实施进度", "2021年6月底前开工", "2021年5月开工"],
  ["开工及时性", "按时开工", "按时开工"],
  // or the end is said too
  ["完成及时性", "按时完成", "已按时开工并完成"],
  ["项目完成时间", "2021年12月底前", "2021年3月开工，11月竣工"],
])("%s %s against %s keeps full marks", (level3, target, actual) => {
  expect(timed(level3, target, actual).score).toBe(90);
});
