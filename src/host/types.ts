// The seam between the task pane / browser page and the hosts that read and write workbooks.
import type { BandPick, MarkPolicy } from "../core";
import type { Plan } from "../core";
import type { Profile } from "../core";
import type { FileReport } from "../core";

/** score: write scores; audit: keep existing 得分 and flag differences; check: target review, write nothing. */
export type RunMode = "score" | "audit" | "check";

/** What the user asked for. */
export interface RunRequest {
  mode: RunMode;
  profile: Profile;
  /** Language of the finding messages and notes (the pane's language); the host's default when absent. */
  lang?: "zh" | "en";
  /** Which findings mark the workbook: errors and warnings (default), also the blue info ones (the pane's setting),
   *  or none (清除标记: scores kept, every mark of ours taken off). */
  marks?: MarkPolicy;
  /** Bands the user picked for rows waiting for a person (the pane's band buttons; a score run writes their scores). */
  picks?: readonly BandPick[];
}

/** How explanations were attached in Excel: notes (ExcelApi 1.18), comments (1.10) or an explanation column. */
export type NoteMode = "notes" | "comments" | "column" | "none";

/** The result of one run in a host. */
export interface RunOutcome {
  report: FileReport;
  plan: Plan | null;
  /** Cells actually changed. */
  written: number;
  noteMode: NoteMode;
  /** Set when the host refused to write (protected sheet, edit mode, read-only, too large): nothing was changed. */
  refused: { code: string; message: string } | null;
  /** What the host wants the user to know about how it read or wrote (batches, undo kept in memory, old marks taken off). */
  notices?: string[];
}

/** The result of 撤销评分. */
export interface UndoOutcome {
  ok: boolean;
  /** Cells restored. */
  restored: number;
  /** Chinese message for the user (why it refused, or what it restored). */
  message: string;
}

/** A workbook the pane works on (Excel through Office.js). Components receive it as a prop and never call Excel. */
export interface WorkbookHost {
  readonly kind: "excel" | "browser";
  run(request: RunRequest): Promise<RunOutcome>;
  /** Undoes the last run; `lang` is the language of its message (the host's last one when absent). */
  undoLast(lang?: "zh" | "en"): Promise<UndoOutcome>;
  canUndo(): Promise<boolean>;
  selectCell(sheet: string, address: string): Promise<void>;
  loadDocumentProfile(): Promise<Profile | null>;
  saveDocumentProfile(profile: Profile): Promise<void>;
}

/** Per-user preferences of the pane (language, last profile, last mode). */
export interface PreferenceStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}
