// Test-only page: the real task pane and the real ExcelWorkbookHost, on the fake Excel context with the example
// workbook, so a browser can show and screenshot the pane after a run (Excel itself cannot run here).
import "./bufferShim";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { builtInProfile } from "../../../src/core";
import { ExcelWorkbookHost, PROFILE_SETTING } from "../../../src/excel";
import { PaneApp } from "../../../src/taskpane/PaneApp";
import { createMemoryPreferenceStore, PREF_KEYS } from "../../../src/ui/preferences";
import { readXlsx } from "../../../src/xlsx";
import { FakeExcel } from "../../fakes/fakeExcel";
import { FakeDocument } from "../../fakes/fakeModel";

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const lang = query.get("lang") === "en" ? "en" : "zh";
  const bytes = new Uint8Array(await (await fetch("example.xlsx")).arrayBuffer());
  const grid = readXlsx(bytes, "绩效自评表示例.xlsx").grid;
  // ?waiting=1: 附件2's 财务管理制度健全性 (row 15) completed in words no band knows, so a row waits for a person's band
  if (query.get("waiting") === "1") {
    const row = grid.sheets[1].values[14];
    row[row.lastIndexOf("健全")] = "已建立，正在修订";
  }
  // ?workbookProfile=1: the workbook holds its own profile (a copy of 四川's), which the pane reads and validates
  const own = Object.assign({}, builtInProfile("sichuan"), { id: "demo-workbook", name: "演示单位方案" });
  const persistedSettings = { data: { [PROFILE_SETTING]: JSON.stringify(own) } };
  const excel = new FakeExcel(FakeDocument.fromGrid(grid), {
    api: "1.18",
    persistedSettings: query.get("workbookProfile") === "1" ? persistedSettings : undefined,
  });
  const host = new ExcelWorkbookHost({ environment: excel.environment(), lang });
  const prefs = createMemoryPreferenceStore({ [PREF_KEYS.language]: lang });
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <PaneApp host={host} prefs={prefs} />
    </FluentProvider>,
  );
}
void main();
