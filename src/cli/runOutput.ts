// Where a run's results go as they come: the printed summary, the streamed JSON report, the counters, and what a
// summary workbook or drafts need kept.
import type { FileReport } from "../core";
import { RunTally, type FileAggregate } from "./aggregate";
import type { FileResult, ReportEntry } from "./fileResult";
import type { InputFile } from "./files";
import type { CliIO } from "./main";
import { ReportStream } from "./reportStream";

/** Where the run's results go as they come: stdout (each file's summary), the JSON report, the counters. */
export class RunOutput {
  readonly tally = new RunTally();
  /** The files' aggregates, kept only for a summary workbook (--summary): about half a kilobyte a file. */
  readonly aggregates: FileAggregate[] = [];
  /** The reports of the files drafted (`selfeval report`), with their inputs. */
  readonly drafted: { report: FileReport; input: InputFile }[] = [];
  private readonly report: ReportStream | null;

  constructor(
    private readonly io: CliIO,
    private readonly progress: boolean,
    json: string | null,
    profileId: string,
    private readonly keep: { aggregates: boolean; drafts: boolean },
  ) {
    this.report = json === null ? null : new ReportStream(json, profileId);
  }

  /** Writes one file's result out; `input` is the file it came from (null for a file listed but not processed). */
  add(result: FileResult, input: InputFile | null = null): void {
    if (this.progress) process.stderr.write("\r\x1b[K");
    this.io.out(result.lines);
    if (result.json !== null) this.report?.add(result.json);
    this.tally.add(result.aggregate);
    if (this.keep.aggregates) this.aggregates.push(result.aggregate);
    if (this.keep.drafts && input && result.json !== null)
      this.drafted.push({ report: JSON.parse(textOf(result.json)) as FileReport, input });
  }

  /** Ends the report; returns the error that kept it from being written, or null. */
  finish(): unknown {
    return this.report ? this.report.finish() : null;
  }
}

/** A report entry as text (workers send it as UTF-8 bytes). */
function textOf(entry: ReportEntry): string {
  const decoder = new TextDecoder();
  let text = "";
  for (const piece of entry) text += typeof piece === "string" ? piece : decoder.decode(piece, { stream: true });
  return text + decoder.decode();
}
