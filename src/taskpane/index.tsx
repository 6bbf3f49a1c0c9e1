// Entry of the Excel task pane: wait for Office, pick the host, load preferences, render the pane.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelWorkbookHost, onRibbonResult } from "../excel";
import { loadPreferenceStore } from "../ui/preferences";
import { detectHost, type OfficeGlobal } from "./detectHost";
import { PaneApp } from "./PaneApp";

/** Renders the pane into #root once Office (or its absence) and the preferences are known. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const office: OfficeGlobal | undefined = typeof Office !== "undefined" ? Office : undefined;
  const [detection, prefs] = await Promise.all([detectHost(office, createExcelWorkbookHost), loadPreferenceStore()]);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PaneApp host={detection.host} prefs={prefs} hostNote={detection.note} onRibbonResult={onRibbonResult} />
    </FluentProvider>,
  );
}

void start();
