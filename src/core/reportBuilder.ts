// Wraps file reports into the versioned report of one run.
import type { FileReport, Report } from "./report";
import { REPORT_VERSION } from "./reportVersion";

/** The product version, kept in step with package.json. */
export const VERSION = "0.1.0";

/** The generator string of the report. */
export const GENERATOR = `selfeval ${VERSION}`;

/** The whole report of a run over some files. */
export function buildReport(files: FileReport[], profileId: string): Report {
  return { reportVersion: REPORT_VERSION, generator: GENERATOR, profile: profileId, files };
}
