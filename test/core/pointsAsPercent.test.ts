// A survey's result written in points against a target in percent (满意度95分 against ≥90%) was UNIT_MISMATCH, and
// 满意度测评得分92分 went to a person. On a hundred-point scale the points are percentage points: read so, and said.
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";

const row = (target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "满意度指标", level3: "群众满意度", target, actual, reason: "" }));

test.each([
  ["≥90%", "95分", 90, "实际完成值“95分”"],
  ["≥90%", "满意度85分", 85, "实际完成值“满意度85分”"],
  ["≥90分", "92%", 90, "年度指标值“≥90分”"],
])("%s against %s: %d of 90, the points read as percentage points and said", (target, actual, score, side) => {
  const r = row(target, actual);
  expect([r.score, r.status]).toEqual([score, "scored"]);
  expect(r.findings).toContain(
    `UNIT_ASSUMED ${side.startsWith("年度") ? "D" : "E"}11: ${side}按百分制读作百分比（1分=1个百分点），请核对`,
  );
});

test.each([
  ["≥90%", "4.5分"],
  ["≥4.5分", "96%"],
  ["≥50‱", "60分"],
])(
  "%s against %s: a five-point scale, or a share other than a percent, is no match: a unit mismatch",
  (target, actual) => {
    expect(row(target, actual)).toMatchObject({ score: null, status: "unreadable" });
    expect(row(target, actual).findings[0]).toMatch(/^UNIT_MISMATCH/);
  },
);

test("points against points are compared as they are, nothing said", () => {
  expect(row("≥90分", "95分")).toEqual({ score: 90, status: "scored", findings: [] });
});

// 4.6分（满分5分） against ≥90% went to a person: a remark stating the full mark makes the points a share of it
test.each([
  ["≥90%", "4.6分（满分5分）", 90, "实际完成值“4.6分（满分5分）”按满分5分折算为百分比，请核对"],
  ["≥90%", "4.2分（满分5分）", 84, "实际完成值“4.2分（满分5分）”按满分5分折算为百分比，请核对"],
  ["≥4.5分（满分5分）", "92%", 90, "年度指标值“≥4.5分（满分5分）”按满分5分折算为百分比，请核对"],
])("%s against %s: %d of 90, read as a share of the full mark, said", (target, actual, score, said) => {
  const r = row(target, actual);
  expect(r.score).toBe(score);
  expect(r.findings[0]).toBe(`UNIT_ASSUMED ${said.startsWith("年度") ? "D" : "E"}11: ${said}`);
  // the full mark was counted: no remark left out
  expect(r.findings.join("\n")).not.toContain("REMARK_IGNORED");
});

test("points above their full mark are no share", () => {
  expect(row("≥90%", "6分（满分5分）").score).toBeNull();
});
