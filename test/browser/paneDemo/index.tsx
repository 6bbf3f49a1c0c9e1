// Test-only page: the real task pane and the real ExcelWorkbookHost, on the fake Excel context with the example
// workbook, so a browser can show and screenshot the pane after a run (Excel itself cannot run here).
import "./bufferShim";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelWorkbookHost } from "../../../src/excel";
import { PaneApp } from "../../../src/taskpane/PaneApp";
import { createMemoryPreferenceStore, PREF_KEYS } from "../../../src/ui/preferences";
import { readXlsx } from "../../../src/xlsx";
import { FakeExcel } from "../../fakes/fakeExcel";
import { FakeDocument } from "../../fakes/fakeModel";

async function main(): Promise<void> {
  const lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh";
  const bytes = new Uint8Array(await (await fetch("example.xlsx")).arrayBuffer());
  const grid = readXlsx(bytes, "绩效自评表示例.xlsx").grid;
  const excel = new FakeExcel(FakeDocument.fromGrid(grid), { api: "1.18" });
  const host = new ExcelWorkbookHost({ environment: excel.environment(), lang });
  const prefs = createMemoryPreferenceStore({ [PREF_KEYS.language]: lang });
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <PaneApp host={host} prefs={prefs} />
    </FluentProvider>,
  );
}
void main();
