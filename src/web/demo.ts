// index.html?demo=1: fetches the bundled example workbook from the page's own origin and scores it.
import type { FileSource } from "./batchState";

/** Path of the example workbook inside dist/ (webpack copies assets/). */
export const DEMO_WORKBOOK = "assets/example/绩效自评表示例.xlsx";

/** True when the page's query asks for the demo (?demo=1). */
export function wantsDemo(search: string): boolean {
  return new URLSearchParams(search).get("demo") === "1";
}

/** Fetches the example workbook (same origin) as a file source. */
export async function fetchDemoWorkbook(fetchImpl: typeof fetch = fetch): Promise<FileSource[]> {
  const response = await fetchImpl(encodeURI(DEMO_WORKBOOK), { credentials: "same-origin" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const name = DEMO_WORKBOOK.slice(DEMO_WORKBOOK.lastIndexOf("/") + 1);
  return [{ name, file: await response.blob() }];
}
