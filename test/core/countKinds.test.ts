// Count units of one group compare as one count (人/名/位, 场/场次 …). People against visits (人 against 人次) do too, but
// a visit is not a person, so the assumption is said (UNIT_ASSUMED); it was silent. Other kinds stay a mismatch.
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

test("times against people stay a mismatch, not scored", () => {
  const r = scored("≥10次", "12人");
  expect([r.score, r.findings[0]]).toEqual([null, expect.stringMatching(/^UNIT_MISMATCH E11/)]);
});
