// What is wrong with a file, as values: the hosts raise a problem (src/xlsx/errors.ts gives it its report code), the
// file message tables (files.zh.ts, files.en.ts) turn it into text in the run's language. `file` is the name as the
// user gave it; sizes are bytes, limits numbers.

/** A format that is not an .xlsx workbook but a spreadsheet we can name (save-as advice): by content or extension. */
export type OtherFormat =
  | "excel2003xml"
  | "html"
  | "xlsb"
  | "ods"
  | "fods"
  | "ots"
  | "csv"
  | "tsv"
  | "numbers"
  | "xltx"
  | "xltm"
  | "xlam"
  | "gnumeric"
  | "sxc"
  | "uos"
  | "wps"
  | "xlw"
  | "wk1"
  | "dbf";

/** What a zip without a workbook part holds instead. */
export type ZipContent = "docx" | "pptx" | "zip";

/** The field of a local header that says something else than the central directory. */
export type HeaderField = "name" | "method" | "encryption" | "sizes" | "descriptor";

/** How a package is damaged or ambiguous (readers would read it differently, or not at all). */
export type DamageDetail =
  | { kind: "twinEntries"; first: string; second: string }
  | { kind: "directorySize" }
  | { kind: "overlap"; entry: string; next: string | null }
  | { kind: "localHeader"; entry: string; field: HeaderField }
  | { kind: "invalidUtf8"; part: string };

/** Which limit of one sheet a sheet is over. */
export type SheetLimit = { kind: "rows"; limit: number } | { kind: "sheetXml"; limitBytes: number };

/** Which limit of one workbook a file is over (src/xlsx/limits.ts). */
export type FileLimit =
  | { kind: "part"; part: string; limitBytes: number }
  | { kind: "inflated"; limitBytes: number }
  | { kind: "cells"; limit: number }
  | { kind: "gridSlots"; limit: number }
  | CountedLimit;

/** A count of items against its limit. */
export type CountedLimit =
  | { kind: "merges"; sheet: string; limit: number }
  | { kind: "sharedStrings"; limit: number }
  | { kind: "arrayChecks"; limit: number };

/** Why a plan cannot be written into the workbook (checked before anything changes). */
export type WriteFailure =
  | { kind: "badAddress"; cell: string }
  | { kind: "notFinite"; cell: string }
  | { kind: "inMerge"; cell: string; range: string }
  | { kind: "inArray"; cell: string; range: string }
  | { kind: "noSheet"; sheet: string }
  | { kind: "structure"; reason: string };

/** The limit a worker was stopped at, on the file in hand (the rest of the batch goes on). */
export type WorkerLimit = { kind: "memory"; mb: number } | { kind: "time"; seconds: number };

/** How a worker ended on the file in hand: an exit code, or the error it raised. */
export type WorkerCrash = { kind: "exit"; code: number } | { kind: "error"; message: string };

/** Every problem a file can have, with its values. */
export type FileProblem =
  | { kind: "empty"; file: string }
  | { kind: "notZip"; file: string }
  | { kind: "truncated"; file: string }
  | { kind: "corrupt"; file: string; part: string }
  | { kind: "zip64"; file: string }
  | { kind: "zipEncrypted"; file: string }
  | { kind: "encrypted"; file: string }
  | { kind: "legacyXls"; file: string }
  | { kind: "legacyOther"; file: string; format: OtherFormat }
  | { kind: "oleNotWorkbook"; file: string }
  | { kind: "notWorkbook"; file: string; content: ZipContent }
  | { kind: "sheetTooLarge"; file: string; sheet: string; limit: SheetLimit }
  | { kind: "fileTooLarge"; file: string; limit: FileLimit }
  | { kind: "fileSize"; file: string; bytes: number; limitBytes: number; host: "cli" | "page" }
  | { kind: "damaged"; file: string; detail: DamageDetail }
  | { kind: "malformedXml"; file: string; part: string; line: number; reason: string }
  | { kind: "strict"; file: string }
  | { kind: "sheetProtected"; sheet: string }
  | { kind: "writeFailed"; failure: WriteFailure }
  | { kind: "workerStopped"; file: string; limit: WorkerLimit }
  | { kind: "workerCrashed"; file: string; cause: WorkerCrash }
  | { kind: "readFailed"; reason: string }
  | { kind: "processingFailed"; reason: string };

/** The kind of a file problem. */
export type FileProblemKind = FileProblem["kind"];

/** The values of one kind of problem. */
export type ProblemOf<K extends FileProblemKind> = Extract<FileProblem, { kind: K }>;

/** One language's file messages: a function per problem kind. */
export type FileMessages = { [K in FileProblemKind]: (p: ProblemOf<K>) => string };

/** A file's size in MB beside the limit it passed: whole MB, or to 0.1 MB rounded up where whole MB would read as no
 *  more than the limit (a file a few bytes over 200 MB is "200.1", not "200", over 200). */
export function megabytesOver(bytes: number, limitBytes: number): number {
  const whole = Math.round(bytes / 1048576);
  return whole > Math.round(limitBytes / 1048576) ? whole : Math.ceil(bytes / 104857.6) / 10;
}
