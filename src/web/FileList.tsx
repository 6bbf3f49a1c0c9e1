// The files of the page, one compact row each (name with its folder, unit and project, how much it needs attention,
// total and grade per table); the reviewer sorts them by problems, total or grade and can show only those needing
// attention. A row opens its result.
import { Checkbox, Field, Select, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { memo, useMemo, useState, type ReactNode } from "react";
import type { FileReport } from "../core";
import { useT, type Translate } from "../ui/i18n";
import { fileWho, formatScore } from "../ui/reportView";
import type { FileEntry } from "./batchState";
import { FILE_SORTS, fileAttention, needsAttention, orderedEntries, problemCount, type FileSort } from "./fileOrder";
import { useWebT, type WebKey } from "./webStrings";

/** Props of FileList. */
export interface FileListProps {
  entries: readonly FileEntry[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  // Rows outside the scroll box skip layout and paint (a 200-file batch lays out only what is visible).
  item: { contentVisibility: "auto", containIntrinsicSize: "auto 60px" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    maxHeight: "45vh",
    overflowY: "auto",
  },
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
  clean: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  warnings: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  errors: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  failed: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  status: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  failedStatus: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  line: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** "96.88 优" per table, 只检查，不计分 for check-only tables, or the first file problem. */
function figuresOf(report: FileReport, tr: Translate, wt: (k: WebKey) => string): string {
  if (report.tables.length === 0) return report.errors[0]?.message ?? wt("noTableShort");
  return report.tables
    .map((t) => {
      if (t.mode === "check-only") return tr("checkOnly");
      const total = t.total === null ? tr("totalWithheld") : formatScore(t.total);
      return t.grade ? `${total} ${tr(`grade.${t.grade}`)}` : total;
    })
    .join(" · ");
}

/** The status of a row: queued or running, else how much the finished file needs attention. */
function statusOf(entry: FileEntry, wt: ReturnType<typeof useWebT>): string {
  const attention = fileAttention(entry);
  if (attention === null) return wt(`status.${entry.status}`);
  const count = problemCount(entry) ?? 0;
  return attention === "failed" || attention === "clean"
    ? wt(`attention.${attention}`)
    : `${wt(`attention.${attention}`)} · ${wt("problemCount", { n: count })}`;
}

/** One row; memoised so that a batch update re-renders only the rows that changed. */
const FileRow = memo(function FileRow(props: {
  entry: FileEntry;
  selected: boolean;
  onSelect: (id: number) => void;
}): ReactNode {
  const tr = useT();
  const wt = useWebT();
  const styles = useStyles();
  const { entry } = props;
  const report = entry.result?.report;
  const attention = fileAttention(entry);
  const who = report ? fileWho(report) : null;
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={mergeClasses(styles.row, attention !== null && styles[attention], props.selected && styles.selected)}
        aria-pressed={props.selected}
        data-testid="file-row"
        data-file={entry.name}
        data-status={entry.status}
        data-attention={attention ?? undefined}
        onClick={() => props.onSelect(entry.id)}
      >
        <span className={styles.name}>{entry.name}</span>
        <span className={attention === "failed" ? styles.failedStatus : styles.status}>{statusOf(entry, wt)}</span>
        {who && (
          <span className={styles.line} data-testid="file-who">
            {who}
          </span>
        )}
        {report && <span className={styles.line}>{figuresOf(report, tr, wt)}</span>}
      </button>
    </li>
  );
});

/** The order picker and the 只看需要处理的 filter. */
function ListControls(props: {
  sort: FileSort;
  onSort: (s: FileSort) => void;
  attentionOnly: boolean;
  onAttentionOnly: (on: boolean) => void;
  attentionCount: number;
}): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  return (
    <div className={styles.controls}>
      <Field label={wt("sortLabel")} orientation="horizontal">
        <Select
          value={props.sort}
          onChange={(_e, data) => props.onSort(FILE_SORTS.find((s) => s === data.value) ?? "added")}
          data-testid="file-sort"
        >
          {FILE_SORTS.map((s) => (
            <option key={s} value={s}>
              {wt(`sort.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={wt("needsAttention", { n: props.attentionCount })}
        checked={props.attentionOnly}
        onChange={(_e, data) => props.onAttentionOnly(data.checked === true)}
        data-testid="attention-only"
      />
    </div>
  );
}

/** The list of files with its order and filter (newest last until another order is chosen). */
export function FileList(props: FileListProps): ReactNode {
  const wt = useWebT();
  const styles = useStyles();
  const [sort, setSort] = useState<FileSort>("added");
  const [attentionOnly, setAttentionOnly] = useState(false);
  const { entries } = props;
  const shown = useMemo(() => orderedEntries(entries, sort, attentionOnly), [entries, sort, attentionOnly]);
  const attentionCount = useMemo(() => entries.filter(needsAttention).length, [entries]);
  return (
    <div className={styles.root}>
      <ListControls
        sort={sort}
        onSort={setSort}
        attentionOnly={attentionOnly}
        onAttentionOnly={setAttentionOnly}
        attentionCount={attentionCount}
      />
      {shown.length === 0 && attentionOnly && <p className={styles.empty}>{wt("noneNeedsAttention")}</p>}
      <ul className={styles.list} data-testid="file-list">
        {shown.map((entry) => (
          <FileRow key={entry.id} entry={entry} selected={entry.id === props.selectedId} onSelect={props.onSelect} />
        ))}
      </ul>
    </div>
  );
}
