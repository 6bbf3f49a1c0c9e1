// Seconds and milliseconds are units of time as 分钟 and 小时 are: `0.3秒` against `≤500毫秒` was a unit mismatch (毫秒 and
// 秒 were no units, so two unknown counts), `1800s` against `≤30分钟` could not be read, and `1分30秒` against `≤1分钟`
// had full marks on its 30秒. A working day is still not a number of hours: against 小时, 分钟, 秒 or 毫秒 it is a unit
// mismatch now (it was compared as 24 hours), as 自然日 against 工作日 is.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const timed = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "时效指标", level3: "响应时间", target, actual }));
const notMet = (actual: string, target: string, formula: string, score: string) =>
  `NOT_MET_NO_REASON H11: 实际完成值${actual}高于年度指标值${target}，按${formula}计${score}分，请填写偏差原因`;
const mismatch = (t: string, a: string) =>
  `UNIT_MISMATCH E11: 年度指标值的单位“${t}”与实际完成值的单位“${a}”不一致，无法比较，请统一计量单位`;

test.each([
  ["≤500毫秒", "0.3秒"],
  ["≤1秒", "800毫秒"],
  ["≤1s", "800ms"],
  ["≤30分钟", "1800s"],
  ["≤2分钟", "100秒"],
  ["≤1小时", "3600秒"],
  ["≤3秒", "2秒钟"],
  ["≤2分钟", "1分钟30秒"],
  ["≤100秒", "一分三十秒"],
])("%s against %s: converted, met, 90 (was a unit mismatch or unreadable)", (target, actual) => {
  expect(timed(target, actual)).toEqual({ score: 90, status: "scored", findings: [] });
});

test.each([
  ["≤500毫秒", "0.6秒", notMet("600毫秒", "500毫秒", "500/600×90", "75.00"), 75],
  ["≤1秒", "1200毫秒", notMet("1.2秒", "1秒", "1/1.2×90", "75.00"), 75],
  ["≤1分钟", "1分30秒", notMet("1.5分钟", "1分钟", "1/1.5×90", "60.00"), 60],
  ["≤60s", "90秒", notMet("90s", "60s", "60/90×90", "60.00"), 60],
])("%s against %s: converted and scored below the weight", (target, actual, finding, score) => {
  expect(timed(target, actual)).toEqual({ score, status: "scored", findings: [finding] });
});

test.each([
  ["≤1个工作日", "30小时", "个工作日", "小时"],
  ["≤2个工作日", "8小时", "个工作日", "小时"],
  ["≤24小时", "1个工作日", "小时", "个工作日"],
  ["≤1个工作日", "1800分钟", "个工作日", "分钟"],
  ["≤30分钟", "1个工作日", "分钟", "个工作日"],
])("%s against %s: a working day is no number of hours, a unit mismatch (was compared as 24 hours)", (t, a, tu, au) => {
  const r = timed(t, a);
  expect([r.score, r.status, r.findings[0]]).toEqual([null, "unreadable", mismatch(tu, au)]);
});

test("calendar days and days convert to hours and seconds; working days against calendar days or seconds do not", () => {
  expect(timed("≤7个自然日", "100小时").score).toBe(90);
  expect(timed("≤1天", "86400秒").score).toBe(90);
  expect(timed("≤1个自然日", "90000秒").score).toBe(86.4);
  expect(timed("≤7个自然日", "5个工作日").findings[0]).toBe(mismatch("自然日", "个工作日"));
  expect(timed("≤1个工作日", "3600秒").findings[0]).toBe(mismatch("个工作日", "秒"));
});
