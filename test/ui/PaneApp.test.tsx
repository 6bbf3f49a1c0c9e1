/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { BUILT_IN_PROFILES, builtInProfile } from "../../src/core/profile";
import { PaneApp } from "../../src/taskpane/PaneApp";
import { createMemoryPreferenceStore, PREF_KEYS } from "../../src/ui/preferences";
import { FakeHost, fileReport, projectTable, scoredOutcome } from "./fakes";
import { renderUi } from "./render";
import type { PreferenceStore } from "../../src/host/types";
import type { WorkbookHost } from "../../src/host/types";
import { failOnConsoleErrors } from "./consoleGuard";

failOnConsoleErrors();

/** Reads a Blob as text (jsdom's Blob has no text()). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function renderPane(
  host: WorkbookHost | null,
  prefs: PreferenceStore = createMemoryPreferenceStore(),
  hostNote?: string,
) {
  return renderUi(<PaneApp host={host} prefs={prefs} hostNote={hostNote} />);
}

/** Renders the pane, waits for the document profile to load, clicks 一键评分 and waits for the total. */
async function runOnce(host: FakeHost, prefs?: PreferenceStore, runLabel = "一键评分") {
  const view = renderPane(host, prefs);
  await waitFor(() => expect(host.loadDocumentProfile).toHaveBeenCalled());
  fireEvent.click(screen.getByRole("button", { name: runLabel }));
  await screen.findByTestId("summary-total");
  return view;
}

