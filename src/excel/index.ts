// The Excel add-in host: what the task pane and the ribbon command use.
import type { WorkbookHost } from "../host/types";
import { ExcelWorkbookHost, type ExcelHostOptions } from "./ExcelWorkbookHost";

/** A WorkbookHost over Office.js (the globals Excel and Office), or over an injected environment in tests. */
export function createExcelWorkbookHost(options: ExcelHostOptions = {}): WorkbookHost {
  return new ExcelWorkbookHost(options);
}

export {
  consolePresenter,
  scoreFromRibbon,
  type CommandEvent,
  type RibbonOptions,
  type RibbonPresenter,
} from "./ribbon";
export { ribbonResult, ribbonText, type RibbonResult } from "./ribbonResult";
export { onRibbonResult, postRibbonResult } from "./ribbonMailbox";
export { ExcelWorkbookHost, fileNameFromUrl, type ExcelHostOptions } from "./ExcelWorkbookHost";
export type { ExcelRunOutcome } from "./outcome";
export { summarizeOutcome } from "./outcome";
export { officeEnvironment, type ExcelEnvironment, type SettingsLike } from "./environment";
export { detectCapabilities, noteModeFor, type ExcelCapabilities } from "./requirements";
export { UNDO_SETTING } from "./undoStore";
export { PROFILE_SETTING } from "./settings";
export type { HostLang } from "./messages";
