// The files of the page, one compact row each (name, status, total and grade per table); a row opens its result.
import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { memo, type ReactNode } from "react";
import type { FileReport } from "../core/report";
import { useT, type Translate } from "../ui/i18n";
import { formatScore } from "../ui/reportView";
import type { FileEntry } from "./batchState";
import { useWebT, type WebKey } from "./webStrings";

/** Props of FileList. */
export interface FileListProps {
  entries: readonly FileEntry[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

const useStyles = makeStyles({
  // Rows outside the scroll box skip layout and paint (a 200-file batch lays out only what is visible).
  item: { contentVisibility: "auto", containIntrinsicSize: "auto 44px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px", maxHeight: "45vh", overflowY: "auto" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  done: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  failed: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  status: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  figures: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground2 },
});

/** "96.88 优" per table, 仅审核 for check-only tables, or the first file problem. */
function figuresOf(report: FileReport, tr: Translate, wt: (k: WebKey) => string): string {
  if (report.tables.length === 0) return report.errors[0]?.message ?? wt("noTableShort");
  return report.tables
    .map((t) => {
      if (t.mode === "check-only") return wt("checkOnlyShort");
      const total = t.total === null ? tr("totalWithheld") : formatScore(t.total);
      return t.grade ? `${total} ${tr(`grade.${t.grade}`)}` : total;
    })
    .join(" · ");
}

/** One row; memoised so that a batch update re-renders only the rows that changed. */
const FileRow = memo(function FileRow(props: { entry: FileEntry; selected: boolean; onSelect: (id: number) => void }): ReactNode {
  const tr = useT();
  const wt = useWebT();
  const styles = useStyles();
  const { entry } = props;
  const report = entry.result?.report;
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={mergeClasses(styles.row, entry.status === "done" && styles.done, entry.status === "failed" && styles.failed, props.selected && styles.selected)}
        aria-pressed={props.selected}
        data-testid="file-row"
        data-file={entry.name}
        data-status={entry.status}
        onClick={() => props.onSelect(entry.id)}
      >
        <span className={styles.name}>{entry.name}</span>
        <span className={styles.status}>{wt(`status.${entry.status}`)}</span>
        {report && <span className={styles.figures}>{figuresOf(report, tr, wt)}</span>}
      </button>
    </li>
  );
});

/** The list of files, newest last. */
export function FileList(props: FileListProps): ReactNode {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="file-list">
      {props.entries.map((entry) => (
        <FileRow key={entry.id} entry={entry} selected={entry.id === props.selectedId} onSelect={props.onSelect} />
      ))}
    </ul>
  );
}
