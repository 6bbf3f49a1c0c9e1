// Count units of one group compare as one count (人/名/位, 场/场次 …). People against visits (人 against 人次) do too, but
// a visit is not a person, so the assumption is said (UNIT_ASSUMED); it was silent. Other kinds stay a mismatch. Working
// days against days compare one for one, said too (≤30天 against 30个工作日 was full marks without a word); a week
// against working days is 5 of them.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const scored = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "培训规模", target, actual }));

test.each([
  ["≥1000人次", "1050人", "实际完成值以“人”计，年度指标值以“人次”计"],
  ["≥1000人", "1050人次", "实际完成值以“人次”计，年度指标值以“人”计"],
  ["≥1000人次", "1050名", "实际完成值以“名”计，年度指标值以“人次”计"],
])("people against visits are compared and said: %s, %s", (target, actual, said) => {
  expect(scored(target, actual)).toEqual({
    score: 90,
    status: "scored",
    findings: [`UNIT_ASSUMED E11: ${said}，按同一计数比较（每人计1人次），请核对`],
  });
});

test.each([
  ["≥1000人", "1050名"],
  ["≥10场", "12场次"],
  ["≥10本", "12册"],
])("units of one kind compare without a finding: %s, %s", (target, actual) => {
  expect(scored(target, actual)).toEqual({ score: 90, status: "scored", findings: [] });
});

// 培训1200人次（800人） against ≥1000人 had full marks on the 1200 visits taken as people
test.each([
  ["≥1000人", "培训1200人次（800人）", 72],
  ["≥1000人", "800人（1200人次）", 72],
  ["≥1000人次", "培训1200人次（800人）", 90],
  ["≥1000人", "培训1200人次（其中女性800人）", 90],
])("the target's own count in the remark is the figure: %s against %s is %d", (target, actual, score) => {
  expect(scored(target, actual).score).toBe(score);
});

test("times against people stay a mismatch, not scored", () => {
  const r = scored("≥10次", "12人");
  expect([r.score, r.findings[0]]).toEqual([null, expect.stringMatching(/^UNIT_MISMATCH E11/)]);
});

describe("working days against other durations", () => {
  const timed = (target: string, actual: string) =>
    seedRowOutcome(oneRowSeed({ level2: "时效指标", level3: "办理时限", target, actual }));
  const said = (actual: string, target: string) =>
    `UNIT_ASSUMED E11: 实际完成值以“${actual}”计，年度指标值以“${target}”计，按1个工作日=1天比较（未扣除节假日），请核对`;

  test("≤30天 against 30个工作日: met, a working day counted as a day, said", () => {
    expect(timed("≤30天", "30个工作日")).toEqual({ score: 90, status: "scored", findings: [said("个工作日", "天")] });
  });

  test("≤30个工作日 against 40天: 30/40 of the weight, the assumption said first", () => {
    const r = timed("≤30个工作日", "40天");
    expect([r.score, r.findings[0]]).toEqual([67.5, said("天", "个工作日")]);
  });

  test("days against days, or working days against working days, say nothing", () => {
    expect(timed("≤30天", "20日").findings).toEqual([]);
    expect(timed("≤30个工作日", "20工作日").findings).toEqual([]);
  });

  // 3周 against ≤15个工作日 was 21 days against 15: 64.29 of 90 for a limit met to the day
  const weeks = (actual: string, target: string) =>
    `UNIT_ASSUMED E11: 实际完成值以“${actual}”计，年度指标值以“${target}”计，按1周=5个工作日比较（未扣除节假日），请核对`;
  test.each([
    ["≤15个工作日", "3周", 90, "周", "个工作日"],
    ["≤15个工作日", "4周", 67.5, "周", "个工作日"],
    ["≤2周", "12个工作日", 75, "个工作日", "周"],
    ["≤3个星期", "15个工作日", 90, "个工作日", "个星期"],
  ])("%s against %s: a week is 5 working days, %s of 90, said", (target, actual, score, a, t) => {
    const r = timed(target, actual);
    expect([r.score, r.findings[0]]).toEqual([score, weeks(a, t)]);
  });

  test("weeks against days stay 7 days a week: ≤14天 against 3周 is 14/21 of 90", () => {
    expect(timed("≤14天", "3周").score).toBe(60);
  });
});
