// The ribbon's 一键评分 button (ExecuteFunction scoreWorkbook): score mode with the workbook's profile.
import { builtInProfile, DEFAULT_PROFILE_ID } from "../core/profile";
import type { WorkbookHost } from "../host/types";
import { createDefaultHost } from "./ExcelWorkbookHost";
import { summarizeOutcome } from "./outcome";

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(options?: unknown): void;
}

/** Runs score mode with the document profile (or the default), logs a summary, and always completes the event. */
export async function scoreFromRibbon(event: CommandEvent, host?: WorkbookHost): Promise<string> {
  let summary = "";
  try {
    const excelHost = host ?? createDefaultHost();
    const profile = (await excelHost.loadDocumentProfile()) ?? builtInProfile(DEFAULT_PROFILE_ID)!;
    const outcome = await excelHost.run({ mode: "score", profile });
    summary = summarizeOutcome(outcome);
    console.log(summary);
  } catch (error) {
    summary = `绩效评分失败：${error instanceof Error ? error.message : String(error)}`;
    console.error(summary);
  } finally {
    event.completed();
  }
  return summary;
}
