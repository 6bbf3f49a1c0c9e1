// Spoken words for a little under a figure: 小 or 快 right before it (小一百人, 小两千人次, 快100人), 差不多 and 几乎, and
// 将近 or 接近 after words (培训将近100人). They were read as the figure itself, 小 and the words before 将近 said
// ignored (REMARK_IGNORED), so `小一百人` had full marks against `≥100人`. They are read as 近 is now: a little under the
// figure, which cannot meet a floor at it (a person decides), and meets a cap at it or a floor below it.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const counted = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "培训人数", target, actual }));
const open = (actual: string, figure: string, target: string) =>
  `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”只说明完成数接近但低于${figure}，没有写出完成数，无法按年度指标值“${target}”计分；请填写实际完成数，或人工选择“达成 / 部分达成 / 未达成”并将得分填入得分栏，暂不计分`;
const about = (actual: string, figure: string) => `APPROXIMATE_VALUE E11: 实际完成值“${actual}”为约数，按${figure}计算`;

test.each([
  ["≥100人", "小一百人", "100人"],
  ["≥100人", "小100人", "100人"],
  ["≥2000人次", "小两千人次", "2000人次"],
  ["≥1000人", "小一千人", "1000人"],
  ["≥1万人", "小1万人", "1万人"],
  ["≥100人", "快100人", "100人"],
  ["≥100人", "差不多100人", "100人"],
  ["≥100%", "几乎100%", "100%"],
  ["≥100人", "共小一百人", "100人"],
  ["≥100人", "培训将近100人", "100人"],
  ["≥100人", "培训将近一百人", "100人"],
  ["≥500户", "覆盖接近500户", "500户"],
  ["=100人", "小一百人", "100人"],
])("%s against %s: a little under the figure, a person decides (was full marks)", (target, actual, figure) => {
  const r = counted(target, actual);
  expect([r.score, r.status, r.findings[0]]).toEqual([null, "qualitative", open(actual, figure, target)]);
});

test.each([
  ["≤100人", "小一百人", "100人"],
  ["≥90人", "小一百人", "100人"],
  ["≥1500人次", "小两千人次", "2000人次"],
  ["≥90%", "几乎100%", "100%"],
])("%s against %s: counted as the figure, said approximate, 90", (target, actual, figure) => {
  const r = counted(target, actual);
  expect([r.score, r.findings[0]]).toEqual([90, about(actual, figure)]);
});

test("小 or a single 近 inside words before a figure is no approximation (小学生, 附近), nor is 小于; 小 opening it is", () => {
  const words = (actual: string) => counted("≥100户", actual).findings[0];
  expect(counted("≥100人", "小学生100人").score).toBe(90);
  expect(words("小学生100户")).toContain("说明“小学生”未参与计分");
  expect(counted("≥100户", "惠及附近100户").score).toBe(90);
  expect(words("惠及附近100户")).toContain("说明“惠及附近”未参与计分");
  expect(counted("≥100人", "小于100人").findings[0]).toContain("只说明完成数低于100人");
  expect(counted("≥100户", "小一百户").findings[0]).toContain("只说明完成数接近但低于100户");
});
