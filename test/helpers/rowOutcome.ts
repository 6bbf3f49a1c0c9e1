// What a one-indicator table's run says about its row: the first indicator's score and status, and the findings on
// cells as "CODE cell: message" (the table-level ones left out).
import { builtInProfile, scoreWorkbook, type Plan, type Profile } from "../../src/core";
import { seedGrid, type SeedCase } from "./seedGrid";

/** The first table's first indicator, as the row tests compare it. */
export function firstRowOutcome(plan: Plan) {
  const t = plan.report.tables[0];
  const { score, status } = t.indicators[0];
  return {
    score,
    status,
    findings: t.findings.filter((f) => f.cell !== null).map((f) => `${f.code} ${f.cell}: ${f.message}`),
  };
}

/** The first row's outcome of scoring the seed table `seed` under `profile` (central-2020 unless given). */
export function seedRowOutcome(seed: SeedCase, profile: Profile = builtInProfile("central-2020")!) {
  return firstRowOutcome(scoreWorkbook(seedGrid(seed), { mode: "score", profile, fileName: "t.xlsx" }));
}
