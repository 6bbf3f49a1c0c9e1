/** @jest-environment jsdom */
// The page's file list rows: the folder path, who and what (title block), how much the file needs attention.
import { screen } from "@testing-library/react";
import type { FileEntry } from "../../src/web/batchState";
import { FileList } from "../../src/web/FileList";
import { departmentTable, fileReport, projectTable } from "../ui/fakes";
import { renderUi } from "../ui/render";

const entry = (id: number, name: string, report: ReturnType<typeof fileReport>): FileEntry => ({
  id,
  name,
  status: report.tables.length ? "done" : "failed",
  result: { report, output: null, written: 0, notes: false, previewJson: "[]", millis: 0 },
  profileId: "central-2020",
  mode: "score",
  downloadName: name,
});

test("a row names the file with its folder, the unit and project of its title block, and its problems", () => {
  renderUi(
    <FileList
      entries={[
        entry(1, "报送/省委编办/自评表.xlsx", fileReport([projectTable()])),
        entry(2, "报送/部门/整体.xlsx", fileReport([departmentTable()])),
        entry(3, "报送/旧版.xls", {
          file: "旧版.xls",
          output: null,
          tables: [],
          errors: [{ code: "FILE_LEGACY_FORMAT", message: "请另存为 .xlsx" }],
        }),
      ]}
      selectedId={1}
      onSelect={jest.fn()}
    />,
  );
  const rows = screen.getAllByTestId("file-row");
  expect(rows[0]).toHaveTextContent(
    "报送/省委编办/自评表.xlsx有警告 · 1 个问题省委编办 · 业务费项目—机构改革及机构编制实名制升级改造项目96.88 优",
  );
  expect(rows[1]).toHaveTextContent("有错误 · 3 个问题");
  expect(rows[2]).toHaveTextContent("报送/旧版.xls未能处理请另存为 .xlsx");
  expect(screen.getAllByTestId("file-who").map((e) => e.textContent)).toEqual([
    "省委编办 · 业务费项目—机构改革及机构编制实名制升级改造项目",
    "省委编办",
  ]);
  expect(screen.getByRole("checkbox", { name: "只看需要处理的（3）" })).not.toBeChecked();
});
