// The public face of the scoring core: grids in, a plan out. Pure: no Office, DOM or file system. It loads no zod:
// the schemas that validate a report or a profile are the second entry, ./schemas (loaded where they are used).
export { scoreWorkbook, type BandPick, type MarkPolicy, type ScoreOptions } from "./buildPlan";
export { pickFor, unusedPicks, waitingCount, waitingRows, type WaitingRow } from "./waitingRows";
export { BANDS } from "./score/personScore";
export { FINDING_CATALOGUE, maxSeverity, severityCounts, severityOf } from "./findings";
export { buildReport, GENERATOR, VERSION } from "./reportBuilder";
export { failedReport } from "./failedReport";
export * from "./grid";
export * from "./plan";
export type * from "./profile";
export type * from "./report";
export { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE_ID } from "./builtInProfiles";
export { REPORT_VERSION } from "./reportVersion";
export { nextSteps, nextStepsLine, type NextAction, type NextStep } from "./nextSteps";
export { fileMessage, messagesFor, type Messages } from "./messages";
export type { CliMessages, TableLine } from "./messages/cli";
export { cliMessagesFor } from "./messages/cli";
export type { HostMessages } from "./messages/host";
export { headerKey, toHalfWidth } from "./text";
export { fmtNumber, fmtScore } from "./score/rounding";
export type * from "./messages/files";
