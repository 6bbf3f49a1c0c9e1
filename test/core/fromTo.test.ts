// A figure said as a change from one figure to another (由85%提高到88%) was read as the range 85%-88% and counted at its
// lower end (85 % against ≥88%: 9.66 of 10); 由6%降至4.5% was words for a person. The second figure is the one reached;
// against a target of a change in percentage points (提高2个百分点) the change is (3, not 88 % with a warning of a 4,300 %
// over-achievement).
import { parseValue } from "../../src/core/parse";
import { seedRowOutcome } from "../helpers/rowOutcome";
import { oneRowSeed } from "../helpers/seedGrid";
import { summary } from "./parse/summary";

const row = (level3: string, target: string, actual: string) =>
  seedRowOutcome(oneRowSeed({ level2: "社会效益指标", level3, target, actual, reason: "已说明" }));

describe("reading a change from one figure to another", () => {
  test.each([
    ["由85%提高到88%", "88% (+由85%提高到)", 85],
    ["从85%提升至90%", "90% (+从85%提升至)", 85],
    ["由6%降至4.5%", "<=4.5% (+由6%降至)", 6],
    ["由4500元增至5200元", "5200元 (+由4500元增至)", 4500],
    ["由2万元增至5200元", "5200元 (+由2万元增至)", 20000],
    ["85%提高到88%", "88% (+85%提高到)", 85],
    // what changed named first (森林覆盖率由60%提高到61.2%) was words: two figures for a person
    ["森林覆盖率由60%提高到61.2%", "61.2% (+森林覆盖率由60%提高到)", 60],
    ["覆盖率从85%提升至88%", "88% (+覆盖率从85%提升至)", 85],
  ])("%s is %s, from %s", (text, read, from) => {
    const v = parseValue(text);
    expect(summary(v)).toBe(read);
    expect(v.kind === "quantity" && v.from).toBe(from);
  });

  // the year before's level and this year's in clauses (上年3万元，本年2万元) were this year's, with no starting figure
  test.each([
    ["上年3万元，本年2万元", 2, 3],
    ["本年2万元，上年3万元", 2, 3],
    ["去年3万元，今年2000元", 2000, 30000],
    ["上年同期85%，本年度88%", 88, 85],
    // with the change said again after them (it was the year before's level, with no starting figure)
    ["上年3万元，本年2万元，下降33%", 2, 3],
    ["上年98%，本年96%，下降2个百分点", 96, 98],
  ])("%s is this year's level, %s, from %s", (text, value, from) => {
    const v = parseValue(text);
    expect(v.kind === "quantity" && [v.value, v.from]).toEqual([value, from]);
  });

  test.each([
    "上年3万元，本年减少1万元",
    "上年完成3万元，本年完成2万元",
    "上年3万元，本年2万人",
    "今年12篇，上年8篇，共20篇",
  ])("%s has no starting figure", (text) => {
    const v = parseValue(text);
    expect(v.kind === "quantity" && v.from).toBeUndefined();
  });

  test.each([
    ["85%到88%", "85-88%"],
    ["3-5次", "3-5次"],
    ["提高到90%", "Q:提高到90%"],
    ["由85%提高到88人", "Q:由85%提高到88人"],
  ])("%s stays %s (a range, no starting figure, two unit families)", (text, read) => {
    expect(summary(parseValue(text))).toBe(read);
  });
});

describe("scoring it", () => {
  test("由85%提高到88% against ≥88%: 88 %, full marks (was the range's 85 %)", () => {
    expect(row("覆盖率", "≥88%", "由85%提高到88%")).toEqual({
      score: 90,
      status: "scored",
      findings: ["REMARK_IGNORED E11: 实际完成值“由85%提高到88%”按88%计分，说明“由85%提高到”未参与计分"],
    });
  });

  test("由6%降至4.5% against ≤5%: 4.5 %, full marks (went to a person)", () => {
    expect(row("发病率", "≤5%", "由6%降至4.5%").score).toBe(90);
  });

  test.each([
    ["提高2个百分点", "由85%提高到88%", "88%−85%=3个百分点", "提高到", 90],
    ["提高5个百分点", "由85%提高到88%", "88%−85%=3个百分点", "提高到", 54],
    ["下降1个百分点", "由6%降至4.5%", "6%−4.5%=1.5个百分点", "降至", 90],
    // the year before's rate and this year's (was 88 % against 5 points, full marks with a 1,660 % over-achievement)
    ["提高5个百分点", "上年85%，本年88%", "88%−85%=3个百分点", "上年,本年", 54],
  ])("%s, completed %s: the change %s is counted", (target, actual, figure, note, score) => {
    const o = row("覆盖率", target, actual);
    expect(o.score).toBe(score);
    expect(o.findings).toContain(`REMARK_IGNORED E11: 实际完成值“${actual}”按${figure}计分，说明“${note}”未参与计分`);
  });
});

test("森林覆盖率提高1个百分点 against 森林覆盖率由60%提高到61.2%: the change of 1.2 points meets it", () => {
  expect(row("森林覆盖率", "森林覆盖率提高1个百分点", "森林覆盖率由60%提高到61.2%")).toMatchObject({
    score: 90,
    status: "scored",
  });
});
