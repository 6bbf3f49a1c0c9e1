// What the ribbon's 一键评分 tells the user: a title and a few lines, in the run's language, from the outcome.
import { waitingCount } from "../core";
import { hostText, type HostLang } from "./messages";
import type { ExcelRunOutcome } from "./outcome";

/** How a ribbon run ended. */
export type RibbonKind = "done" | "refused" | "partial" | "failed";

/** The ribbon run's result, for the pane (shared runtime) or the result dialog. */
export interface RibbonResult {
  kind: RibbonKind;
  lang: HostLang;
  title: string;
  lines: string[];
  /** The run itself (null when it failed before one existed); the pane shows it like its own runs. */
  outcome: ExcelRunOutcome | null;
  profileId: string;
}

/** Lines for each scored table: "附件1 总分96.88（优）". */
function tableLines(outcome: ExcelRunOutcome, lang: HostLang): string[] {
  const text = hostText(lang);
  return outcome.report.tables.map((t) =>
    t.total === null
      ? text.ribbonTableOpen({ sheet: t.sheet })
      : t.grade === null
        ? text.ribbonTableUngraded({ sheet: t.sheet, total: t.total.toFixed(2) })
        : text.ribbonTableTotal({ sheet: t.sheet, total: t.total.toFixed(2), grade: t.grade }),
  );
}

/** The result of a finished or refused run. */
export function ribbonResult(outcome: ExcelRunOutcome, lang: HostLang, profileId: string): RibbonResult {
  const kind: RibbonKind = outcome.refused ? "refused" : outcome.partial ? "partial" : "done";
  const lines: string[] = [];
  if (outcome.refused) lines.push(outcome.refused.message);
  lines.push(...tableLines(outcome, lang));
  if (outcome.report.tables.length === 0)
    lines.push(outcome.report.errors[0]?.message ?? hostText(lang).ribbonNoTables());
  if (!outcome.refused && !outcome.partial) lines.push(hostText(lang).ribbonWritten({ n: outcome.written }));
  lines.push(...(outcome.notices ?? []));
  const waiting = outcome.plan && !outcome.refused ? waitingCount(outcome.plan) : 0;
  if (waiting > 0) lines.push(hostText(lang).ribbonBandsHint({ n: waiting }));
  if (!outcome.refused && outcome.written > 0) lines.push(hostText(lang).ribbonUndoHint());
  return { kind, lang, title: hostText(lang)[`ribbonTitle_${kind}`](), lines, outcome, profileId };
}

/** The result of a run that threw. */
export function ribbonFailure(error: unknown, lang: HostLang, profileId: string): RibbonResult {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    kind: "failed",
    lang,
    title: hostText(lang).ribbonTitle_failed(),
    lines: [reason],
    outcome: null,
    profileId,
  };
}

/** One line for logs: the title and the lines. */
export function ribbonText(result: RibbonResult): string {
  return [result.title, ...result.lines].join("\n");
}
