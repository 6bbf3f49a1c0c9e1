// 一键评分 on the strict fake: separate runtimes (each with its own settings copy) or one shared runtime; the result
// reaches the user (pane or dialog); the pane sees and undoes a ribbon run; a profile saved afterwards keeps its undo.
import { builtInProfile } from "../../src/core";
import { onRibbonResult, scoreFromRibbon, summarizeOutcome, UNDO_SETTING, type RibbonResult } from "../../src/excel";
import { choosePresenter, type PresenterOffice } from "../../src/commands/presenters";
import { dialogUrl } from "../../src/commands/resultDialog";
import { FakeExcel, type FakeRuntime } from "../fakes/fakeExcel";
import { snapshotDiff, snapshotDocument } from "../fakes/snapshot";
import { oneRowSeed, seedGrid } from "../helpers/seedGrid";
import { fixtureGrid, hostOn } from "./harness";

const WIN10_IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

/** Waits until Office.onReady of a runtime has fired. */
async function ready(runtime: FakeRuntime): Promise<PresenterOffice> {
  const office = runtime.office.global();
  await (office.onReady as () => Promise<unknown>)();
  return office as unknown as PresenterOffice;
}

/** Runs 一键评分 in `runtime`: the presenter the command would choose, the user closing a dialog when one opens. */
async function ribbonRun(excel: FakeExcel, runtime: FakeRuntime, userAgent = WEBVIEW2): Promise<RibbonResult> {
  const office = await ready(runtime);
  const presenter = choosePresenter(office, userAgent, excel.hostPageUrl);
  const completed = jest.fn();
  const closer = setInterval(() => runtime.office.openDialog?.listening && runtime.office.openDialog.userCloses(), 5);
  try {
    const result = await scoreFromRibbon({ completed }, { host: hostOn(excel, {}, runtime), presenter });
    expect(completed).toHaveBeenCalledTimes(1);
    return result;
  } finally {
    clearInterval(closer);
  }
}

describe("一键评分 in its own runtime (no shared runtime: Excel 2016/2019 retail before build 2002)", () => {
  it("shows the summary in a dialog, and the pane (opened earlier, its own settings copy) sees and undoes the run", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"));
    const before = snapshotDocument(excel.doc);
    const pane = hostOn(excel);
    expect(await pane.canUndo()).toBe(false);
    const ribbon = excel.openRuntime("ribbon");
    const result = await ribbonRun(excel, ribbon);
    expect(result.kind).toBe("done");
    expect(result.title).toBe("一键评分完成");
    expect(result.lines[0]).toBe("绩效自评表：总分96.88，等级优");
    const dialog = ribbon.office.dialogs[0];
    expect(dialog.url.startsWith("https://localhost:3000/dialog.html?r=")).toBe(true);
    expect(JSON.parse(unescape(dialog.url.split("?r=")[1])).t).toBe("一键评分完成");
    expect(ribbon.office.paneShown).toBe(0);
    // The pane's copy was loaded before the ribbon saved: only a refresh makes the run visible.
    expect(await pane.canUndo()).toBe(true);
    expect((await pane.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("keeps the ribbon's undo record when the pane saves a profile afterwards", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"));
    const pane = hostOn(excel);
    await pane.loadDocumentProfile();
    await ribbonRun(excel, excel.openRuntime("ribbon"));
    await pane.saveDocumentProfile(builtInProfile("sichuan")!);
    expect(excel.persisted.data[UNDO_SETTING]).toBeDefined();
    const reopened = hostOn(excel.reopen());
    expect(await reopened.loadDocumentProfile()).toMatchObject({ id: "sichuan" });
    expect(await reopened.canUndo()).toBe(true);
  });

  it("shows a refusal in the dialog too, in the pane's language", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"));
    excel.doc.sheets[0].protected = true;
    const ribbon = excel.openRuntime("ribbon");
    const office = await ready(ribbon);
    const closer = setInterval(() => ribbon.office.openDialog?.listening && ribbon.office.openDialog.userCloses(), 5);
    const result = await scoreFromRibbon(
      { completed: () => undefined },
      {
        host: hostOn(excel, {}, ribbon),
        presenter: choosePresenter(office, WIN10_IE11, excel.hostPageUrl),
        lang: "en",
      },
    );
    clearInterval(closer);
    expect(result.kind).toBe("refused");
    expect(result.title).toBe("Scoring: nothing was written");
    expect(result.lines[0]).toMatch(/^Sheet "绩效自评表" is protected; nothing was written/);
    expect(JSON.parse(unescape(ribbon.office.dialogs[0].url.split("?r=")[1])).l[0]).toBe(result.lines[0]);
  });
});

describe("一键评分 in the shared runtime (SharedRuntime 1.1)", () => {
  it("opens the pane on its result; the pane's host in the same runtime undoes it", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { sharedRuntime: true });
    const before = snapshotDocument(excel.doc);
    const seen: RibbonResult[] = [];
    const stop = onRibbonResult((r) => seen.push(r));
    try {
      const result = await ribbonRun(excel, excel.pane);
      expect(excel.pane.office.paneShown).toBe(1);
      expect(excel.pane.office.dialogs).toHaveLength(0);
      expect(seen).toEqual([result]);
      expect(summarizeOutcome(result.outcome!)).toMatch(
        /^绩效评分：1个表，写入\d+个单元格，绩效自评表 总分96\.88（优）$/,
      );
    } finally {
      stop();
    }
    const pane = hostOn(excel);
    expect((await pane.undoLast()).ok).toBe(true);
    expect(snapshotDiff(before, snapshotDocument(excel.doc))).toEqual([]);
  });

  it("uses the dialog in Internet Explorer even with a shared runtime (the pane cannot run there)", async () => {
    const excel = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { sharedRuntime: true });
    await ribbonRun(excel, excel.pane, WIN10_IE11);
    expect(excel.pane.office.paneShown).toBe(0);
    expect(excel.pane.office.dialogs).toHaveLength(1);
  });
});

