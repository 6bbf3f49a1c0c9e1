// After a write batch failed: what did Excel apply? Batches are not transactional (actions before the failing one stay
// applied), so one read of the failed chunk's cells tells which sheets were written and which were not.
import type { WorkbookGrid } from "../core";
import { localAddress } from "./addresses";
import { sameContent } from "./cellState";
import { hostText, type HostLang } from "./messages";
import type { SyncMeter } from "./syncMeter";
import { runFromGrid } from "./runRecords";
import { normalizeFill, runAddress, sheetProxies } from "./writePlan";
import type { ValueRun, WriteSet } from "./writeSet";

/** Which sheets the failed write changed, and which it should have changed but did not. */
export interface WriteVerdict {
  changedCells: number;
  written: Set<string>;
  missing: Set<string>;
}

/** Reads the failed chunk back (one sync) and compares each cell with before and with what was to be written. */
export async function verifyFailedChunk(
  meter: SyncMeter,
  grid: WorkbookGrid,
  chunk: WriteSet,
): Promise<WriteVerdict | null> {
  const ws = sheetProxies(meter.context);
  const runs = chunk.runs.map((run) => ({
    run,
    range: ws(run.sheet).getRange(runAddress(run)).load("values,numberFormat"),
  }));
  const fills = chunk.marks.map((m) => ({
    m,
    fill: ws(m.sheet).getRange(localAddress(m.row, m.col)).format.fill.load("color"),
  }));
  try {
    await meter.sync();
  } catch {
    return null;
  }
  const verdict: WriteVerdict = { changedCells: 0, written: new Set(), missing: new Set() };
  const note = (sheet: string, changed: boolean, wanted: boolean) => {
    if (changed) {
      verdict.changedCells++;
      verdict.written.add(sheet);
    } else if (wanted) verdict.missing.add(sheet);
  };
  for (const { run, range } of runs) compareRun(run, range, grid, note);
  for (const { m, fill } of fills) note(m.sheet, normalizeFill(fill.color) === m.color && m.color !== null, true);
  for (const sheet of verdict.missing) verdict.written.delete(sheet);
  return verdict;
}

/** Tells `note`, for each cell of a written run as read back now, whether the failed write changed it and whether
 *  it was to change it. */
function compareRun(
  run: ValueRun,
  now: { values: unknown[][]; numberFormat: unknown[][] },
  grid: WorkbookGrid,
  note: (sheet: string, changed: boolean, wanted: boolean) => void,
): void {
  const before = runFromGrid(grid, run);
  run.values.forEach((value, i) => {
    const read = now.values[i][0];
    const was = before.types?.[i] === "f" ? null : before.formulas[i];
    const formatChanged =
      run.numFmt !== null &&
      String(now.numberFormat[i][0]) !== before.formats[i] &&
      run.numFmt[i] !== before.formats[i];
    const changed =
      (was !== null && !sameContent(read, was)) || formatChanged || (was === null && sameContent(read, value));
    note(run.sheet, changed, !sameContent(value, was));
  });
}

/** "工作表“A”、工作表“B”" in the run's language. */
export function sheetList(sheets: Iterable<string>, lang: HostLang): string {
  const names = [...sheets].map((sheet) => hostText(lang).sheetName({ sheet }));
  return names.length ? names.join(hostText(lang).listSeparator()) : hostText(lang).nothing();
}
