// The work the page's Web Worker does, as pure functions: score one workbook's bytes, pack files into a zip.
import { zipSync, type Zippable } from "fflate";
import { waitingRows, type BandPick, type MarkPolicy, type Profile } from "../core";
import type { RunMode } from "../host/types";
import { scoreFile, scoreFileAsync, type FileScore, type PackedPart } from "../xlsx";
import { scoredName } from "./fileTypes";
import { buildPreviews } from "./previewModel";
import type { ScoredFile } from "./protocol";

/** What a run asks for one file. */
export interface ScoreFileOptions {
  mode: RunMode;
  profile: Profile;
  lang: "zh" | "en";
  /** Which findings mark the workbook (default errors and warnings; "none" downloads a clean copy). */
  marks?: MarkPolicy;
  /** Build the table previews too (only for a file being opened). */
  previews?: boolean;
  /** Bands a person picked for rows waiting for one (the band buttons of the file's result). */
  picks?: readonly BandPick[];
}

function timer(): () => number {
  const started = Date.now();
  return () => Date.now() - started;
}

/** The page's result of one file from the pipeline's (the copy named, the previews made when asked for). */
function pageResult(score: FileScore, name: string, options: ScoreFileOptions, millis: number): ScoredFile {
  const { report, scored, output } = score;
  const previewJson = !options.previews
    ? undefined
    : scored
      ? JSON.stringify(buildPreviews(scored.workbook.grid, scored.plan, options.lang))
      : "[]";
  if (!output || !scored) return { report, output: null, written: 0, notes: false, previewJson, millis };
  report.output = scoredName(name);
  const writes = scored.plan.writes;
  return {
    report,
    output,
    written: writes.length,
    notes: writes.some((w) => w.mark),
    cleared: score.cleared,
    previewJson,
    waiting: options.mode === "score" ? waitingRows(scored.plan, options.profile) : undefined,
    millis,
  };
}

/** Reads, scores and (unless mode is check) writes one workbook (src/xlsx/scoreFile.ts); never throws. */
export function scoreFileBytes(bytes: Uint8Array, name: string, options: ScoreFileOptions): ScoredFile {
  const elapsed = timer();
  const score = scoreFile(bytes, { name, ...options });
  return pageResult(score, name, options, elapsed());
}

/** scoreFileBytes, the changed parts packed by `pack` (the browser's CompressionStream, see pageCodec.ts). */
export async function scoreFileBytesAsync(
  bytes: Uint8Array,
  name: string,
  options: ScoreFileOptions,
  pack: (data: Uint8Array) => Promise<PackedPart>,
): Promise<ScoredFile> {
  const elapsed = timer();
  const score = await scoreFileAsync(bytes, { name, ...options }, pack);
  return pageResult(score, name, options, elapsed());
}

/** Packs named files into one zip: workbooks stored as they are (already compressed), text deflated. */
export function zipFiles(entries: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) files[e.name] = [e.bytes, { level: /\.(xlsx|xlsm)$/i.test(e.name) ? 0 : 6 }];
  return zipSync(files);
}
