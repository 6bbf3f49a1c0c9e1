// The drop zone: drag .xlsx files or whole folders onto it, or pick files or a folder with the file dialog; a folder's
// files keep their paths (单位A/自评表.xlsx).
import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { useRef, type ChangeEvent, type ReactNode, type RefObject } from "react";
import type { FileSource } from "./batchState";
import { ACCEPT_ATTRIBUTE } from "./fileTypes";
import { useFileIntake } from "./useFileIntake";
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

/** The two hidden file inputs behind 选择文件 and 选择文件夹. */
function PickerInputs(props: {
  fileInput: RefObject<HTMLInputElement | null>;
  folderInput: RefObject<HTMLInputElement | null>;
  onPicked: (e: ChangeEvent<HTMLInputElement>) => void;
}): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  return (
    <>
      <input
        ref={props.fileInput}
        className={styles.input}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        tabIndex={-1}
        aria-label={wt("pickFiles")}
        data-testid="file-input"
        onChange={props.onPicked}
      />
      <input
        ref={props.folderInput}
        className={styles.input}
        type="file"
        multiple
        {...FOLDER_PICKER}
        tabIndex={-1}
        aria-label={wt("pickFolder")}
        data-testid="folder-input"
        onChange={props.onPicked}
      />
    </>
  );
}

/** A dashed area that takes dropped files and folders, with 选择文件 and 选择文件夹 buttons for the file dialog. */
export function DropZone(props: DropZoneProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const intake = useFileIntake(props.onFiles);
  return (
    <section
      className={mergeClasses(styles.zone, intake.over && styles.over)}
      aria-labelledby="web-drop-title"
      data-testid="drop-zone"
      onDragOver={intake.onDragOver}
      onDragLeave={intake.onDragLeave}
      onDrop={intake.onDrop}
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
      {intake.note !== null && (
        <p className={styles.hint} role="status" data-testid="folder-note">
          {intake.note}
        </p>
      )}
      <PickerInputs fileInput={input} folderInput={folderInput} onPicked={intake.onPicked} />
    </section>
  );
}
