// The allocation floor of a plan: building the same objects and texts a plan holds, with no reading, parsing or scoring.
// Any core that returns this plan (the report contract: one object per indicator and per finding; one per written cell)
// does at least this much work, so its time bounds the core's rows/s from above.

const glue = (s) => (s.length > 1 ? s.slice(0, 1) + s.slice(1) : s); // a fresh string of the same text, as a template builds

/** Re-allocates every write, indicator and finding of `plan` (fresh objects, fresh message and note texts). */
export function rebuildPlan(plan) {
  const writes = new Array(plan.writes.length);
  for (let i = 0; i < writes.length; i++) {
    const w = plan.writes[i];
    writes[i] = {
      sheet: w.sheet,
      row: w.row,
      col: w.col,
      address: glue(w.address),
      kind: w.kind,
      value: w.value,
      numFmt: w.numFmt,
      mark: w.mark ? { severity: w.mark.severity, note: glue(w.mark.note) } : undefined,
    };
  }
  const tables = plan.report.tables.map((t) => {
    const indicators = new Array(t.indicators.length);
    for (let i = 0; i < indicators.length; i++) {
      const x = t.indicators[i];
      indicators[i] = {
        row: x.row,
        level1: x.level1,
        level2: x.level2,
        level3: x.level3,
        target: x.target,
        actual: x.actual,
        weight: x.weight,
        score: x.score,
        status: x.status,
        findings: x.findings.slice(),
      };
    }
    const findings = new Array(t.findings.length);
    for (let i = 0; i < findings.length; i++) {
      const f = t.findings[i];
      findings[i] = {
        code: f.code,
        severity: f.severity,
        cell: f.cell === null ? null : glue(f.cell),
        message: glue(f.message),
      };
    }
    return { ...t, indicators, findings };
  });
  return { writes, report: { ...plan.report, tables } };
}
