// The public face of the scoring core: grids in, a plan out. Pure: no Office, DOM or file system.
import type { WorkbookGrid } from "./grid";
import type { Plan } from "./plan";
import type { Profile } from "./profile";

/** What a run asks of the core. */
export interface ScoreOptions {
  /** score: write scores; audit: keep existing 得分, flag differences; check: target review only, no writes. */
  mode: "score" | "audit" | "check";
  profile: Profile;
  /** The name the report gives the file (as given on the command line, or the workbook name in Excel). */
  fileName: string;
  /** Language of the messages in the report and notes. */
  lang?: "zh" | "en";
}

/** Finds the tables of a workbook, scores them and returns the cells to write plus the report. */
export function scoreWorkbook(grid: WorkbookGrid, options: ScoreOptions): Plan {
  void grid;
  void options;
  throw new Error("scoreWorkbook: not implemented yet (the core lands in this session)");
}

export * from "./grid";
export * from "./plan";
export * from "./profile";
export * from "./report";
