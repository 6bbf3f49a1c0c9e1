// The 自评报告 draft: the published reports' section order, every number from the report, placeholders for what a
// person writes, the department form, a reason text when the report carries one, English without Chinese words.
import { builtInProfile, scoreWorkbook } from "../../src/core";
import type { TableReport } from "../../src/core/report";
import { buildDraft, draftsOf, draftText, hasDraft } from "../../src/reports/docx/draft";
import { renderDocx } from "../../src/reports/docx/renderDocx";
import { workbook } from "../helpers/fixtures";
import { layoutGrid, NATIONAL, type SampleRow } from "../helpers/layoutGrid";
import { docxText, EXAMPLE, scoredReport } from "./helpers";

const example = scoredReport(EXAMPLE);
const [project, department] = example.tables;

test("the project draft of the example: budget, rate, indicators met by block, the shortfall, total and grade", () => {
  const text = draftText(buildDraft(project, "zh"));
  expect(text).toContain(
    "2021年度，该项目全年预算数320万元，全年执行数245.77万元，预算执行率为76.80%。预算执行率指标分值10分，得分7.68分，扣2.32分。",
  );
  expect(text).toContain("自评表共设绩效指标30项，其中29项达到年度指标值，1项未达到。");
  expect(text).toContain(
    "1.产出指标（指标分值63分，得分62.20分）：共21项指标，20项达到年度指标值，1项未达到（形成调研报告数量）。",
  );
  expect(text).toContain(
    "2.形成调研报告数量：年度指标值≥15篇，实际完成值11篇，得2.20分（分值3分，扣0.80分）。偏差原因：【请填写：偏差原因】",
  );
  expect(text).toContain("1.预算执行率为76.80%，未全部执行（扣2.32分）。原因：【请填写：预算未全部执行的原因】");
  expect(text).toContain("预算执行率部分得分7.68分，绩效指标部分得分89.20分，合计总分96.88分，自评等级为“优”。");
  expect(text).toContain("产出指标\t数量指标\t形成调研报告数量\t≥15篇\t11篇\t3\t2.20");
});

test("six sections in the published order; the title and unit are placeholders when the sheet does not name them", () => {
  const lines = draftText(buildDraft(project, "zh")).split("\n");
  const sections = lines.filter((l) => /^[一二三四五六]、/.test(l));
  expect(sections).toEqual([
    "一、绩效自评工作组织开展情况",
    "二、预算执行情况",
    "三、绩效目标完成情况",
    "四、偏差原因分析及改进措施",
    "五、自评结果",
    "六、结果应用",
  ]);
  expect(lines.slice(0, 2)).toEqual(["2021年度【请填写：项目名称】绩效自评报告", "单位：【请填写：单位名称】"]);
  const named = buildDraft(
    { ...project, info: { project: "机构编制实名制升级改造项目", department: "省委编办", unit: null, year: 2021 } },
    "zh",
  );
  expect(draftText(named).split("\n").slice(0, 2)).toEqual([
    "2021年度机构编制实名制升级改造项目绩效自评报告",
    "单位：省委编办",
  ]);
});

test("a department table gets the department form, with the over-achieved indicator asked about", () => {
  const text = draftText(buildDraft(department, "zh"));
  expect(text.split("\n")[0]).toBe("2021年度【请填写：单位名称】部门整体支出绩效自评报告");
  expect(text).toContain("（一）部门基本情况");
  expect(text).toContain("二、部门预算执行情况");
  expect(text).toContain("四、偏离绩效目标的原因及改进措施");
  expect(text).toContain(
    "5.为民办实事件数：实际完成值70余件明显高于年度指标值≥50件。原因：【请填写：指标值设定偏低的原因】",
  );
  expect(text).toContain(
    "部门整体支出预算执行率部分得分5.94分，年度绩效指标完成情况部分得分84.62分，合计总分90.56分，自评等级为“优”。",
  );
});

test("placeholders are their own runs; the reason text is used when the report carries it", () => {
  const blocks = buildDraft(project, "zh").blocks;
  const placeholders = blocks.flatMap((b) =>
    "runs" in b ? b.runs.filter((r) => r.placeholder).map((r) => r.text) : [],
  );
  expect(placeholders).toContain("【请填写：偏差原因】");
  expect(placeholders.every((p) => /^【请填写：[^】]+】$/.test(p))).toBe(true);
  const withReason: TableReport = {
    ...project,
    indicators: project.indicators.map((i) => (i.row === 18 ? { ...i, reason: "受疫情影响，部分调研未能开展" } : i)),
  };
  const text = draftText(buildDraft(withReason, "zh"));
  expect(text).toContain("扣0.80分）。偏差原因：受疫情影响，部分调研未能开展");
});

test("a table without weights: no total, said plainly; targets-only sheets get no draft", () => {
  const xiqu = scoredReport(workbook("no-weights-xiqu-2021.xlsx"));
  expect(draftText(buildDraft(xiqu.tables[0], "zh"))).toContain(
    "五、自评结果\n自评表未设分值，本次只核对各项指标的完成情况，不计总分和等级。",
  );
  expect(
    draftsOf([scoredReport(workbook("targets-hengshui-2021.xlsx")), example], "zh").map((d) => d.table.sheet),
  ).toEqual(["附件1", "附件2"]);
});

