// The ribbon's 一键评分 button (ExecuteFunction scoreWorkbook): score mode with the workbook's profile, the result shown
// to the user (the pane in a shared runtime, else a dialog), and the event always completed.
// A function command's own runtime ends at event.completed() (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes),
// and users never see console output: every refusal and notice goes to the presenter.
import { builtInProfile, DEFAULT_PROFILE_ID } from "../core";
import type { WorkbookHost } from "../host/types";
import { createDefaultHost } from "./ExcelWorkbookHost";
import type { HostLang } from "./messages";
import type { ExcelRunOutcome } from "./outcome";
import { ribbonFailure, ribbonResult, ribbonText, type RibbonResult } from "./ribbonResult";

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(options?: unknown): void;
}

/** Shows a ribbon result; resolves when the user has it (pane shown, dialog closed). */
export interface RibbonPresenter {
  show(result: RibbonResult): Promise<void>;
}

/** What the command runs with (tests hand in fakes; production uses the Office globals). */
export interface RibbonOptions {
  host?: WorkbookHost;
  presenter?: RibbonPresenter;
  lang?: HostLang;
  /** The command runs in the shared runtime (its memory, and an oversized undo record in it, outlives the command). */
  sharedRuntime?: boolean;
}

/** Writes the result to the console only: the last resort where no dialog can open. */
export const consolePresenter: RibbonPresenter = {
  show: async (result) => console.log(ribbonText(result)),
};

/** Runs score mode with the document profile (or the default), presents the result, and always completes the event. */
export async function scoreFromRibbon(event: CommandEvent, options: RibbonOptions = {}): Promise<RibbonResult> {
  const lang = options.lang ?? "zh";
  let result: RibbonResult;
  let profileId = DEFAULT_PROFILE_ID;
  try {
    const host = options.host ?? createDefaultHost({ lang, memoryOutlivesRun: options.sharedRuntime ?? false });
    const profile = (await host.loadDocumentProfile()) ?? builtInProfile(DEFAULT_PROFILE_ID)!;
    profileId = profile.id;
    const outcome = (await host.run({ mode: "score", profile, lang })) as ExcelRunOutcome;
    result = ribbonResult(outcome, lang, profileId);
  } catch (error) {
    result = ribbonFailure(error, lang, profileId);
  }
  try {
    await (options.presenter ?? consolePresenter).show(result);
  } catch (error) {
    console.error(ribbonText(result), error);
  } finally {
    event.completed();
  }
  return result;
}
