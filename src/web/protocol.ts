// The messages between the page and its Web Worker (structured-clone data only: a workbook goes as its File, which
// the worker reads; the bytes coming back are transferred), and the result of a file that could not be scored.
import type { Profile } from "../core";
import type { FileReport, WaitingRow } from "../core";
import type { ScoreFileOptions } from "./workerTasks";

/** What the worker returns for one workbook. */
export interface ScoredFile {
  report: FileReport;
  /** The scored workbook, or null when nothing was written (target review, no table, refused, unreadable). */
  output: Uint8Array | null;
  /** Cells the run wrote (values and flags). */
  written: number;
  /** True when notes were attached to flagged cells. */
  notes: boolean;
  /** Cells an earlier run flagged and this one does not, whose old fill and note the written copy no longer has. */
  cleared?: number;
  /** The table previews as JSON text (PreviewTable[]), only when asked for (`previews`): the page asks when a file
   *  is opened, so a batch neither builds them nor keeps them (tens of kilobytes a file). */
  previewJson?: string;
  /** A score run's rows waiting for a person, with what each band scores (the band buttons); absent otherwise. */
  waiting?: WaitingRow[];
  /** Milliseconds the worker spent on the file. */
  millis: number;
}

/** The result of a file that could not be scored (refused, unreadable, its worker crashed): its report only. */
export function failedFile(report: FileReport): ScoredFile {
  return { report, output: null, written: 0, notes: false, millis: 0 };
}

/** Score one workbook, with what the run asks of it (mode, profile, language, marks, previews). */
export interface ScoreRequest extends ScoreFileOptions {
  type: "score";
  id: number;
  name: string;
  /** The workbook: a File (a handle, cloned without reading it) or a Blob; the worker reads its size and bytes. */
  file: Blob;
}

/** Pack files into one zip (stored entries for workbooks, deflated JSON). */
export interface ZipRequest {
  type: "zip";
  id: number;
  entries: { name: string; bytes: Uint8Array }[];
}

/** Warm a worker up while the page waits for files: score `file` (the bundled example) up to `rounds` times, so
 *  that the browser has compiled the scorer before the first batch; stops at once when a real request comes. */
export interface WarmRequest {
  type: "warm";
  id: number;
  file: Blob;
  profile: Profile;
  rounds: number;
}

/** A request the page sends. */
export type WorkerRequest = ScoreRequest | ZipRequest | WarmRequest;

/** A reply of the worker, matched to its request by `id`. */
export type WorkerResponse =
  | { type: "scored"; id: number; result: ScoredFile }
  | { type: "zipped"; id: number; bytes: Uint8Array }
  | { type: "warmed"; id: number; rounds: number }
  | { type: "failed"; id: number; message: string };
