// The table preview of the file shown on the page, asked for when the file is opened: a batch neither builds nor
// keeps previews (tens of kilobytes a file), the worker scores the file again and builds its (BatchState.previewOf).
import { useEffect, useMemo, useState } from "react";
import { parsePreviews } from "./previewJson";
import type { PreviewTable } from "./previewModel";
import type { ScoredFile } from "./protocol";

/** What the preview column shows: the tables, a wait, or why there is none. */
export type PreviewState = { tables: PreviewTable[] } | { loading: true } | { failed: string };

/** Asks for an entry's preview (JSON text); null when the entry has no result. */
export type LoadPreview = (id: number) => Promise<string> | null;

/** The preview of entry `id`'s `result`: the one it carries, else loaded once for this result. */
export function usePreviews(id: number, result: ScoredFile, load: LoadPreview): PreviewState {
  const [got, setGot] = useState<{ result: ScoredFile; state: PreviewState } | null>(null);
  const carried = result.previewJson;
  const wanted = carried === undefined && result.report.tables.length > 0;
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
  return useMemo((): PreviewState => {
    if (!wanted) return { tables: carried === undefined ? [] : parsePreviews(carried) };
    return got?.result === result ? got.state : { loading: true };
  }, [wanted, carried, got, result]);
}
