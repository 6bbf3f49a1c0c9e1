// What the drop zone takes in: files and folders dropped on it or picked in the file dialog, and the note about a
// folder's skipped or truncated files.
import { useState, type ChangeEvent, type DragEvent } from "react";
import type { FileSource } from "./batchState";
import { droppedFiles, MAX_FOLDER_FILES, pickedFiles, type CollectedFiles, type EntryLike } from "./folderFiles";
import { useWebT } from "./webStrings";

/** The items of a drop, read while the event lasts: their entries (folders included), or plain files where the
 *  browser gives no entry. */
function dropContents(event: DragEvent<HTMLElement>): { entries: EntryLike[]; files: File[] } {
  const items = Array.from(event.dataTransfer.items ?? []);
  if (items.length === 0) return { entries: [], files: Array.from(event.dataTransfer.files) };
  const entries: EntryLike[] = [];
  const files: File[] = [];
  for (const item of items) {
    if (item.kind !== "file") continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    const file = entry ? null : item.getAsFile();
    if (entry) entries.push(entry as unknown as EntryLike);
    else if (file) files.push(file);
  }
  return { entries, files };
}

/** What was added from a folder, or why not: one line under the buttons. */
function folderNote(got: CollectedFiles, wt: ReturnType<typeof useWebT>): string | null {
  const lines = [];
  if (got.skipped > 0) lines.push(wt("folderSkipped", { n: got.files.length, skipped: got.skipped }));
  if (got.truncated) lines.push(wt("folderTruncated", { max: MAX_FOLDER_FILES }));
  return lines.length > 0 ? lines.join(" ") : null;
}

/** The drop zone's state and handlers: files dragged over it, the last folder note, drops and picks. */
export interface FileIntake {
  /** Files are being dragged over the zone. */
  over: boolean;
  /** What was added from a folder, or why not. */
  note: string | null;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
  onPicked: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** Hands every dropped or picked spreadsheet to `onFiles`, keeping a folder's paths. */
export function useFileIntake(onFiles: (files: FileSource[]) => void): FileIntake {
  const wt = useWebT();
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const take = (got: CollectedFiles): void => {
    setNote(folderNote(got, wt));
    if (got.files.length > 0) onFiles(got.files);
  };
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setOver(false);
    const { entries, files } = dropContents(event);
    droppedFiles(entries, files).then(take, (err: unknown) =>
      setNote(wt("folderFailed", { message: err instanceof Error ? err.message : String(err) })),
    );
  };
  const onDragOver = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setOver(true);
  };
  const onPicked = (e: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(e.currentTarget.files ?? []);
    e.currentTarget.value = "";
    take(pickedFiles(files));
  };
  return { over, note, onDragOver, onDragLeave: () => setOver(false), onDrop, onPicked };
}
