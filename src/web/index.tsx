// Entry of the browser page: preferences from localStorage, the worker pool (warmed up while the page waits for
// files), the demo file, then the page.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { PreferenceStore } from "../host/types";
import { createMemoryPreferenceStore, createStoragePreferenceStore, PREF_CONTAINER } from "../ui/preferences";
import { fetchDemoWorkbook, wantsDemo } from "./demo";
import { createPageWorkers } from "./pageWorkers";
import { warmWhenIdle } from "./warmUp";
import { WebApp } from "./WebApp";

/** Preferences in localStorage under "@selfeval/<key>" (the pane's layout), memory when storage is blocked. */
function pagePreferences(): PreferenceStore {
  try {
    const storage = window.localStorage;
    return createStoragePreferenceStore({
      get: (key) => storage.getItem(`@${PREF_CONTAINER}/${key}`),
      set: (key, value) => storage.setItem(`@${PREF_CONTAINER}/${key}`, value),
    });
  } catch {
    return createMemoryPreferenceStore();
  }
}

const container = document.getElementById("root");
if (container) {
  const workers = createPageWorkers();
  const demo = wantsDemo(location.search);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp prefs={pagePreferences()} workers={workers} initialFiles={demo ? fetchDemoWorkbook() : undefined} />
    </FluentProvider>,
  );
  if (!demo) warmWhenIdle(workers); // the demo's own file warms them
}