describe("PaneApp inside Excel", () => {
  test("一键评分 runs the selected mode and profile and shows 96.88 and 优", async () => {
    const host = new FakeHost();
    const prefs = createMemoryPreferenceStore();
    renderPane(host, prefs);
    fireEvent.change(screen.getByLabelText("模式"), { target: { value: "audit" } });
    fireEvent.change(screen.getByLabelText("评分方案"), { target: { value: "sichuan" } });
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    expect(await screen.findByTestId("summary-total")).toHaveTextContent("96.88");
    expect(screen.getByTestId("summary-grade")).toHaveTextContent("优");
    expect(host.run).toHaveBeenCalledTimes(1);
    expect(host.run).toHaveBeenCalledWith({
      mode: "audit",
      profile: builtInProfile("sichuan"),
      lang: "zh",
      marks: "problems",
    });
    expect(screen.getByText(/预算执行率 76\.80% · 执行率得分 7\.68/)).toBeInTheDocument();
    expect(screen.getByText("已写入 62 个单元格。 说明写在单元格批注里。")).toBeInTheDocument();
    expect(prefs.get(PREF_KEYS.mode)).toBe("audit");
    expect(prefs.get(PREF_KEYS.profileId)).toBe("sichuan");
  });

  test("the host's notices (old marks taken off, batches, undo in memory) are shown under the written count", async () => {
    const host = new FakeHost();
    host.outcome = {
      ...scoredOutcome(),
      notices: ["此工作簿曾评过分：已去掉上次在1个单元格留下的颜色和批注（这些单元格本次没有问题）。"],
    };
    await runOnce(host);
    expect(
      screen.getByText("此工作簿曾评过分：已去掉上次在1个单元格留下的颜色和批注（这些单元格本次没有问题）。"),
    ).toBeInTheDocument();
  });

  test("the last mode and profile come back from the preference store", async () => {
    const host = new FakeHost();
    const prefs = createMemoryPreferenceStore({
      [PREF_KEYS.mode]: "check",
      [PREF_KEYS.profileId]: "qualitative-80-50",
    });
    renderPane(host, prefs);
    expect(screen.getByLabelText("模式")).toHaveValue("check");
    expect(screen.getByLabelText("评分方案")).toHaveValue("qualitative-80-50");
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    expect(host.run.mock.calls[0][0].mode).toBe("check");
    expect(host.run.mock.calls[0][0].profile.funding.weight).toBe(20);
  });

  test("after a target review the draft button is off and says why; a score run turns it on", async () => {
    const host = new FakeHost();
    host.outcome = scoredOutcome(fileReport([{ ...projectTable(), mode: "check-only", total: null, grade: null }]));
    renderPane(host, createMemoryPreferenceStore({ [PREF_KEYS.mode]: "check" }));
    await waitFor(() => expect(host.loadDocumentProfile).toHaveBeenCalled());
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    expect(await screen.findByTestId("draft-after-scoring")).toHaveTextContent(
      "目标审核不计分，不生成自评报告；选“评分”或“核对已填得分”后运行即可生成",
    );
    expect(screen.getByText("只检查，不计分")).toBeInTheDocument();
    expect(screen.getByTestId("download-draft")).toBeDisabled();
    host.outcome = scoredOutcome();
    fireEvent.change(screen.getByLabelText("模式"), { target: { value: "score" } });
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await waitFor(() => expect(screen.getByTestId("download-draft")).toBeEnabled());
    expect(screen.getByTestId("download-draft")).toHaveTextContent("生成自评报告（Word）");
    expect(screen.queryByTestId("draft-after-scoring")).toBeNull();
  });

  test("a refused run is an error bar saying nothing was written", async () => {
    const host = new FakeHost();
    host.outcome = {
      ...scoredOutcome(fileReport([projectTable()])),
      written: 0,
      refused: { code: "SHEET_PROTECTED", message: "工作表“自评表”受保护，未写入任何单元格" },
    };
    await runOnce(host);
    const bar = screen.getByRole("group", { name: "未写入任何内容" });
    expect(bar).toHaveTextContent("工作表“自评表”受保护，未写入任何单元格");
    expect(screen.queryByText(/已写入/)).not.toBeInTheDocument();
  });

  test("a run that throws shows 评分失败 with the host's message and no result", async () => {
    const host = new FakeHost();
    host.run.mockRejectedValueOnce(new Error("单元格处于编辑状态"));
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    expect(await screen.findByText("评分失败")).toBeInTheDocument();
    expect(screen.getByText("单元格处于编辑状态")).toBeInTheDocument();
    expect(screen.queryByTestId("summary-total")).not.toBeInTheDocument();
  });

  test("clicking a finding selects its cell on the table's sheet; Enter does too", async () => {
    const host = new FakeHost();
    await runOnce(host);
    const findings = within(screen.getByRole("region", { name: "问题清单" }));
    fireEvent.click(findings.getByRole("button", { name: /H17/ }));
    expect(host.selectCell).toHaveBeenLastCalledWith("自评表", "H17");
    fireEvent.click(screen.getByRole("button", { name: "显示3条提示" }));
    fireEvent.keyDown(findings.getByRole("button", { name: /H14/ }), { key: "Enter" });
    expect(host.selectCell).toHaveBeenLastCalledWith("自评表", "H14");
    expect(host.selectCell).toHaveBeenCalledTimes(2);
  });

  test("the result reads summary → next steps → findings; a step's cell selects it in Excel", async () => {
    const host = new FakeHost();
    await runOnce(host);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["评分结果", "下一步", "问题清单"]);
    const steps = within(screen.getByRole("region", { name: "下一步" }));
    expect(steps.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["在H17填写偏差原因"]);
    expect(steps.getByText("填好后重新评分")).toBeInTheDocument();
    fireEvent.click(steps.getByRole("button", { name: "H17" }));
    expect(host.selectCell).toHaveBeenLastCalledWith("自评表", "H17");
    expect(screen.getByTestId("summary-project")).toHaveTextContent(
      "项目：业务费项目—机构改革及机构编制实名制升级改造项目",
    );
    expect(screen.getByTestId("summary-unit")).toHaveTextContent("单位：省委编办 · 2021年度");
  });

  test("hints are hidden until 显示3条提示, then hidden again", async () => {
    const host = new FakeHost();
    await runOnce(host);
    const findings = within(screen.getByRole("region", { name: "问题清单" }));
    expect(findings.getAllByRole("listitem").map((li) => li.getAttribute("data-severity"))).toEqual(["warning"]);
    fireEvent.click(screen.getByRole("button", { name: "显示3条提示" }));
    expect(findings.getAllByRole("listitem").map((li) => li.getAttribute("data-severity"))).toEqual([
      "warning",
      "info",
      "info",
      "info",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "隐藏提示" }));
    expect(findings.getAllByRole("listitem")).toHaveLength(1);
  });

  test("before the first run the pane says what a run writes and where, in the chosen mode; no banner repeats its name", async () => {
    const host = new FakeHost();
    renderPane(host);
    expect(screen.getByTestId("run-intro")).toHaveTextContent(/“得分”列写入各项得分，在合计行写入总分和等级.*可以撤销/);
    fireEvent.change(screen.getByLabelText("模式"), { target: { value: "check" } });
    expect(screen.getByTestId("run-intro")).toHaveTextContent("目标审核：只检查年度指标值的设置，不写入工作簿");
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.queryByText("项目支出 / 部门整体支出绩效自评表")).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("模式"), { target: { value: "score" } });
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    expect(screen.queryByTestId("run-intro")).not.toBeInTheDocument();
  });

  test("在工作簿中也标出蓝色提示: off by default, asks for every mark when ticked, remembered", async () => {
    const host = new FakeHost();
    const prefs = createMemoryPreferenceStore();
    const first = renderPane(host, prefs);
    const box = screen.getByRole("checkbox", { name: "在工作簿中也标出蓝色提示" });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    expect(screen.getByTestId("run-intro")).toHaveTextContent("蓝色提示也会标在工作簿中。");
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    expect(host.run.mock.calls[0][0].marks).toBe("all");
    expect(prefs.get(PREF_KEYS.infoMarks)).toBe("true");
    first.unmount();
    renderPane(new FakeHost(), prefs);
    expect(screen.getByRole("checkbox", { name: "在工作簿中也标出蓝色提示" })).toBeChecked();
  });

  test("清除标记（保留得分） runs with marks none in the chosen mode, says what stayed, and can be undone", async () => {
    const host = new FakeHost();
    renderPane(host);
    await waitFor(() => expect(host.canUndo).toHaveBeenCalled());
    fireEvent.click(screen.getByRole("button", { name: "清除标记（保留得分）" }));
    expect(await screen.findByTestId("cleaned")).toHaveTextContent("得分、总分和等级保留");
    expect(host.run).toHaveBeenLastCalledWith({
      mode: "score",
      profile: builtInProfile("central-2020"),
      lang: "zh",
      marks: "none",
    });
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销评分" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await waitFor(() => expect(screen.queryByTestId("cleaned")).not.toBeInTheDocument());
    expect(host.run.mock.calls[1][0].marks).toBe("problems");
    fireEvent.change(screen.getByLabelText("模式"), { target: { value: "check" } });
    expect(screen.getByRole("button", { name: "清除标记（保留得分）" })).toBeDisabled();
  });

  test("a workbook without a table shows 未能评分 with the reason, not 'nothing to fix'", async () => {
    const host = new FakeHost();
    host.outcome = {
      ...scoredOutcome({
        file: "空表.xlsx",
        output: null,
        tables: [],
        errors: [{ code: "NO_TABLE_FOUND", message: "未找到绩效指标表" }],
      }),
      written: 0,
    };
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    const failed = await screen.findByTestId("file-failed");
    expect(failed).toHaveTextContent("未能评分");
    expect(failed).toHaveTextContent("未找到绩效指标表");
    expect(screen.queryByText("没有需要处理的问题。")).not.toBeInTheDocument();
    expect(screen.queryByText(/错误 0/)).not.toBeInTheDocument();
  });

  test("the language switch shows English labels and persists in the store", async () => {
    const host = new FakeHost();
    const prefs = createMemoryPreferenceStore();
    const first = renderPane(host, prefs);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "Score now" })).toBeInTheDocument();
    expect(screen.getByLabelText("Mode")).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Central (MoF 2020 No. 10)" })).toBeInTheDocument();
    expect(prefs.get(PREF_KEYS.language)).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    first.unmount();
    renderPane(new FakeHost(), prefs);
    expect(screen.getByRole("button", { name: "Score now" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(screen.getByRole("button", { name: "一键评分" })).toBeInTheDocument();
    expect(prefs.get(PREF_KEYS.language)).toBe("zh");
  });

  test("English findings carry the catalogue title in English", async () => {
    const host = new FakeHost();
    await runOnce(host, createMemoryPreferenceStore({ [PREF_KEYS.language]: "en" }), "Score now");
    expect(screen.getByRole("button", { name: /H17 Not met, no reason given/ })).toBeInTheDocument();
    expect(screen.getByTestId("summary-grade")).toHaveTextContent("优 Excellent");
  });

  test("撤销评分 is disabled until a run, then shows the host's message", async () => {
    const host = new FakeHost();
    renderPane(host);
    const undo = screen.getByRole("button", { name: "撤销评分" });
    await waitFor(() => expect(host.canUndo).toHaveBeenCalled());
    expect(undo).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销评分" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "撤销评分" }));
    expect(await screen.findByText("已恢复 62 个单元格的原值")).toBeInTheDocument();
    expect(host.undoLast).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销评分" })).toBeDisabled());
    expect(screen.queryByTestId("summary-total")).not.toBeInTheDocument();
  });

  test("the document's profile is offered, selected and used", async () => {
    const host = new FakeHost();
    host.documentProfile = {
      ...BUILT_IN_PROFILES[0],
      id: "gansu-2021",
      name: "甘肃 2021",
      nameEn: "Gansu 2021",
      fullMark: 100,
    };
    renderPane(host);
    await waitFor(() => expect(screen.getByLabelText("评分方案")).toHaveValue("gansu-2021"));
    expect(screen.getByRole("option", { name: "甘肃 2021（本工作簿）" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    expect(host.run.mock.calls[0][0].profile.id).toBe("gansu-2021");
  });

  test("the profile editor refuses a negative threshold, then saves a valid profile into the document", async () => {
    const host = new FakeHost();
    renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "编辑评分方案" }));
    const threshold = await screen.findByLabelText("超额阈值（0.2 即超出 20%）");
    fireEvent.change(threshold, { target: { value: "-0.5" } });
    fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
    expect(await screen.findByText("不能小于 0")).toBeInTheDocument();
    expect(screen.getByText("有 1 处需要修改，未保存。")).toBeInTheDocument();
    expect(host.saveDocumentProfile).not.toHaveBeenCalled();
    fireEvent.change(threshold, { target: { value: "0.3" } });
    fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
    expect(await screen.findByText("评分方案已保存到本工作簿。")).toBeInTheDocument();
    expect(host.saveDocumentProfile).toHaveBeenCalledTimes(1);
    const saved = host.saveDocumentProfile.mock.calls[0][0];
    expect(saved.id).toBe("central-2020-custom");
    expect(saved.overAchievement.threshold).toBe(0.3);
    expect(screen.getByLabelText("评分方案")).toHaveValue("central-2020-custom");
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    expect(host.run.mock.calls[0][0].profile.overAchievement.threshold).toBe(0.3);
  });

  test("导出JSON报告 downloads the report of the last run", async () => {
    const host = new FakeHost();
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:selfeval/1";
    });
    const revoke = jest.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    renderPane(host);
    expect(screen.getByRole("button", { name: "导出JSON报告" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await screen.findByTestId("summary-total");
    fireEvent.click(screen.getByRole("button", { name: "导出JSON报告" }));
    expect(clicked).toEqual(["project-gansu-2021.report.json"]);
    const report = JSON.parse(await readBlob(blobs[0]));
    expect(report.reportVersion).toBe(8);
    expect(report.profile).toBe("central-2020");
    expect(report.files[0].tables[0].total).toBe(96.88);
    expect(report.files[0].tables[0].funding.rate).toBe(0.768);
    await waitFor(() => expect(revoke).toHaveBeenCalledWith("blob:selfeval/1"));
    click.mockRestore();
  });

  test("a full session logs no console errors", async () => {
    const host = new FakeHost();
    await runOnce(host);
    fireEvent.click(screen.getByRole("button", { name: "H17" }));
    fireEvent.click(screen.getByRole("button", { name: "显示3条提示" }));
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    fireEvent.click(screen.getByRole("button", { name: "Edit profile" }));
    await screen.findByRole("button", { name: "Save to workbook" });
    await act(async () => {
      await Promise.resolve();
    });
    // failOnConsoleErrors() fails this test on any console error logged during the session
    expect(screen.getByRole("button", { name: "Save to workbook" })).toBeInTheDocument();
  });
});

describe("PaneApp outside Excel", () => {
  test("host null shows 未在Excel中运行 with the browser-page hint and no run button", () => {
    renderPane(null, createMemoryPreferenceStore(), "未加载 Office.js / Office.js is not loaded");
    expect(screen.getByText("未在Excel中运行")).toBeInTheDocument();
    expect(screen.getByText(/请使用浏览器页面 index\.html/)).toBeInTheDocument();
    expect(screen.getByText("未加载 Office.js / Office.js is not loaded")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "一键评分" })).not.toBeInTheDocument();
  });

  test("the notice switches to English", () => {
    renderPane(null);
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    const heading = screen.getByText("Not running inside Excel");
    expect(
      within(heading.parentElement as HTMLElement).getByText(/use the browser page index\.html/),
    ).toBeInTheDocument();
  });
});
