// The ribbon's function file: 一键评分 (FunctionName scoreWorkbook) runs score mode and always completes the event.
import { scoreFromRibbon, type CommandEvent } from "../excel";

/** The command handler the manifest names. */
function scoreWorkbook(event: CommandEvent): void {
  void scoreFromRibbon(event);
}

// Older Office (function files before Office.actions) looks the function up on the global object.
(globalThis as unknown as Record<string, unknown>).scoreWorkbook = scoreWorkbook;

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions?.associate("scoreWorkbook", scoreWorkbook);
  });
}
