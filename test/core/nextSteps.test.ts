// What the officer must do next (issue 17): errors first, then warnings, one line per action with its cells.
import * as fs from "node:fs";
import * as path from "node:path";
import { builtInProfile, messagesFor, nextSteps, nextStepsLine, scoreWorkbook, type TableReport } from "../../src/core";
import { readXlsx } from "../../src/xlsx/readWorkbook";
import { layoutGrid, NATIONAL, type SampleRow } from "../helpers/layoutGrid";

const profile = builtInProfile("central-2020")!;
const tables = (bytes: Uint8Array, name: string): TableReport[] =>
  scoreWorkbook(readXlsx(bytes, name).grid, { mode: "score", profile, fileName: name }).report.tables;
const EXAMPLE = path.join(__dirname, "../../assets/example/绩效自评表示例.xlsx");

test("the bundled example: K18's missing reason is 附件1's only step; 附件2 asks for reasons and an over-achievement", () => {
  const [t1, t2] = tables(new Uint8Array(fs.readFileSync(EXAMPLE)), "example.xlsx");
  expect(nextSteps(t1)).toEqual([{ action: "fill-reason", severity: "warning", cells: ["K18"] }]);
  expect(nextStepsLine(nextSteps(t1), messagesFor("zh"))).toBe("在K18填写偏差原因；填好后重新评分");
  expect(nextStepsLine(nextSteps(t1), messagesFor("en"))).toBe(
    "Give the reason for the shortfall in K18; then score again",
  );
  // 附件2: three rows below target without a reason, one far above it; the reason column is I
  expect(nextStepsLine(nextSteps(t2), messagesFor("zh"))).toBe(
    "在I11、I12、I14填写偏差原因；在I32说明超额原因；填好后重新评分",
  );
});

test("errors before warnings; one step per action with its cells in sheet order; info never", () => {
  const cols = NATIONAL.map((c) => {
    if (c.head === "年度指标值")
      return { ...c, cell: (r: SampleRow) => (r.level3 === "覆盖人数" ? "M.8万元" : `${r.cmp}${r.value}${r.unit}`) };
    if (c.head === "实际完成值")
      return {
        ...c,
        cell: (r: SampleRow) =>
          r.level3 === "政策知晓率" ? "已提交调查报告" : r.level3 === "验收合格率" ? "120%" : `${r.actual}${r.unit}`,
      };
    return c;
  });
  const t = scoreWorkbook({ name: "t", sheets: [layoutGrid(cols)] }, { mode: "score", profile, fileName: "t" }).report
    .tables[0];
  const steps = nextSteps(t);
  expect(steps.map((s) => [s.severity, s.action, s.cells])).toEqual([
    ["error", "fix-target", ["D10"]],
    ["warning", "choose-band", ["G13"]],
    ["warning", "fill-reason", ["H9", "H12", "H14"]],
    ["warning", "explain-over", ["H11"]],
  ]);
  expect(nextStepsLine(steps, messagesFor("zh"))).toBe(
    "在D10写明可识别的年度指标值（数值和单位）；为G13选择定性档次（达成 / 部分达成 / 未达成），得分填入该行得分栏；在H9、H12、H14填写偏差原因；在H11说明超额原因；填好后重新评分",
  );
});

test("a row scored with a review asks for a check of how it was scored, whatever the review's kind", () => {
  const cols = NATIONAL.map((c) =>
    c.head === "实际完成值"
      ? {
          ...c,
          cell: (r: SampleRow) =>
            r.level3 === "政策知晓率" ? `完成3期宣传，${r.actual}${r.unit}` : `${r.actual}${r.unit}`,
        }
      : c,
  );
  const t = scoreWorkbook({ name: "t", sheets: [layoutGrid(cols)] }, { mode: "score", profile, fileName: "t" }).report
    .tables[0];
  const step = nextSteps(t).find((s) => s.action === "confirm-band")!;
  expect(nextStepsLine([step], messagesFor("zh"))).toBe(
    `核对${step.cells[0]}的计分依据（见单元格提示）；填好后重新评分`,
  );
  expect(nextStepsLine([step], messagesFor("en"))).toMatch(new RegExp(`^Check how ${step.cells[0]} was scored`));
});

test("a clean table has no steps and no line", () => {
  const t = scoreWorkbook(
    {
      name: "t",
      sheets: [
        layoutGrid(
          NATIONAL.map((c) =>
            c.head === "实际完成值" ? { ...c, cell: (r: SampleRow) => `${r.value * 1.1}${r.unit}` } : c,
          ),
        ),
      ],
    },
    { mode: "score", profile, fileName: "t" },
  ).report.tables[0];
  const steps = nextSteps(t).filter((s) => s.action !== "fill-reason");
  expect(nextStepsLine([], messagesFor("zh"))).toBe("");
  expect(steps.every((s) => s.severity === "warning")).toBe(true);
});

test("long cell lists are cut after six", () => {
  const line = messagesFor("zh").nextStep({
    action: "fill-reason",
    severity: "warning",
    cells: ["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8"],
  });
  expect(line).toBe("在H1、H2、H3、H4、H5、H6等8处填写偏差原因");
  expect(
    messagesFor("en").nextStep({
      action: "fill-reason",
      severity: "warning",
      cells: ["H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8"],
    }),
  ).toBe("Give the reason for the shortfall in H1, H2, H3, H4, H5, H6 and 2 more");
});
