/** @jest-environment jsdom */
// The page's band buttons (spec §3), with the real worker tasks in-process: a file whose row no band knows shows the
// three bands; a pick scores the file again from its original bytes with every band picked on it, so the workbook to
// download holds the band's score and the total; a later batch run keeps the picks; another band can be chosen.
import "./jsdomPolyfills";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryPreferenceStore } from "../../src/ui/preferences";
import type { PageWorkers } from "../../src/web/WebApp";
import { WebApp } from "../../src/web/WebApp";
import { scoreFileBytes, zipFiles } from "../../src/web/workerTasks";
import { readBack } from "../../src/xlsx";
import { oneRowSeed, SEED_LAYOUT, seedGrid } from "../helpers/seedGrid";
import { excelJsXlsx } from "../xlsx/builders";

const runs: string[] = [];
let lastOutput: Uint8Array | null = null;
const workers: PageWorkers = {
  slots: 1,
  score: async (_slot, name, file, s) => {
    runs.push(`${s.mode}:${(s.picks ?? []).map((p) => `${p.row}=${p.band}`).join(",")}${s.previews ? ":preview" : ""}`);
    const result = scoreFileBytes(new Uint8Array(await file.arrayBuffer()), name, s);
    if (!s.previews) lastOutput = result.output;
    return result;
  },
  zip: async (entries) => zipFiles(entries),
};

/** The one-row table (90 points, funding 10 of 10) whose completed value no band knows, as an .xlsx File. */
async function waitingFile(): Promise<File> {
  const seed = oneRowSeed({ level2: "社会效益指标", level3: "培训效果", target: "有效提升", actual: "得到提升" });
  const bytes = await excelJsXlsx(seedGrid(seed).sheets[0]);
  const file = new File([bytes as Uint8Array<ArrayBuffer>], "培训项目.xlsx");
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

async function addFile(): Promise<void> {
  const file = await waitingFile();
  await act(async () => {
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
  });
  await waitFor(() => expect(screen.getByTestId("batch-status").hasAttribute("data-ms")).toBe(true), { timeout: 5000 });
}

const total = () => within(screen.getByTestId("file-detail")).getByTestId("summary-total");
/** The value of the row's 得分 cell in the workbook the last run made (what the page downloads). */
const scoreCell = () =>
  lastOutput
    ? readBack(lastOutput)
        .get("自评表")
        ?.get(`G${SEED_LAYOUT.firstRow + 1}`)?.value
    : null;

describe("the page's band buttons", () => {
  beforeEach(() => {
    runs.length = 0;
    Element.prototype.scrollIntoView = () => undefined;
  });

  it("a pick scores the file again with it; the next pick of the row replaces it; a batch run keeps it", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <WebApp prefs={createMemoryPreferenceStore()} workers={workers} />
      </FluentProvider>,
    );
    await addFile();
    expect(total()).toHaveTextContent("暂不计算");
    const picker = screen.getByTestId("band-picker");
    expect(picker).toHaveTextContent("写入下载的工作簿");
    fireEvent.click(within(picker).getByRole("button", { name: "部分达成 63分" }));
    await waitFor(() => expect(total()).toHaveTextContent("73"));
    const row = SEED_LAYOUT.firstRow + 1;
    expect(runs.filter((r) => !r.endsWith(":preview"))).toEqual(["score:", `score:${row}=1`]);
    expect(scoreCell()).toBe(63);

    fireEvent.click(screen.getByRole("button", { name: "达成 90分" }));
    await waitFor(() => expect(total()).toHaveTextContent("100"));
    expect(screen.getByRole("button", { name: "达成 90分" })).toHaveAttribute("aria-pressed", "true");
    expect(runs.filter((r) => !r.endsWith(":preview")).at(-1)).toBe(`score:${row}=0`);
    expect(scoreCell()).toBe(90);

    fireEvent.click(screen.getByRole("button", { name: "一键评分" }));
    await waitFor(() => expect(runs.filter((r) => !r.endsWith(":preview")).length).toBe(4));
    await waitFor(() => expect(total()).toHaveTextContent("100"));
    expect(runs.filter((r) => !r.endsWith(":preview")).at(-1)).toBe(`score:${row}=0`);
  });
});
