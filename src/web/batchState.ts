// The files of the page and their results, kept outside React; the page re-renders from snapshots at most every
// FLUSH_MS so that a 200-file batch does not re-render 200 times.
import type { BandPick, MarkPolicy } from "../core";
import { failedReport, fileMessage } from "../core";
import type { Profile } from "../core";
import type { RunMode } from "../host/types";
import { BatchQueue, type BatchProgress } from "./batchQueue";
import { scoredName, uniqueNames } from "./fileTypes";
import { PreviewCache } from "./previewCache";
import { failedFile, type ScoredFile } from "./protocol";
import { NotStartedError } from "./workerPool";

/** How often (ms) at most the page is told that something changed during a batch. */
export const FLUSH_MS = 200;

/** The settings of a run, fixed when files are queued. */
export interface RunSettings {
  mode: RunMode;
  profile: Profile;
  lang: "zh" | "en";
  /** Which findings mark the workbook: errors and warnings, or the blue hints too (the page's setting). */
  marks: MarkPolicy;
  /** Build the table previews too: only when a file is opened (previewOf), never for a batch. */
  previews?: boolean;
  /** The bands picked for the file's rows waiting for a person (set per entry by BatchState). */
  picks?: readonly BandPick[];
}

/** One file on the page. */
export interface FileEntry {
  id: number;
  /** The name the reviewer knows it by: its path inside a picked or dropped folder (单位A/自评表.xlsx), else the file name. */
  name: string;
  status: "queued" | "running" | "done" | "failed";
  result: ScoredFile | null;
  /** The profile of the run that produced `result`. */
  profileId: string | null;
  /** The mode of the run that produced `result`. */
  mode: RunMode | null;
  /** The name its scored workbook downloads under (unique on the page), with its folder: the path in the zip. */
  downloadName: string;
}

/** A file to score: the name the reviewer knows it by (a folder's files: their relative path) and its File. The page
 *  never reads a file's size or bytes itself (each can be a blocking call to the browser process): the worker does. */
export interface FileSource {
  name: string;
  file: Blob;
}

/** What the page draws from. */
export interface BatchSnapshot {
  entries: readonly FileEntry[];
  progress: BatchProgress;
  /** Milliseconds from the first file queued to the last settled, null while running or before any run. */
  elapsedMs: number | null;
  running: boolean;
}

/** Scores a file in a worker slot (the worker reads `file`, refusing one over MAX_FILE_BYTES unread). */
export type ScoreInSlot = (slot: number, name: string, file: Blob, settings: RunSettings) => Promise<ScoredFile>;

interface Job {
  entry: FileEntry;
  source: FileSource;
  settings: RunSettings;
}

/** Holds the entries and runs them through a BatchQueue; `onChange` is throttled to FLUSH_MS. */
export class BatchState {
  private entries: FileEntry[] = [];
  private readonly sources = new Map<number, FileSource>();
  /** The settings each entry's result was made with (the copy without marks uses them again). */
  private readonly settingsOf = new Map<number, RunSettings>();
  /** The bands picked on each entry's result: every later run of the entry scores with them. */
  private readonly picksOf = new Map<number, readonly BandPick[]>();
  private readonly previews = new PreviewCache();
  private queue: BatchQueue<Job, ScoredFile> | null = null;
  private progress: BatchProgress = { total: 0, finished: 0, failed: 0, running: 0 };
  private startedAt = 0;
  private elapsedMs: number | null = null;
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = 0;

