// The result summary: per table who and what it is about (title block), the total, grade, funding rate and score,
// and counts by severity.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { FileReport, TableReport } from "../core";
import { useT, type Translate } from "./i18n";
import { formatRate, formatScore, severityCounts, tableLabel, tableWho } from "./reportView";

/** Props of SummaryCard. */
export interface SummaryCardProps {
  report: FileReport;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  table: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, alignItems: "baseline" },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  compact: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  line: { fontSize: tokens.fontSizeBase200 },
  who: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** The total and grade of one table, or why there is none. */
function TotalLine(props: { table: TableReport; compact: boolean; tr: Translate }): ReactNode {
  const { table, tr } = props;
  const styles = useStyles();
  const valueClass = props.compact ? styles.compact : styles.big;
  if (table.mode === "check-only") return <Text className={styles.compact}>{tr("checkOnly")}</Text>;
  return (
    <div className={styles.figures}>
      <span>
        <span className={styles.label}>{tr("total")} </span>
        <span className={valueClass} data-testid="summary-total">
          {table.total === null ? tr("totalWithheld") : formatScore(table.total)}
        </span>
      </span>
      <span>
        <span className={styles.label}>{tr("grade")} </span>
        <span className={valueClass} data-testid="summary-grade">
          {table.grade === null ? "—" : tr(`grade.${table.grade}`)}
        </span>
      </span>
    </div>
  );
}

/** Who and what the table is about (its title block): the project, then the unit and the year; nothing when unknown. */
function WhoLine(props: { table: TableReport; tr: Translate }): ReactNode {
  const styles = useStyles();
  const { tr } = props;
  const who = tableWho(props.table);
  const unitYear = [
    who.unit && tr("infoUnit", { name: who.unit }),
    who.year !== null && tr("infoYear", { year: who.year }),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      {who.project && (
        <div className={styles.who} data-testid="summary-project">
          {tr("infoProject", { name: who.project })}
        </div>
      )}
      {unitYear && (
        <div className={styles.line} data-testid="summary-unit">
          {unitYear}
        </div>
      )}
    </>
  );
}

/** One table's block of the summary. */
function TableSummary(props: { table: TableReport; compact: boolean }): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { table } = props;
  const counts = severityCounts(table.findings);
  return (
    <li className={styles.table}>
      <div className={styles.label}>
        {tr(`kind.${table.kind}`)} · {tableLabel(table)}
      </div>
      <WhoLine table={table} tr={tr} />
      <TotalLine table={table} compact={props.compact} tr={tr} />
      {table.funding && (
        <div className={styles.line}>
          {tr("fundingRate")} {formatRate(table.funding.rate)} · {tr("fundingScore")} {formatScore(table.funding.score)}
        </div>
      )}
      <div className={styles.line}>{tr("severityCounts", counts)}</div>
    </li>
  );
}

/** Summary of a run: one block per table, compact when the workbook holds several tables. */
export function SummaryCard(props: SummaryCardProps): ReactNode {
  const tr = useT();
  const styles = useStyles();
  const { tables } = props.report;
  return (
    <section className={styles.root} aria-labelledby="selfeval-summary-heading">
      <h2 id="selfeval-summary-heading" className={styles.heading}>
        {tr("summaryTitle")}
      </h2>
      {tables.length === 0 ? (
        <Text>{tr("noTables")}</Text>
      ) : (
        <ul className={styles.list}>
          {tables.map((table) => (
            <TableSummary key={tableLabel(table)} table={table} compact={tables.length > 1} />
          ))}
        </ul>
      )}
    </section>
  );
}
