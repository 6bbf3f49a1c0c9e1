// A target typed as a fraction (≥0.95) against a completed value in percent (94%) took the percent sign as its unit:
// 0.95 %, so 94 % scored full marks with "over-achieved by 9,795 %". The spec reads 0.95 typed as a fraction as 95 %
// on either side; the target's is said as the completed value's always was.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const rate = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "质量指标", level3: "验收合格率", target, actual, reason: "" }));

describe("a target typed as a fraction against a percent", () => {
  test("≥0.95 against 94%: 95 %, scored 94/95 of the weight", () => {
    expect(rate("≥0.95", "94%")).toEqual({
      score: 89.05,
      status: "scored",
      findings: [
        "UNIT_ASSUMED D11: 年度指标值0.95按小数理解为95%",
        "NOT_MET_NO_REASON H11: 实际完成值94%低于年度指标值95%，按94/95×90计89.05分，请填写偏差原因",
      ],
    });
  });

  test.each([
    ["≥0.95", "96%"],
    ["1", "100%"],
    ["0.9-0.95", "92%"],
  ])("%s against %s: met, with no over-achievement", (target, actual) => {
    const outcome = rate(target, actual);
    expect(outcome).toMatchObject({ score: 90, status: "scored" });
    expect(outcome.findings.filter((f) => !f.startsWith("DIRECTION_INFERRED"))).toEqual([
      expect.stringMatching(/^UNIT_ASSUMED D11: 年度指标值[\d.]+按小数理解为[\d.]+%$/),
    ]);
  });

  test("both sides fractions: compared as they are, with no assumption", () => {
    expect(rate("≥0.95", "0.94")).toMatchObject({ score: 89.05, status: "scored" });
    expect(rate("≥0.95", "0.94").findings.some((f) => f.startsWith("UNIT_ASSUMED"))).toBe(false);
  });

  test("a bare target above 1 against a percent takes the percent (95 against 96%)", () => {
    expect(rate("≥95", "94%").findings[0]).toBe("UNIT_ASSUMED D11: 年度指标值95未写单位，按实际完成值的单位“%”理解");
  });
});

// Two bare figures under a rate's name (95 against 0.96; 0.95 against 96) were compared as they stood: 0.10 points, or
// full marks with over-achievement of 10,005 %. Under a rate the figure above 1 is a percent and the other a fraction.
describe("two bare figures under a rate's name", () => {
  test("95 against 0.96: 96 %, met, said", () => {
    expect(rate("95", "0.96")).toMatchObject({ score: 90, status: "scored" });
    expect(rate("95", "0.96").findings).toContain("UNIT_ASSUMED E11: 实际完成值0.96按小数理解为96%");
  });

  test("0.95 against 94: 94/95 of the weight, said on the target", () => {
    expect(rate("0.95", "94")).toMatchObject({ score: 89.05, status: "scored" });
    expect(rate("0.95", "94").findings).toContain("UNIT_ASSUMED D11: 年度指标值0.95按小数理解为95%");
  });

  test("not under a name that is no rate (1000 against 0.5 on 培训人次)", () => {
    const count = seedRowOutcome(oneRowSeed({ level2: "数量指标", level3: "培训人次", target: "1000", actual: "0.5" }));
    expect(count.findings.some((f) => f.startsWith("UNIT_ASSUMED"))).toBe(false);
  });
});
