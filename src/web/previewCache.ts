// The table previews of the files opened lately on the page: each is made by scoring its file again (a batch keeps
// none), so going back to a file shows it at once, and only a few are held whatever the size of the batch.
import type { ScoredFile } from "./protocol";

/** Previews kept for files opened lately. */
export const KEPT_PREVIEWS = 8;

/** Previews (JSON text) by entry id, each with the result it belongs to; at most `size`, the oldest dropped. */
export class PreviewCache {
  private readonly kept = new Map<number, { result: ScoredFile; json: Promise<string> }>();

  constructor(private readonly size = KEPT_PREVIEWS) {}

  /** The preview of entry `id`'s `result`: the one kept, else made by `make` (a failed one is made again next time). */
  get(id: number, result: ScoredFile, make: () => Promise<string>): Promise<string> {
    const kept = this.kept.get(id);
    if (kept?.result === result) return kept.json;
    const json = make();
    this.kept.delete(id);
    this.kept.set(id, { result, json });
    json.catch(() => {
      if (this.kept.get(id)?.json === json) this.kept.delete(id);
    });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.size) break;
      this.kept.delete(oldest);
    }
    return json;
  }

  /** Forgets every preview. */
  clear(): void {
    this.kept.clear();
  }
}
