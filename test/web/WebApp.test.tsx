/** @jest-environment jsdom */
// The page in jsdom with workers that run the real worker tasks in-process: pick files, see totals and the
// preview, follow a finding, switch language, re-run in another mode.
import "./jsdomPolyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryPreferenceStore } from "../../src/ui/preferences";
import type { PageWorkers } from "../../src/web/WebApp";
import { WebApp } from "../../src/web/WebApp";
import { scoreFileBytes, zipFiles } from "../../src/web/workerTasks";
import { MARK_FILLS } from "../../src/core/plan";
import { readBack } from "../../src/xlsx";
import { workbookBytes } from "../helpers/fixtures";

/** A File whose arrayBuffer() works in jsdom; `path` sets webkitRelativePath (a file of a picked folder). */
function fixtureFile(name: string, path?: string, bytes: Uint8Array = workbookBytes(name)): File {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], path ? path.slice(path.lastIndexOf("/") + 1) : name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  if (path) Object.defineProperty(file, "webkitRelativePath", { value: path });
  return file;
}

/** The first 4 KB of a legacy .xls (the CFB signature), which the page refuses with its save-as message. */
const LEGACY = (() => {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
})();

const scored: string[] = [];
/** The reason a preview fails with, when set (the file gone or changed since it was scored). */
let previewFailure: string | null = null;
const workers: PageWorkers = {
  slots: 1,
  score: async (_slot, name, file, s) => {
    scored.push(`${name}:${s.mode}:${s.lang}${s.previews ? ":preview" : ""}`);
    if (s.previews && previewFailure) throw new Error(previewFailure);
    return scoreFileBytes(new Uint8Array(await file.arrayBuffer()), name, s);
  },
  zip: async (entries) => zipFiles(entries),
};

beforeAll(() => {
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    this.setAttribute("data-scrolled", "true");
  };
});

function renderPage() {
  const prefs = createMemoryPreferenceStore();
  render(
    <FluentProvider theme={webLightTheme}>
      <WebApp prefs={prefs} workers={workers} />
    </FluentProvider>,
  );
  return prefs;
}

async function pick(...names: string[]): Promise<void> {
  await pickFiles(
    "file-input",
    names.map((n) => fixtureFile(n)),
  );
}

async function pickFiles(input: string, files: File[]): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByTestId(input), { target: { files } });
  });
  await waitFor(() => expect(screen.getByTestId("batch-status").getAttribute("data-running")).toBe("false"), {
    timeout: 5000,
  });
  await waitFor(() => expect(screen.getByTestId("batch-status").hasAttribute("data-ms")).toBe(true), { timeout: 5000 });
}

/** Catches the page's downloads (saveBlob's object URL and link click): name and bytes of each. */
function catchDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => ((last = blob), "blob:selfeval/1"),
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    if (last) saved.push({ name: this.download, blob: last });
  });
  return saved;
}

