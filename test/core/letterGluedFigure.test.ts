// Digits right after a lone letter that looks like a digit are no figure of their own: `l00%` (a letter l for 1) was read as 00% and scored 0
// with a review, where `1OO%` already went to a person.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const run = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3, target, actual, reason: "" }));

test.each(["l00%", "合格率l00%", "O95%"])("%s against ≥95%: not scored, a person decides", (actual) => {
  expect(run("验收合格率", "≥95%", actual)).toMatchObject({ score: null, status: "qualitative" });
});

test("a figure after a word of letters keeps its reading (RMB 100万元 against ≥100万元)", () => {
  expect(run("发放补助资金", "≥100万元", "RMB 100万元")).toMatchObject({ score: 90, status: "scored" });
});

test("a figure after a code of letters and digits keeps its reading (PM2.5年均浓度30微克 against ≤35微克)", () => {
  const r = run("PM2.5浓度", "≤35微克", "PM2.5年均浓度30微克");
  expect([r.score, r.status]).toEqual([90, "scored"]);
  expect(r.findings[0]).toMatch(/中只有“30微克”/);
});
