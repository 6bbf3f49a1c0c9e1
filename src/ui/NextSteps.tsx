// What the officer must do next: the core's steps (errors first, then warnings), one line per action, each cell in
// the line a button that selects it (in Excel) or highlights it (in the page's preview).
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { messagesFor } from "../core";
import { nextSteps, type NextStep } from "../core";
import type { FileReport, TableReport } from "../core";
import { CellLink } from "./CellLink";
import { useLang, useT } from "./i18n";
import { tableLabel } from "./reportView";

/** Props of NextSteps. */
export interface NextStepsProps {
  report: FileReport;
  /** Called with the sheet name and A1 address when the user picks a cell of a step. */
  onSelect: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  group: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  step: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    paddingLeft: tokens.spacingHorizontalXXS,
  },
  error: { "::marker": { color: tokens.colorPaletteRedForeground1 } },
  warning: { "::marker": { color: tokens.colorNeutralForeground1 } },
  rescore: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** A cell address as the step texts write it (K18, AB7). */
const CELL = /[A-Z]{1,3}[1-9][0-9]*/;

/** Splits a step's text into plain parts and the step's own cells (anything else that looks like a cell stays text). */
export function stepParts(text: string, cells: readonly string[]): { text: string; cell: boolean }[] {
  const parts: { text: string; cell: boolean }[] = [];
  let at = 0;
  const found = new RegExp(CELL.source, "g");
  for (let m = found.exec(text); m !== null; m = found.exec(text)) {
    if (!cells.includes(m[0])) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), cell: false });
    parts.push({ text: m[0], cell: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), cell: false });
  return parts;
}

/** One step: its sentence with the cells as buttons. */
function StepLine(props: { table: TableReport; step: NextStep; onSelect: NextStepsProps["onSelect"] }): ReactNode {
  const lang = useLang();
  const styles = useStyles();
  const { step, table } = props;
  const parts = stepParts(messagesFor(lang).nextStep(step), step.cells);
  return (
    <li
      className={`${styles.step} ${styles[step.severity]}`}
      data-testid="next-step"
      data-severity={step.severity}
      data-action={step.action}
    >
      {parts.map((p, i) =>
        p.cell ? (
          <CellLink key={i} cell={p.text} testId="step-cell" onSelect={() => props.onSelect(table.sheet, p.text)} />
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </li>
  );
}

/** "then score again" as a sentence of its own. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The next steps of every table (a sub-heading per table when there are several); nothing for a file without tables. */
export function NextSteps(props: NextStepsProps): ReactNode {
  const tr = useT();
  const lang = useLang();
  const styles = useStyles();
  const { tables } = props.report;
  if (tables.length === 0) return null;
  const groups = tables.map((table) => ({ table, steps: nextSteps(table) })).filter((g) => g.steps.length > 0);
  return (
    <section className={styles.root} aria-labelledby="selfeval-next-heading" data-testid="next-steps">
      <h2 id="selfeval-next-heading" className={styles.heading}>
        {tr("nextStepsTitle")}
      </h2>
      {groups.length === 0 && <Text>{tr("nextStepsNone")}</Text>}
      {groups.map(({ table, steps }) => (
        <div key={tableLabel(table)} data-testid="next-steps-table" data-sheet={table.sheet}>
          {tables.length > 1 && <h3 className={styles.group}>{tableLabel(table)}</h3>}
          <ol className={styles.list}>
            {steps.map((step) => (
              <StepLine key={`${step.severity}:${step.action}`} table={table} step={step} onSelect={props.onSelect} />
            ))}
          </ol>
        </div>
      ))}
      {groups.length > 0 && <p className={styles.rescore}>{sentence(messagesFor(lang).rescore)}</p>}
    </section>
  );
}
