// The pane's runs: 一键评分 and 清除标记 through the host, ribbon results shown like the pane's own, the last result,
// and bringing a finished run's result into view.
import { useEffect, useRef, useState, type RefObject } from "react";
import { unusedPicks, waitingRows, type BandPick, type Profile } from "../core";
import type { RunMode, RunOutcome, WorkbookHost } from "../host/types";
import type { BandChoices } from "../ui/BandPicker";
import { t, type Lang } from "../ui/i18n";
import { markPolicy } from "../ui/usePreference";
import { failureOf, type Failure } from "./paneSettings";

/** A finished run, the profile and mode it used, and whether it was 清除标记 (marks "none"). */
export interface LastRun {
  outcome: RunOutcome;
  profileId: string;
  mode: RunMode;
  cleaned: boolean;
}

/** A result the ribbon reports (shared runtime). */
export type RibbonResult = { outcome: RunOutcome | null; profileId: string };

/** Subscribes to the ribbon's results; returns the unsubscribe. */
export type RibbonResults = (listener: (result: RibbonResult) => void) => () => void;

/** What a run uses: the pane's current settings. */
export interface PaneRunSettings {
  mode: RunMode;
  profile: Profile;
  lang: Lang;
  infoMarks: boolean;
}

/** The pane's run state and the run itself. */
export interface PaneRun {
  /** Which run is going on, if any. */
  busy: RunKind | null;
  lastRun: LastRun | null;
  setLastRun: (run: LastRun | null) => void;
  /** How many runs (the pane's and the ribbon's) have finished. */
  runCount: number;
  /** The top of the result, scrolled into view after each run but a band picked (unless it failed). */
  resultTop: RefObject<HTMLDivElement | null>;
  /** One run: 一键评分 with the chosen marks, or 清除标记 (marks "none": scores kept, our marks taken off). */
  run: (kind: "run" | "clean") => Promise<void>;
  /** A score run with the band a person picked for a row waiting for one. */
  pick: (pick: BandPick) => Promise<void>;
}

/** A pane run: 一键评分, 清除标记, or a score run with a band picked. */
type RunKind = "run" | "clean" | "pick";

/** The band buttons of the last run: its rows waiting for a person, by `profile` (what a pick scores them by); none
 *  after a run that did not score or wrote nothing (a refusal, 清除标记, an audit or a check). */
export function paneBands(paneRun: PaneRun, profile: Profile): BandChoices | undefined {
  const { lastRun } = paneRun;
  const plan = lastRun?.outcome.plan;
  if (!lastRun || !plan || lastRun.mode !== "score" || lastRun.cleaned || lastRun.outcome.refused) return undefined;
  const rows = waitingRows(plan, profile);
  return { rows, busy: paneRun.busy !== null, onPick: (p) => void paneRun.pick(p), where: "excel" };
}

/** `outcome` with a notice for each pick no row took (its row is decided by the rules now, e.g. its text was edited
 *  since the run that offered it), so a choice is never dropped without a word. */
function withUnusedPicks(outcome: RunOutcome, picks: readonly BandPick[], lang: Lang): RunOutcome {
  const unused = outcome.plan && !outcome.refused ? unusedPicks(outcome.plan, picks) : [];
  if (unused.length === 0) return outcome;
  const said = unused.map((p) =>
    t(lang, "pickNotUsed", { sheet: p.sheet, row: p.row, band: t(lang, `band.${p.band}`) }),
  );
  return Object.assign({}, outcome, { notices: [...(outcome.notices ?? []), ...said] });
}

/** Brings the result into view when `scrolls` goes up: in a 320 px pane it starts below the controls. */
function useScrollOnRun(scrolls: number): RefObject<HTMLDivElement | null> {
  const resultTop = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrolls > 0) resultTop.current?.scrollIntoView?.({ block: "start", behavior: "auto" });
  }, [scrolls]);
  return resultTop;
}

/** Runs through `host` with `settings`; failures go to `setFailure`, ribbon results are taken like the pane's. */
export function usePaneRun(
  host: WorkbookHost | null,
  settings: PaneRunSettings,
  setFailure: (failure: Failure | null) => void,
  onRibbonResult: RibbonResults | undefined,
): PaneRun {
  const [busy, setBusy] = useState<RunKind | null>(null);
  const [lastRun, setLastRun] = useState<LastRun | null>(null);
  const [runCount, setRunCount] = useState(0);
  // every run but a band picked scrolls to its result: the officer picking one row after another stays at the buttons
  const [scrolls, setScrolls] = useState(0);
  const resultTop = useScrollOnRun(scrolls);

  useEffect(() => {
    if (!onRibbonResult) return;
    return onRibbonResult((result) => {
      // the ribbon's 一键评分 always scores
      if (result.outcome)
        setLastRun({ outcome: result.outcome, profileId: result.profileId, mode: "score", cleaned: false });
      setFailure(null);
      setRunCount((n) => n + 1);
      setScrolls((n) => n + 1);
    });
  }, [onRibbonResult]);

  const runWith = async (kind: RunKind, picks?: BandPick[]): Promise<void> => {
    if (!host) return;
    const { profile, lang, infoMarks } = settings;
    // a band is picked on a score run's result, and scores
    const mode = kind === "pick" ? "score" : settings.mode;
    setBusy(kind);
    setFailure(null);
    let failed = false;
    try {
      const marks = kind === "clean" ? "none" : markPolicy(infoMarks);
      const ran = await host.run(Object.assign({ mode, profile, lang, marks }, picks ? { picks } : {}));
      const outcome = picks ? withUnusedPicks(ran, picks, lang) : ran;
      setLastRun({ outcome, profileId: profile.id, mode, cleaned: kind === "clean" && outcome.refused === null });
    } catch (err) {
      failed = true;
      setLastRun(null);
      setFailure(failureOf("runFailed", err));
    } finally {
      setBusy(null);
      setRunCount((n) => n + 1);
      if (kind !== "pick" || failed) setScrolls((n) => n + 1);
    }
  };
  const run = (kind: "run" | "clean") => runWith(kind);
  const pick = (p: BandPick) => runWith("pick", [p]);
  return { busy, lastRun, setLastRun, runCount, resultTop, run, pick };
}
