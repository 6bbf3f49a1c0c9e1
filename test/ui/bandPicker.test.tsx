/** @jest-environment jsdom */
// The pane's band buttons (spec §3: the pane offers the three bands), with the real ExcelWorkbookHost on the fake
// Excel: after 一键评分 a row whose words no band knows is listed with 达成 / 部分达成 / 未达成 and their scores; a click
// re-scores with that band, so its score is in the 得分 cell and the total is shown; the chosen band stays marked.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ExcelWorkbookHost } from "../../src/excel";
import { PaneApp } from "../../src/taskpane/PaneApp";
import { createMemoryPreferenceStore, PREF_KEYS } from "../../src/ui/preferences";
import { FakeExcel } from "../fakes/fakeExcel";
import { oneRowSeed, SEED_LAYOUT, seedGrid } from "../helpers/seedGrid";
import { failOnConsoleErrors } from "./consoleGuard";
import { renderUi } from "./render";

failOnConsoleErrors();

const r = SEED_LAYOUT.firstRow;

/** The pane on a fake Excel holding the one-row table (90 points) whose completed value `actual` no band knows. */
async function paneOnWaitingRow(actual = "得到提升", lang: "zh" | "en" = "zh") {
  const seed = oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target: "有效提升", actual });
  const excel = FakeExcel.fromGrid(seedGrid(seed), { api: "1.18" });
  const host = new ExcelWorkbookHost({ environment: excel.environment(), lang });
  renderUi(<PaneApp host={host} prefs={createMemoryPreferenceStore({ [PREF_KEYS.language]: lang })} />, lang);
  fireEvent.click(await screen.findByRole("button", { name: lang === "zh" ? "一键评分" : "Score now" }));
  await screen.findByTestId("summary-total");
  return excel;
}

describe("the band buttons of the pane", () => {
  test("list the waiting row with the three bands' scores; 部分达成 writes 63 and the total 73 is shown", async () => {
    const excel = await paneOnWaitingRow();
    expect(screen.getByTestId("summary-total")).toHaveTextContent("暂不计算");
    const picker = screen.getByTestId("band-picker");
    expect(within(picker).getByRole("heading")).toHaveTextContent("待人工评定档次（1项）");
    const row = within(picker).getByTestId("waiting-row");
    expect(row).toHaveTextContent(`G${r + 1} 培训效果：“得到提升”`);
    const buttons = within(row).getAllByRole("button").slice(1);
    expect(buttons.map((b) => b.textContent)).toEqual(["达成 90分", "部分达成 63分", "未达成 0分"]);
    expect(buttons.map((b) => b.getAttribute("aria-pressed"))).toEqual(["false", "false", "false"]);

    fireEvent.click(screen.getByRole("button", { name: "部分达成 63分" }));
    await waitFor(() => expect(screen.getByTestId("summary-total")).toHaveTextContent("73"));
    expect(excel.doc.sheets[0].peek(r, 6)?.value).toBe(63);
    const after = within(screen.getByTestId("waiting-row"));
    expect(after.getByRole("button", { name: "部分达成 63分" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByTestId("waiting-row")).toHaveTextContent("（现计63分）");
  });

  test("a row whose score a person typed shows that score's band as chosen", async () => {
    const seed = oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target: "有效提升", actual: "得到提升" });
    const grid = seedGrid(seed);
    grid.sheets[0].values[r][6] = 90;
    const excel = FakeExcel.fromGrid(grid, { api: "1.18" });
    renderUi(
      <PaneApp
        host={new ExcelWorkbookHost({ environment: excel.environment() })}
        prefs={createMemoryPreferenceStore()}
      />,
    );
    fireEvent.click(await screen.findByRole("button", { name: "一键评分" }));
    await waitFor(() => expect(screen.getByTestId("summary-total")).toHaveTextContent("100"));
    expect(screen.getByRole("button", { name: "达成 90分" })).toHaveAttribute("aria-pressed", "true");
  });

  test("a pick on a row whose text was edited since (the rules decide it now) is said, not dropped silently", async () => {
    const excel = await paneOnWaitingRow();
    excel.doc.sheets[0].cell(r, 4).value = "已完成";
    fireEvent.click(screen.getByRole("button", { name: "部分达成 63分" }));
    await waitFor(() => expect(screen.getByTestId("summary-total")).toHaveTextContent("100"));
    expect(
      screen.getByText(`自评表第${r + 1}行现已可按规则判断档次，已按规则计分，未采用所选的“部分达成”。`),
    ).toBeInTheDocument();
    expect(excel.doc.sheets[0].peek(r, 6)?.value).toBe(90);
    expect(screen.queryByTestId("band-picker")).toBeNull();
  });

  test("a pick keeps the pane where it is (the next row's buttons at hand); 一键评分 brings the result into view", async () => {
    const scrolled = jest.fn();
    Element.prototype.scrollIntoView = scrolled;
    try {
      await paneOnWaitingRow();
      expect(scrolled).toHaveBeenCalledTimes(1);
      fireEvent.click(screen.getByRole("button", { name: "部分达成 63分" }));
      await waitFor(() => expect(screen.getByTestId("summary-total")).toHaveTextContent("73"));
      expect(scrolled).toHaveBeenCalledTimes(1);
      fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
      await waitFor(() => expect(scrolled).toHaveBeenCalledTimes(2));
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  test("in English", async () => {
    await paneOnWaitingRow("得到提升", "en");
    const row = screen.getByTestId("waiting-row");
    expect(
      within(row)
        .getAllByRole("button")
        .slice(1)
        .map((b) => b.textContent),
    ).toEqual(["achieved: 90 pts", "partly achieved: 63 pts", "not achieved: 0 pts"]);
  });

  test("not offered after an audit, a check or 清除标记 (a pick scores and writes)", async () => {
    const seed = oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target: "有效提升", actual: "得到提升" });
    const excel = FakeExcel.fromGrid(seedGrid(seed), { api: "1.18" });
    renderUi(
      <PaneApp
        host={new ExcelWorkbookHost({ environment: excel.environment() })}
        prefs={createMemoryPreferenceStore()}
      />,
    );
    fireEvent.change(await screen.findByLabelText("模式"), { target: { value: "audit" } });
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    expect(screen.queryByTestId("band-picker")).toBeNull();
    fireEvent.change(screen.getByLabelText("模式"), { target: { value: "score" } });
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("band-picker");
    fireEvent.click(screen.getByTestId("clean-marks"));
    await screen.findByTestId("cleaned");
    expect(screen.queryByTestId("band-picker")).toBeNull();
  });

  test("a pick scores and writes even when the mode selected since is 目标审核", async () => {
    const excel = await paneOnWaitingRow();
    fireEvent.change(screen.getByLabelText("模式"), { target: { value: "check" } });
    fireEvent.click(screen.getByRole("button", { name: "未达成 0分" }));
    await waitFor(() => expect(screen.getByTestId("summary-total")).toHaveTextContent("10"));
    expect(excel.doc.sheets[0].peek(r, 6)?.value).toBe(0);
  });
});