describe("the ribbon command's edges", () => {
  it("completes the event and says why when the run fails", async () => {
    const completed = jest.fn();
    const failing = { loadDocumentProfile: async () => null, run: async () => Promise.reject(new Error("boom")) };
    const shown: RibbonResult[] = [];
    const result = await scoreFromRibbon(
      { completed },
      { host: failing as never, presenter: { show: async (r) => void shown.push(r) } },
    );
    expect(result).toMatchObject({ kind: "failed", title: "一键评分失败", lines: ["boom"] });
    expect(shown).toEqual([result]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("fits a long result into a dialog URL Internet Explorer accepts (2,083 characters)", () => {
    const lines = Array.from({ length: 40 }, (_, i) => `第${i + 1}行：单元格需要复核，请核对年度指标值与实际完成值`);
    const url = dialogUrl("https://host/app/taskpane.html?x=1", {
      kind: "done",
      lang: "zh",
      title: "一键评分完成",
      lines,
      outcome: null,
      profileId: "p",
    });
    expect(url.startsWith("https://host/app/dialog.html?r=")).toBe(true);
    expect(url.length).toBeLessThanOrEqual(2000);
    const shown = JSON.parse(unescape(url.split("?r=")[1])).l as string[];
    expect(shown.length).toBeGreaterThan(3);
    expect(shown[shown.length - 1]).toBe("……（其余内容请打开评分面板查看）");
    const en = dialogUrl("https://host/app/taskpane.html", {
      kind: "done",
      lang: "en",
      title: "Done",
      lines,
      outcome: null,
      profileId: "p",
    });
    const shownEn = JSON.parse(unescape(en.split("?r=")[1])).l as string[];
    expect(shownEn[shownEn.length - 1]).toBe("... (open the Scoring pane for the rest)");
  });
});

describe("the ribbon's result when rows wait for a person's band", () => {
  it("says how many, and where to choose them (or to type the scores)", async () => {
    const seed = oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target: "有效提升", actual: "得到提升" });
    const excel = FakeExcel.fromGrid(seedGrid(seed), { api: "1.18" });
    const result = await ribbonRun(excel, excel.openRuntime("ribbon"));
    expect(result.lines).toContain(
      "有1项指标无法自动判断档次：请在“评分面板”的“待人工评定档次”中选择，或把相应得分填入该行得分栏后重新评分。",
    );
    const scored = FakeExcel.fromGrid(fixtureGrid("project-gansu-2021.xlsx"), { api: "1.18" });
    const plain = await ribbonRun(scored, scored.openRuntime("ribbon"));
    expect(plain.lines.some((l) => l.includes("待人工评定档次"))).toBe(false);
  });
});

describe("the ribbon's result for a total above the full mark", () => {
  it("gives the total and says no grade is given (it said 等级优 of 105 points)", async () => {
    const seed = oneRowSeed({ level2: "数量指标", level3: "培训人次", target: "≥100人次", actual: "120人次" });
    seed.rows[0].weight = 95;
    const excel = FakeExcel.fromGrid(seedGrid(seed), { api: "1.18" });
    const result = await ribbonRun(excel, excel.openRuntime("ribbon"));
    expect(result.lines[0]).toBe("自评表：总分105.00，超过满分，暂不评定等级");
  });
});
