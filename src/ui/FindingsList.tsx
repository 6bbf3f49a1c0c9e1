// The findings of a run, grouped by table, errors and warnings first; the hints (info) are hidden until one click
// shows them. A finding with a cell selects it.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type KeyboardEvent, type ReactNode } from "react";
import type { FileReport, Finding, TableReport } from "../core";
import { findingTitle, useLang, useT } from "./i18n";
import { bySeverity, fileSeverityCounts, tableLabel } from "./reportView";

/** Props of FindingsList. */
export interface FindingsListProps {
  report: FileReport;
  /** Called with the sheet name and A1 address when the user picks a finding. */
  onSelect: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  toggle: { alignSelf: "flex-start" },
  group: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    whiteSpace: "normal",
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  title: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
});

/** The text of one finding: cell (or 整表), title, message. */
function FindingText(props: { finding: Finding }): ReactNode {
  const tr = useT();
  const lang = useLang();
  const styles = useStyles();
  const { finding } = props;
  return (
    <>
      <span className={styles.cell}>{finding.cell ?? tr("wholeTable")}</span>{" "}
      <span className={styles.title}>{findingTitle(lang, finding.code)}</span> <span>{finding.message}</span>
    </>
  );
}

/** One finding; with a cell it is a button that selects the cell on click or Enter. */
function FindingItem(props: {
  table: TableReport;
  finding: Finding;
  onSelect: FindingsListProps["onSelect"];
}): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { finding, table } = props;
  const base = `${styles.item} ${styles[finding.severity]}`;
  const cell = finding.cell;
  if (cell === null) {
    return (
      <li className={base} data-severity={finding.severity}>
        <FindingText finding={finding} />
      </li>
    );
  }
  const select = (): void => props.onSelect(table.sheet, cell);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    select();
  };
  return (
    <li data-severity={finding.severity}>
      <button
        type="button"
        className={`${base} ${styles.clickable}`}
        title={tr("selectCellLabel", { cell })}
        onClick={select}
        onKeyDown={onKeyDown}
      >
        <FindingText finding={finding} />
      </button>
    </li>
  );
}

/** One table's findings under its label. */
function FindingGroup(props: {
  table: TableReport;
  findings: Finding[];
  onSelect: FindingsListProps["onSelect"];
}): ReactNode {
  const styles = useStyles();
  const { table } = props;
  return (
    <div>
      <h3 className={styles.group}>{tableLabel(table)}</h3>
      <ul className={styles.list}>
        {props.findings.map((f, i) => (
          <FindingItem key={`${f.code}-${f.cell ?? ""}-${i}`} table={table} finding={f} onSelect={props.onSelect} />
        ))}
      </ul>
    </div>
  );
}

/** Findings grouped by table, errors and warnings shown, hints behind 显示N条提示. */
export function FindingsList(props: FindingsListProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const [hintsShown, setHintsShown] = useState(false);
  const counts = fileSeverityCounts(props.report);
  const problems = counts.error + counts.warning;
  const groups = props.report.tables
    .map((table) => ({
      table,
      findings: bySeverity(table.findings).filter((f) => hintsShown || f.severity !== "info"),
    }))
    .filter((g) => g.findings.length > 0);
  return (
    <section className={styles.root} aria-labelledby="selfeval-findings-heading">
      <h2 id="selfeval-findings-heading" className={styles.heading}>
        {tr("findingsTitle")}
      </h2>
      {problems === 0 && <Text>{tr("noFindings")}</Text>}
      {groups.map(({ table, findings }) => (
        <FindingGroup key={tableLabel(table)} table={table} findings={findings} onSelect={props.onSelect} />
      ))}
      {counts.info > 0 && (
        <Button
          className={styles.toggle}
          size="small"
          aria-expanded={hintsShown}
          data-testid="toggle-hints"
          onClick={() => setHintsShown((shown) => !shown)}
        >
          {hintsShown ? tr("hideHints") : tr("showHints", { n: counts.info })}
        </Button>
      )}
    </section>
  );
}
