// The drop zone: drag .xlsx files or whole folders onto it, or pick files or a folder with the file dialog; a folder's
// files keep their paths (单位A/自评表.xlsx).
import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { useRef, useState, type ChangeEvent, type DragEvent, type ReactNode } from "react";
import type { FileSource } from "./batchState";
import { ACCEPT_ATTRIBUTE } from "./fileTypes";
import { droppedFiles, MAX_FOLDER_FILES, pickedFiles, type CollectedFiles, type EntryLike } from "./folderFiles";
import { useWebT } from "./webStrings";

/** Props of DropZone. */
export interface DropZoneProps {
  onFiles: (files: FileSource[]) => void;
}

/** The attributes that make a file input pick a folder (Chromium, Firefox, Safari; not in React's typings). */
const FOLDER_PICKER = { webkitdirectory: "", directory: "" } as Record<string, string>;

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "center",
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", justifyContent: "center", gap: tokens.spacingHorizontalS },
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden", pointerEvents: "none" },
});

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

/** A dashed area that takes dropped files and folders, with 选择文件 and 选择文件夹 buttons for the file dialog. */
export function DropZone(props: DropZoneProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const take = (got: CollectedFiles): void => {
    setNote(folderNote(got, wt));
    if (got.files.length > 0) props.onFiles(got.files);
  };
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setOver(false);
    const { entries, files } = dropContents(event);
    droppedFiles(entries, files).then(take, (err: unknown) =>
      setNote(wt("folderFailed", { message: err instanceof Error ? err.message : String(err) })),
    );
  };
  const onPicked = (e: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(e.currentTarget.files ?? []);
    e.currentTarget.value = "";
    take(pickedFiles(files));
  };
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      aria-labelledby="web-drop-title"
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id="web-drop-title" className={styles.title}>
        {wt("dropTitle")}
      </h2>
      <p className={styles.hint}>{wt("dropHint")}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<DocumentArrowUp20Regular />} onClick={() => input.current?.click()}>
          {wt("pickFiles")}
        </Button>
        <Button icon={<FolderOpen20Regular />} onClick={() => folderInput.current?.click()}>
          {wt("pickFolder")}
        </Button>
      </div>
      {note !== null && (
        <p className={styles.hint} role="status" data-testid="folder-note">
          {note}
        </p>
      )}
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        tabIndex={-1}
        aria-label={wt("pickFiles")}
        data-testid="file-input"
        onChange={onPicked}
      />
      <input
        ref={folderInput}
        className={styles.input}
        type="file"
        multiple
        {...FOLDER_PICKER}
        tabIndex={-1}
        aria-label={wt("pickFolder")}
        data-testid="folder-input"
        onChange={onPicked}
      />
    </section>
  );
}
