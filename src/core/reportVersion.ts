// The report's version on its own, so writing a report does not load the zod schema of report.ts.

/** Version of the report's shape; bump on any change. */
export const REPORT_VERSION = 8;
