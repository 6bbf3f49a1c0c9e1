// The drop zone: drag .xlsx files onto it or pick them with the file dialog (one or many).
import { Button, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent, type ReactNode } from "react";
import { ACCEPT_ATTRIBUTE } from "./fileTypes";
import { useWebT } from "./webStrings";

/** Props of DropZone. */
export interface DropZoneProps {
  onFiles: (files: File[]) => void;
}

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
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden", pointerEvents: "none" },
});

/** Files of a drop, folders left out (they come as entries whose webkitGetAsEntry() is a directory). */
function droppedFiles(event: DragEvent<HTMLElement>): File[] {
  const items = Array.from(event.dataTransfer.items ?? []);
  if (items.length === 0) return Array.from(event.dataTransfer.files);
  return items.flatMap((item) => {
    if (item.kind !== "file" || item.webkitGetAsEntry?.()?.isDirectory) return [];
    const file = item.getAsFile();
    return file ? [file] : [];
  });
}

/** A dashed area that takes dropped files, with a 选择文件 button for the file dialog. */
export function DropZone(props: DropZoneProps): ReactNode {
  const tr = useWebT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setOver(false);
    const files = droppedFiles(event);
    if (files.length > 0) props.onFiles(files);
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
        {tr("dropTitle")}
      </h2>
      <p className={styles.hint}>{tr("dropHint")}</p>
      <Button appearance="primary" icon={<DocumentArrowUp20Regular />} onClick={() => input.current?.click()}>
        {tr("pickFiles")}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        tabIndex={-1}
        aria-label={tr("pickFiles")}
        data-testid="file-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </section>
  );
}
