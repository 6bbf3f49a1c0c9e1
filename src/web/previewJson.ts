// Reading the previews the worker sends as JSON text (kept apart from previewModel so the page's first chunk
// does not carry the preview builder and the core's finding catalogue with it).
import type { PreviewTable } from "./previewModel";

/** The previews of a file; an empty list when the text is not a JSON array. */
export function parsePreviews(json: string): PreviewTable[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as PreviewTable[]) : [];
  } catch {
    return [];
  }
}
