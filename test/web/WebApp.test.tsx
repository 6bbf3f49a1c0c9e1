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
import { workbookBytes } from "../helpers/fixtures";

/** A File whose arrayBuffer() works in jsdom. */
function fixtureFile(name: string): File {
  const bytes = workbookBytes(name);
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

const scored: string[] = [];
const workers: PageWorkers = {
  slots: 1,
  score: async (_slot, name, bytes, s) => {
    scored.push(`${name}:${s.mode}:${s.lang}`);
    return scoreFileBytes(new Uint8Array(bytes), name, s);
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
  await act(async () => {
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: names.map(fixtureFile) } });
  });
  await waitFor(() => expect(screen.getByTestId("batch-status").getAttribute("data-running")).toBe("false"), { timeout: 5000 });
  await waitFor(() => expect(screen.getByTestId("batch-status").hasAttribute("data-ms")).toBe(true), { timeout: 5000 });
}

describe("WebApp", () => {
  beforeEach(() => {
    scored.length = 0;
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
    const h17 = await waitFor(() => {
      const cell = document.querySelector('[data-testid=preview] td[data-address="H17"]');
      expect(cell).not.toBeNull();
      return cell as HTMLElement;
    });
    expect(h17).toHaveAttribute("data-severity", "warning");
    fireEvent.click(screen.getByTitle("定位到单元格 H17"));
    await waitFor(() => expect(h17).toHaveAttribute("data-focused", "true"));
    expect(h17).toHaveAttribute("data-scrolled", "true");
    fireEvent.click(rows[1]);
    await waitFor(() => expect(screen.getByTestId("file-detail")).toHaveAttribute("data-file", "department-gansu-2021.xlsx"));
    expect(within(screen.getByTestId("file-detail")).getByTestId("summary-total")).toHaveTextContent("90.56");
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
    await waitFor(() => expect(scored).toEqual(["targets-hengshui-2021.xlsx:score:zh", "targets-hengshui-2021.xlsx:check:en"]));
    await waitFor(() => expect(screen.getByTestId("download-workbook")).toBeDisabled());
    expect(screen.getByText("Nothing was written", { exact: false })).toBeInTheDocument();
    expect(prefs.get("lastMode")).toBe("check");
  });
});