/** A Blob's bytes (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe("WebApp", () => {
  beforeEach(() => {
    scored.length = 0;
    previewFailure = null;
  });

  it("says why when a file's preview cannot be made, the result beside it unchanged", async () => {
    previewFailure = "NotReadableError: the file changed";
    renderPage();
    await pick("project-gansu-2021.xlsx");
    const detail = screen.getByTestId("file-detail");
    expect(within(detail).getByTestId("summary-total")).toHaveTextContent("96.88");
    await waitFor(() =>
      expect(within(detail).getByTestId("preview-column")).toHaveTextContent(
        "无法显示预览：NotReadableError: the file changed",
      ),
    );
    expect(document.querySelector("[data-testid=preview]")).toBeNull();
  });

  it("lets the mode be chosen before any file, with the run button off until there is one", () => {
    renderPage();
    expect(screen.getByRole("combobox", { name: "模式" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "一键评分" })).toBeDisabled();
    expect(screen.getByText("还没有文件。")).toBeInTheDocument();
  });

  it("scores picked files, shows each total, and focuses a finding's cell in the preview", async () => {
    renderPage();
    await pick("project-gansu-2021.xlsx", "department-gansu-2021.xlsx");
    const rows = screen.getAllByTestId("file-row");
    expect(rows.map((r) => r.getAttribute("data-status"))).toEqual(["done", "done"]);
    expect(rows[1]).toHaveTextContent("90.56 优");
    const detail = screen.getByTestId("file-detail");
    expect(detail).toHaveAttribute("data-file", "project-gansu-2021.xlsx");
    expect(within(detail).getByTestId("summary-total")).toHaveTextContent("96.88");
    expect(screen.getByText("已完成 2/2", { exact: false })).toBeInTheDocument();
    expect(
      within(detail)
        .getAllByTestId("next-step")
        .map((li) => li.textContent),
    ).toEqual(["在H17填写偏差原因"]);
    const h17 = await waitFor(() => {
      const cell = document.querySelector('[data-testid=preview] td[data-address="H17"]');
      expect(cell).not.toBeNull();
      return cell as HTMLElement;
    });
    expect(h17).toHaveAttribute("data-severity", "warning");
    fireEvent.click(within(screen.getByTestId("next-steps")).getByRole("button", { name: "H17" }));
    await waitFor(() => expect(h17).toHaveAttribute("data-focused", "true"));
    expect(h17).toHaveAttribute("data-scrolled", "true");
    fireEvent.click(rows[1]);
    await waitFor(() =>
      expect(screen.getByTestId("file-detail")).toHaveAttribute("data-file", "department-gansu-2021.xlsx"),
    );
    expect(within(screen.getByTestId("file-detail")).getByTestId("summary-total")).toHaveTextContent("90.56");
    // previews are made for the files opened, once each: going back to the first shows the one kept
    await waitFor(() => expect(document.querySelector('[data-testid=preview] td[data-address="A4"]')).not.toBeNull());
    fireEvent.click(rows[0]);
    await waitFor(() => expect(document.querySelector('[data-testid=preview] td[data-address="H17"]')).not.toBeNull());
    expect(scored.filter((c) => c.endsWith(":preview"))).toEqual([
      "project-gansu-2021.xlsx:score:zh:preview",
      "department-gansu-2021.xlsx:score:zh:preview",
    ]);
  });

  it("switches to English, remembers it, and re-runs every file in target review", async () => {
    const prefs = renderPage();
    await pick("targets-hengshui-2021.xlsx");
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("SelfEval Scorer");
    expect(prefs.get("language")).toBe("en");
    fireEvent.change(screen.getByRole("combobox", { name: "Mode" }), { target: { value: "check" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Score now" }));
    });
    // each run, then the preview of the file shown (made when it is opened, for that run's result)
    await waitFor(() =>
      expect(scored).toEqual([
        "targets-hengshui-2021.xlsx:score:zh",
        "targets-hengshui-2021.xlsx:score:zh:preview",
        "targets-hengshui-2021.xlsx:check:en",
        "targets-hengshui-2021.xlsx:check:en:preview",
      ]),
    );
    await waitFor(() => expect(screen.getByTestId("download-workbook")).toBeDisabled());
    expect(screen.getByText("Nothing was written", { exact: false })).toBeInTheDocument();
    expect(prefs.get("lastMode")).toBe("check");
  });

  it("a picked folder: two units' 自评表.xlsx stay apart, other files are skipped, a failed file looks failed", async () => {
    renderPage();
    await pickFiles("folder-input", [
      fixtureFile("project-gansu-2021.xlsx", "报送/单位A/自评表.xlsx"),
      fixtureFile("project-gansu-2021-submitted.xlsx", "报送/单位B/自评表.xlsx"),
      fixtureFile("x", "报送/单位B/说明.docx", new Uint8Array(10)),
      fixtureFile("x", "报送/单位A/~$自评表.xlsx", new Uint8Array(165)),
      fixtureFile("x", "报送/单位C/旧版.xls", LEGACY),
    ]);
    expect(screen.getByTestId("folder-note")).toHaveTextContent("已加入 3 个表格文件，跳过 2 个其他文件。");
    const rows = screen.getAllByTestId("file-row");
    expect(rows.map((r) => [r.getAttribute("data-file"), r.getAttribute("data-attention")])).toEqual([
      ["报送/单位A/自评表.xlsx", "warnings"],
      ["报送/单位B/自评表.xlsx", "clean"],
      ["报送/单位C/旧版.xls", "failed"],
    ]);
    expect(rows[0]).toHaveTextContent("有警告 · 1 个问题");
    expect(rows[1]).toHaveTextContent("无问题");
    expect(rows[2]).toHaveTextContent("未能处理");
    expect(screen.getByTestId("batch-status")).toHaveTextContent("已处理 3 个文件，其中 1 个未能处理");
    expect(screen.queryByText(/已完成 3\/3/)).not.toBeInTheDocument();
    fireEvent.click(rows[2]);
    const detail = await waitFor(() => {
      expect(screen.getByTestId("file-detail")).toHaveAttribute("data-file", "报送/单位C/旧版.xls");
      return screen.getByTestId("file-detail");
    });
    expect(within(detail).getByTestId("file-failed")).toHaveTextContent(/未能评分.*另存为/);
    expect(within(detail).queryByText("没有需要处理的问题。")).not.toBeInTheDocument();
    expect(within(detail).queryByText(/错误 0/)).not.toBeInTheDocument();
    expect(within(detail).queryByTestId("download-workbook")).not.toBeInTheDocument();
  });

  it("sorts by problems, total or grade and shows only the files needing attention", async () => {
    renderPage();
    await pick(
      "project-gansu-2021-submitted.xlsx",
      "department-gansu-2021.xlsx",
      "project-gansu-2021.xlsx",
      "no-weights-xiqu-2021.xlsx",
    );
    const order = () => screen.getAllByTestId("file-row").map((r) => r.getAttribute("data-file"));
    fireEvent.change(screen.getByTestId("file-sort"), { target: { value: "problems" } });
    expect(order()).toEqual([
      "department-gansu-2021.xlsx",
      "project-gansu-2021.xlsx",
      "no-weights-xiqu-2021.xlsx",
      "project-gansu-2021-submitted.xlsx",
    ]);
    fireEvent.change(screen.getByTestId("file-sort"), { target: { value: "total" } });
    expect(order()).toEqual([
      "no-weights-xiqu-2021.xlsx",
      "department-gansu-2021.xlsx",
      "project-gansu-2021-submitted.xlsx",
      "project-gansu-2021.xlsx",
    ]);
    fireEvent.click(screen.getByRole("checkbox", { name: "只看需要处理的（3）" }));
    expect(order()).toEqual(["no-weights-xiqu-2021.xlsx", "department-gansu-2021.xlsx", "project-gansu-2021.xlsx"]);
    fireEvent.change(screen.getByTestId("file-sort"), { target: { value: "added" } });
    expect(order()).toEqual(["department-gansu-2021.xlsx", "project-gansu-2021.xlsx", "no-weights-xiqu-2021.xlsx"]);
  });

  it("下载无标记副本 saves the same file scored with marks none: scores kept, no note or fill of ours", async () => {
    renderPage();
    await pick("project-gansu-2021.xlsx");
    const saved = catchDownloads();
    await act(async () => {
      fireEvent.click(screen.getByTestId("download-clean"));
    });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe("project-gansu-2021.clean.xlsx");
    const cells = readBack(await bytesOf(saved[0].blob)).get("绩效自评表")!;
    expect(cells.get("G41")?.value).toBe(96.88);
    expect(cells.get("G17")?.value).toBe(2.2);
    const ours = [...cells].filter(
      ([, c]) => (c.note ?? "").includes("【绩效评分】") || Object.values(MARK_FILLS).includes(c.fill ?? ""),
    );
    expect(ours).toEqual([]);
    expect(scored.at(-1)).toBe("project-gansu-2021.xlsx:score:zh");
    jest.restoreAllMocks();
  });

  it("在工作簿中也标出蓝色提示 on the page: the next run marks the hints too", async () => {
    const prefs = renderPage();
    fireEvent.click(screen.getByRole("checkbox", { name: "在工作簿中也标出蓝色提示" }));
    expect(prefs.get("infoMarks")).toBe("true");
    await pick("project-gansu-2021.xlsx");
    const e40 = await waitFor(
      () => document.querySelector('[data-testid=preview] td[data-address="E40"]') as HTMLElement,
    );
    expect(e40).toHaveAttribute("data-severity", "info");
    const saved = catchDownloads();
    fireEvent.click(screen.getByTestId("download-workbook"));
    const cells = readBack(await bytesOf(saved[0].blob)).get("绩效自评表")!;
    expect(cells.get("E40")?.fill).toBe(MARK_FILLS.info);
    jest.restoreAllMocks();
  });

  it("dropping a folder scores its spreadsheets under their paths (webkitGetAsEntry)", async () => {
    renderPage();
    const file = (fullPath: string, fixture: string) => ({
      name: fullPath.split("/").pop() as string,
      fullPath,
      isFile: true,
      isDirectory: false,
      file: (ok: (f: File) => void) => ok(fixtureFile(fixture)),
    });
    const folder = (fullPath: string, children: unknown[]) => {
      let read = false;
      return {
        name: fullPath.split("/").pop(),
        fullPath,
        isFile: false,
        isDirectory: true,
        createReader: () => ({
          readEntries: (ok: (e: unknown[]) => void) => ok(read ? [] : ((read = true), children)),
        }),
      };
    };
    const tree = folder("/报送", [
      folder("/报送/单位B", [file("/报送/单位B/自评表.xlsx", "department-gansu-2021.xlsx")]),
      folder("/报送/单位A", [file("/报送/单位A/自评表.xlsx", "project-gansu-2021.xlsx")]),
    ]);
    await act(async () => {
      fireEvent.drop(screen.getByTestId("drop-zone"), {
        dataTransfer: { items: [{ kind: "file", webkitGetAsEntry: () => tree, getAsFile: () => null }], files: [] },
      });
    });
    await waitFor(() => expect(screen.getAllByTestId("file-row")).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId("batch-status").hasAttribute("data-ms")).toBe(true), {
      timeout: 5000,
    });
    expect(screen.getAllByTestId("file-row").map((r) => `${r.getAttribute("data-file")} ${r.textContent}`)).toEqual([
      expect.stringMatching(/^报送\/单位A\/自评表\.xlsx .*96\.88 优/),
      expect.stringMatching(/^报送\/单位B\/自评表\.xlsx .*90\.56 优/),
    ]);
  });
});