test("a table whose 实际完成值 column was not read gets no draft (it would report no shortfall)", () => {
  const cols = NATIONAL.map((c) => (c.head === "实际完成值" ? { ...c, head: "执行情况" } : c));
  const score = (sheet: ReturnType<typeof layoutGrid>) =>
    scoreWorkbook(
      { name: "t", sheets: [sheet] },
      { mode: "score", profile: builtInProfile("central-2020")!, fileName: "t.xlsx" },
    ).report;
  const unread = score(layoutGrid(cols));
  expect(unread.tables.map((t) => [t.kind, hasDraft(t)])).toEqual([["project", false]]);
  expect(draftsOf([unread], "zh")).toEqual([]);
  expect(draftsOf([score(layoutGrid(NATIONAL))], "zh")).toHaveLength(1);
});

test("四、（一） says no deviation was found only when every row was scored, and the budget only when there is one", () => {
  const score = (cols: typeof NATIONAL, funding: "national" | "none") =>
    scoreWorkbook(
      { name: "t", sheets: [layoutGrid(cols, { funding })] },
      { mode: "score", profile: builtInProfile("central-2020")!, fileName: "t.xlsx" },
    ).report.tables[0];
  const reasons = (t: TableReport) => {
    const lines = draftText(buildDraft(t, "zh")).split("\n");
    const at = lines.indexOf("（一）偏差原因");
    return lines.slice(at + 1, lines.indexOf("（二）改进措施"));
  };
  // no 分值 column: 3 of the 6 rows are below target, none scored — the draft must not call them met
  const unweighted = score(
    NATIONAL.filter((c) => c.head !== "分值"),
    "none",
  );
  expect(reasons(unweighted)).toEqual([
    "自评表中有未评分的指标，其偏差未能逐项核对：【请填写：未评分指标的完成情况及偏差原因】",
  ]);
  // every row met, scored, no funding block: no word about a budget the sheet does not have
  const allMet = NATIONAL.map((c) =>
    c.head === "实际完成值" ? { ...c, cell: (r: SampleRow) => `${r.value}${r.unit}` } : c,
  );
  expect(reasons(score(allMet, "none"))).toEqual(["各项指标均达到年度指标值，未发现偏差。"]);
  expect(reasons(score(allMet, "national"))).toEqual([
    "1.预算执行率为75.00%，未全部执行（扣2.50分）。原因：【请填写：预算未全部执行的原因】",
  ]);
});

test("English: every word of ours is English (cell texts and names aside)", () => {
  const text = draftText(buildDraft(project, "en"));
  const names = new Set(project.indicators.flatMap((i) => [i.level1, i.level2, i.level3, i.target, i.actual]));
  let ours = text;
  for (const n of [...names].sort((a, b) => b.length - a.length)) ours = ours.split(n).join("");
  expect(ours.replace("优 Excellent", "Excellent")).not.toMatch(/[\u4e00-\u9fff【】（）：，。]/);
  expect(text).toContain(
    "In sum, [To complete: project name] scored 7.68 for budget execution and 89.20 for its indicators in 2021: a total of 96.88, grade 优 Excellent.",
  );
});

test("the .docx holds the same text, placeholders highlighted, A4 with page numbers", async () => {
  const bytes = await renderDocx(buildDraft(project, "zh"), "selfeval 0.1.0");
  const text = docxText(bytes);
  for (const s of [
    "96.88",
    "优",
    "76.80%",
    "形成调研报告数量：年度指标值≥15篇，实际完成值11篇，得2.20分（分值3分，扣0.80分）",
  ])
    expect(text).toContain(s);
  const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts["word/document.xml"]);
  expect(xml).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*【请填写：偏差原因】/s);
  expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  expect(Object.keys(parts).some((p) => /^word\/footer\d*\.xml$/.test(p))).toBe(true);
});

test("a block with rows not scored says how many and that its score is of the scored ones (it said 得分0.00分, 0项达到)", () => {
  const t = scoreWorkbook(
    { name: "t", sheets: [layoutGrid(NATIONAL, { funding: "national" })] },
    { mode: "score", profile: builtInProfile("central-2020")!, fileName: "t.xlsx" },
  ).report.tables[0];
  const open = { ...t, indicators: t.indicators.map((i) => ({ ...i, score: null })) };
  const lines = draftText(buildDraft(open, "zh")).split("\n");
  const block = lines.find((l) => /^1\./.test(l) && l.includes("指标分值"))!;
  expect(block).toMatch(/（指标分值\d+分，已评分指标得分[\d.]+分）：共\d+项指标，0项达到年度指标值，\d+项未评分。$/);
  const en = draftText(buildDraft(open, "en"));
  expect(en).toMatch(
    /\(worth \d+, the scored indicators [\d.]+\): \d+ indicators?, 0 met their target, \d+ not scored\./,
  );
});
