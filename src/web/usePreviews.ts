// The table preview of the file shown on the page, asked for when the file is opened: a batch neither builds nor
// keeps previews (tens of kilobytes a file), the worker scores the file again and builds its (BatchState.previewOf).
import { useEffect, useState } from "react";
import { parsePreviews } from "./previewJson";
import type { PreviewTable } from "./previewModel";
import type { ScoredFile } from "./protocol";

/** What the preview column shows: the tables, a wait, or why there is none. */
export type PreviewState = { tables: PreviewTable[] } | { loading: true } | { failed: string };

const NO_TABLES: PreviewState = { tables: [] };
const LOADING: PreviewState = { loading: true };

/** Asks for an entry's preview (JSON text); null when the entry has no result. */
export type LoadPreview = (id: number) => Promise<string> | null;

/** The preview of entry `id`'s `result`, loaded once for this result (none for a file where no table was found). */
export function usePreviews(id: number, result: ScoredFile, load: LoadPreview): PreviewState {
  const [got, setGot] = useState<{ result: ScoredFile; state: PreviewState } | null>(null);
  const wanted = result.report.tables.length > 0;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const settle = (state: PreviewState): void => void (live && setGot({ result, state }));
    const pending = load(id) ?? Promise.resolve("[]");
    pending.then(
      (json) => settle({ tables: parsePreviews(json) }),
      (err: unknown) => settle({ failed: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [id, result, load, wanted]);
  if (!wanted) return NO_TABLES;
  return got?.result === result ? got.state : LOADING;
}
