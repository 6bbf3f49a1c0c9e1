// A bare figure, then another of its unit named by words (98%，省级抽检85%): which one answers the target is a guess, as
// for two named figures (自查98%，抽查85%), so a person confirms the first one counted (red-team stop 51, kind 4: it was
// counted with only REMARK_IGNORED).
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target, actual, reason: "", weight: 90 }));

test.each([
  ["合格率", "≥95%", "98%，省级抽检85%", "98%", "省级抽检85%"],
  ["合格率", "≥95%", "98%；第三方检测90%", "98%", "第三方检测90%"],
  ["验收合格率", "100%", "100%，市级复核92%", "100%", "市级复核92%"],
])("%s %s against %s: the first counted, a person confirms", (level3, target, actual, first, second) => {
  const out = run(level3, target, actual);
  expect(out.score).toBe(90);
  expect(out.findings).toContain(
    `QUALITATIVE_REVIEW E11: 实际完成值“${actual}”写有两个完成数，按“${first}”计分，“${second}”未参与计分，请人工确认`,
  );
});

test.each([
  // a change, the rest of a survey, a part, the same figure again, or another unit: no second figure reached
  ["培训人次", "≥1000人次", "1200人次，较上年增加200人次"],
  ["群众满意度", "≥90%", "96%，不满意率4%"],
  ["培训人次", "≥1000人次", "1200人次，其中女性600人次"],
  ["合格率", "≥95%", "98%，复检98%"],
  ["改造户数", "≥100户", "100户，完工率90%"],
])("%s %s against %s: no review of two figures", (level3, target, actual) => {
  expect(run(level3, target, actual).findings.filter((f) => f.includes("写有两个完成数"))).toEqual([]);
});
