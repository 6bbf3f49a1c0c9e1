/** @jest-environment jsdom */
import { blockReports } from "../../src/core/score/blocks";
import { fireEvent, screen, within } from "@testing-library/react";
import { FindingsList } from "../../src/ui/FindingsList";
import { NextSteps, stepParts } from "../../src/ui/NextSteps";
import ScoreChart from "../../src/ui/ScoreChart";
import { SummaryCard } from "../../src/ui/SummaryCard";
import { departmentTable, fileReport, projectTable } from "./fakes";
import { renderUi } from "./render";
import { failOnConsoleErrors } from "./consoleGuard";

failOnConsoleErrors();

describe("SummaryCard", () => {
  test("one table: total, grade, funding rate and score, counts by severity", () => {
    renderUi(<SummaryCard report={fileReport([projectTable()])} />);
    expect(screen.getByTestId("summary-total")).toHaveTextContent("96.88");
    expect(screen.getByTestId("summary-grade")).toHaveTextContent("优");
    expect(screen.getByText("预算执行率 76.80% · 执行率得分 7.68")).toBeInTheDocument();
    expect(screen.getByText("错误 0 · 警告 1 · 提示 3")).toBeInTheDocument();
    expect(screen.getByText(/项目支出 · 自评表!A3:J40/)).toBeInTheDocument();
  });

  test("two tables: one compact entry each", () => {
    renderUi(<SummaryCard report={fileReport([projectTable(), departmentTable()], "two-sheets-gansu-2021.xlsx")} />);
    expect(screen.getAllByTestId("summary-total").map((e) => e.textContent)).toEqual(["96.88", "90.56"]);
    expect(screen.getByText("预算执行率 59.43% · 执行率得分 5.94")).toBeInTheDocument();
    expect(screen.getByText("错误 1 · 警告 2 · 提示 0")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });

  test("withheld total, check-only tables and no table at all", () => {
    const withheld = { ...projectTable(), total: null, grade: null };
    const targets = {
      ...projectTable("目标表"),
      kind: "targets-only" as const,
      mode: "check-only" as const,
      funding: null,
      total: null,
      grade: null,
    };
    const view = renderUi(<SummaryCard report={fileReport([withheld, targets])} />);
    expect(screen.getByTestId("summary-total")).toHaveTextContent("暂不计算");
    expect(screen.getByText("只检查，不计分")).toBeInTheDocument();
    view.unmount();
    renderUi(<SummaryCard report={fileReport([])} />);
    expect(screen.getByText("未找到指标表。")).toBeInTheDocument();
  });
});

describe("FindingsList", () => {
  const report = fileReport([projectTable(), departmentTable()]);

  test("groups by table, errors before warnings, hints hidden behind one button", () => {
    renderUi(<FindingsList report={report} onSelect={jest.fn()} />);
    expect(screen.getByRole("heading", { name: "自评表!A3:J40" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "部门整体!A2:J45" })).toBeInTheDocument();
    const cells = () =>
      screen
        .getAllByRole("listitem")
        .map((li) => `${li.getAttribute("data-severity")} ${li.textContent?.split(" ")[0]}`);
    expect(cells()).toEqual(["warning H17", "error H30", "warning H9", "warning H21"]);
    const toggle = screen.getByRole("button", { name: "显示3条提示" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(toggle);
    expect(cells()).toEqual([
      "warning H17",
      "info H14",
      "info H18",
      "info 整表",
      "error H30",
      "warning H9",
      "warning H21",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "隐藏提示" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(4);
  });

  test("a table with hints only: nothing to fix, and its group appears only when the hints are shown", () => {
    const hintsOnly = { ...projectTable(), findings: projectTable().findings.filter((f) => f.severity === "info") };
    renderUi(<FindingsList report={fileReport([hintsOnly])} onSelect={jest.fn()} />);
    expect(screen.getByText("没有需要处理的问题。")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "自评表!A3:J40" })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "显示3条提示" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });

  test("a finding selects its cell on its own table's sheet; a table-level finding is not a button", () => {
    const onSelect = jest.fn();
    renderUi(<FindingsList report={report} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole("button", { name: "显示3条提示" }));
    fireEvent.click(screen.getByRole("button", { name: /^H21 / }));
    expect(onSelect).toHaveBeenLastCalledWith("部门整体", "H21");
    fireEvent.keyDown(screen.getByRole("button", { name: /^H17 / }), { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith("自评表", "H17");
    fireEvent.keyDown(screen.getByRole("button", { name: /^H17 / }), { key: "a" });
    expect(onSelect).toHaveBeenCalledTimes(2);
    const tableLevel = screen.getByText(/与评分方案（产出50\/效益30\/满意度10）不同/).closest("li") as HTMLElement;
    expect(within(tableLevel).queryByRole("button")).toBeNull();
    expect(tableLevel).toHaveTextContent(/^整表 分值与评分方案不同/);
  });

  test("no findings at all", () => {
    renderUi(<FindingsList report={fileReport([{ ...projectTable(), findings: [] }])} onSelect={jest.fn()} />);
    expect(screen.getByText("没有需要处理的问题。")).toBeInTheDocument();
  });
});

describe("NextSteps", () => {
  test("one line per action, errors first, each cell a button on its own table's sheet; a heading per table", () => {
    const onSelect = jest.fn();
    renderUi(<NextSteps report={fileReport([projectTable(), departmentTable()])} onSelect={onSelect} />);
    const groups = screen.getAllByTestId("next-steps-table");
    expect(groups.map((g) => within(g).getByRole("heading").textContent)).toEqual(["自评表!A3:J40", "部门整体!A2:J45"]);
    expect(
      within(groups[1])
        .getAllByRole("listitem")
        .map((li) => [li.getAttribute("data-severity"), li.textContent]),
    ).toEqual([
      ["error", "在H30填写可识别的实际完成值"],
      ["warning", "在H9填写偏差原因"],
      ["warning", "在H21说明超额原因"],
    ]);
    fireEvent.click(within(groups[1]).getByRole("button", { name: "H21" }));
    expect(onSelect).toHaveBeenLastCalledWith("部门整体", "H21");
    fireEvent.click(within(groups[0]).getByRole("button", { name: "H17" }));
    expect(onSelect).toHaveBeenLastCalledWith("自评表", "H17");
    expect(screen.getAllByText("填好后重新评分")).toHaveLength(1);
  });

  test("in English, and nothing to fix when a table has only hints", () => {
    const hintsOnly = { ...projectTable(), findings: projectTable().findings.filter((f) => f.severity === "info") };
    const view = renderUi(<NextSteps report={fileReport([projectTable()])} onSelect={jest.fn()} />, "en");
    expect(screen.getByRole("listitem")).toHaveTextContent("Give the reason for the shortfall in H17");
    expect(screen.getByText("Then score again")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 3 })).toBeNull();
    view.unmount();
    renderUi(<NextSteps report={fileReport([hintsOnly])} onSelect={jest.fn()} />);
    expect(screen.getByText("没有需要处理的问题。")).toBeInTheDocument();
    expect(screen.queryByText("填好后重新评分")).toBeNull();
  });

  test("only the step's own cells become buttons", () => {
    expect(stepParts("在K18、I11等8处填写偏差原因（见A1）", ["K18", "I11"])).toEqual([
      { text: "在", cell: false },
      { text: "K18", cell: true },
      { text: "、", cell: false },
      { text: "I11", cell: true },
      { text: "等8处填写偏差原因（见A1）", cell: false },
    ]);
  });
});

describe("ScoreChart", () => {
  test("bars are drawn to scale: score against weight per level-1 category and the funding block", () => {
    const { container } = renderUi(<ScoreChart table={projectTable()} />);
    const svg = screen.getByRole("img");
    expect(svg).toHaveAttribute(
      "aria-label",
      "预算执行率：得分 7.68，分值 10.00；产出指标：得分 62.20，分值 63.00；效益指标：得分 24.00，分值 24.00；满意度指标：得分 3.00，分值 3.00",
    );
    const width = (category: string, bar: string): number =>
      Number(container.querySelector(`g[data-category="${category}"] rect[data-bar="${bar}"]`)?.getAttribute("width"));
    const area = 300 - 84 - 70;
    expect(width("产出指标", "weight")).toBeCloseTo(area, 6);
    expect(width("产出指标", "score")).toBeCloseTo((area * 62.2) / 63, 6);
    expect(width("预算执行率", "score")).toBeCloseTo((area * 7.68) / 63, 6);
    expect(width("满意度指标", "weight")).toBeCloseTo((area * 3) / 63, 6);
    expect(screen.getByText("62.20/63.00")).toBeInTheDocument();
  });

  test("nothing is drawn for a table without weights", () => {
    const indicators = projectTable().indicators.map((i) => ({ ...i, weight: null }));
    const table = { ...projectTable(), funding: null, indicators, blocks: blockReports(indicators) };
    const { container } = renderUi(<ScoreChart table={table} />);
    expect(container.querySelector("svg")).toBeNull();
  });
});