  constructor(
    private readonly score: ScoreInSlot,
    private readonly slots: number,
    private readonly onChange: (snapshot: BatchSnapshot) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Queues new files with `settings`; they start at once. Reads only names (never a File's size or bytes), so that
   *  adding 200 files does not stall the page. */
  add(sources: readonly FileSource[], settings: RunSettings): void {
    if (sources.length === 0) return;
    const taken = this.entries.map((e) => e.downloadName);
    const names = uniqueNames([...taken, ...sources.map((s) => scoredName(s.name))]).slice(taken.length);
    const added = sources.map((source, i) => {
      const entry: FileEntry = {
        id: this.nextId++,
        name: source.name,
        status: "queued",
        result: null,
        profileId: null,
        mode: null,
        downloadName: names[i],
      };
      this.sources.set(entry.id, source);
      return entry;
    });
    this.entries = [...this.entries, ...added];
    this.enqueue(added, settings);
  }

  /** Scores every file again with new settings (a running batch is dropped). */
  rerun(settings: RunSettings): void {
    this.queue?.cancel();
    this.queue = null;
    this.progress = { total: 0, finished: 0, failed: 0, running: 0 };
    this.entries = this.entries.map((e) => ({ ...e, status: "queued", result: null, profileId: null, mode: null }));
    this.enqueue(this.entries, settings);
  }

  /** Scores an entry again with the settings of its last run but other marks, outside the batch (its entry is not
   *  changed): the copy without marks is the same file scored with marks "none". Null when the entry has no run. */
  async scoreCopy(id: number, marks: MarkPolicy): Promise<ScoredFile | null> {
    return this.scoreAgain(id, { marks });
  }

  /** Picks a band for a row of an entry waiting for a person: the entry is scored again with every band picked on it
   *  (a later pick of the same row replaces the earlier), and its result is the new one. */
  async pick(id: number, pick: BandPick): Promise<void> {
    const others = (this.picksOf.get(id) ?? []).filter((p) => p.sheet !== pick.sheet || p.row !== pick.row);
    const picks = [...others, pick];
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    // kept before the run, so a batch run queued meanwhile scores with it too; dropped again if the run fails
    const before = this.picksOf.get(id);
    this.picksOf.set(id, picks);
    const result = await this.scoreAgain(id, { picks })?.catch((err: unknown) => {
      if (this.picksOf.get(id) === picks) this.restorePicks(id, before);
      throw err;
    });
    if (!result || !this.entries.some((e) => e.id === id)) return;
    this.settle({ entry, source: this.sources.get(id)!, settings: { ...this.settingsOf.get(id)!, picks } }, result);
    this.flush();
  }

  /** The table previews (JSON text) of an entry's result, made by scoring its file again with the same settings and
   *  the previews asked for: a batch neither builds nor keeps them. Null when the entry has no result. */
  previewOf(id: number): Promise<string> | null {
    const result = this.entries.find((e) => e.id === id)?.result;
    if (!result || !this.settingsOf.has(id)) return null;
    return this.previews.get(
      id,
      result,
      async () => (await this.scoreAgain(id, { previews: true }))?.previewJson ?? "[]",
    );
  }

  /** An entry's file scored again, outside the batch, with the settings of its last run changed by `change`; null
   *  when the entry has no run. */
  private scoreAgain(id: number, change: Partial<RunSettings>): Promise<ScoredFile> | null {
    const source = this.sources.get(id);
    const settings = this.settingsOf.get(id);
    return source && settings ? this.scoreSource(source, { ...settings, ...change }, 0) : null;
  }

  /** Forgets every file. */
  clear(): void {
    this.queue?.cancel();
    this.queue = null;
    this.entries = [];
    this.sources.clear();
    this.settingsOf.clear();
    this.picksOf.clear();
    this.previews.clear();
    this.progress = { total: 0, finished: 0, failed: 0, running: 0 };
    this.elapsedMs = null;
    this.flush();
  }

  /** The current state. */
  snapshot(): BatchSnapshot {
    return {
      entries: this.entries,
      progress: { ...this.progress },
      elapsedMs: this.elapsedMs,
      running: this.queue?.active ?? false,
    };
  }

  private enqueue(entries: readonly FileEntry[], settings: RunSettings): void {
    if (!this.queue || !this.queue.active) {
      this.queue = new BatchQueue<Job, ScoredFile>(
        (job, slot) => this.scoreSource(job.source, job.settings, slot),
        this.slots,
        {
          onStart: (job) => this.update(job.entry.id, { status: "running" }),
          onSettled: (job, outcome) => this.settle(job, outcome.ok ? outcome.value : this.crashed(job, outcome.error)),
          onProgress: (p) => {
            this.progress = p;
            this.schedule();
          },
          onIdle: () => {
            this.elapsedMs = this.now() - this.startedAt;
            this.flush();
          },
        },
      );
      this.startedAt = this.now();
      this.elapsedMs = null;
    }
    const jobs = entries.map((entry) => ({
      entry,
      source: this.sources.get(entry.id) as FileSource,
      settings: this.withPicks(entry.id, settings),
    }));
    this.queue.add(jobs);
    this.flush();
  }

  /** Puts back the picks of entry `id` as they were (`picks` undefined: none). */
  private restorePicks(id: number, picks: readonly BandPick[] | undefined): void {
    if (picks) this.picksOf.set(id, picks);
    else this.picksOf.delete(id);
  }

  /** `settings` with the bands picked on entry `id`. */
  private withPicks(id: number, settings: RunSettings): RunSettings {
    const picks = this.picksOf.get(id);
    return picks ? { ...settings, picks } : settings;
  }

  /** Scores one file in a slot; when its worker died on the file before this one started, sends it again. */
  private async scoreSource(source: FileSource, settings: RunSettings, slot: number): Promise<ScoredFile> {
    for (;;) {
      try {
        return await this.score(slot, source.name, source.file, settings);
      } catch (e) {
        if (!(e instanceof NotStartedError)) throw e;
      }
    }
  }

  private crashed(job: Job, error: unknown): ScoredFile {
    const reason = error instanceof Error ? error.message : String(error);
    const message = fileMessage({ kind: "processingFailed", reason }, job.settings.lang);
    return failedFile(failedReport(job.source.name, "FILE_UNREADABLE", message));
  }

  private settle(job: Job, result: ScoredFile): void {
    const failed = result.report.tables.length === 0;
    this.settingsOf.set(job.entry.id, job.settings);
    this.update(job.entry.id, {
      status: failed ? "failed" : "done",
      result,
      profileId: job.settings.profile.id,
      mode: job.settings.mode,
    });
  }

  private update(id: number, patch: Partial<FileEntry>): void {
    const i = this.entries.findIndex((e) => e.id === id);
    if (i < 0) return;
    this.entries = this.entries.slice();
    this.entries[i] = { ...this.entries[i], ...patch };
    this.schedule();
  }

  /** Tells the page now if the last flush is older than FLUSH_MS, else once that time has passed. */
  private schedule(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, FLUSH_MS - (this.now() - this.lastFlush));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.lastFlush = this.now();
    this.onChange(this.snapshot());
  }
}
