// What the page's worker does with each request, outside the worker's global scope (tested with a fake `post`):
// a workbook is a File (a Blob) the worker reads itself, so the page's thread never waits on the browser process for
// a file's size or bytes; a small file's bytes are read as soon as its request arrives, while the one before is scored.
import { failedReport, fileMessage } from "../core";
import type { PackedPart } from "../xlsx";
import { MAX_FILE_BYTES } from "./fileTypes";
import {
  failedFile,
  type ScoredFile,
  type ScoreRequest,
  type WarmRequest,
  type WorkerRequest,
  type WorkerResponse,
} from "./protocol";
import { scoreFileBytesAsync, zipFiles } from "./workerTasks";

/** Files up to this size are read as soon as their request arrives (a worker holds two requests at most). */
export const READ_AHEAD_BYTES = 8 * 1024 * 1024;

/** A file's bytes, or its size when it is over the page's limit (then it is never read). */
export type FileRead = { bytes: Uint8Array } | { tooLarge: number };

/** Starts reading a request's file: its size once (a File's size may be a blocking call), a small file's bytes now,
 *  a larger one's when it is its turn, none when it is over `limit`. */
export function startRead(file: Blob, limit = MAX_FILE_BYTES, aheadBytes = READ_AHEAD_BYTES): () => Promise<FileRead> {
  const size = file.size;
  const read = async (): Promise<FileRead> =>
    size > limit ? { tooLarge: size } : { bytes: new Uint8Array(await file.arrayBuffer()) };
  if (size > aheadBytes) return read;
  const started = read();
  started.catch(() => undefined); // a failed read is reported when its turn comes, not as an unhandled rejection
  return () => started;
}

/** The result of a file over the page's limit: failed, with the size in the message, nothing read. */
export function tooLargeFile(name: string, bytes: number, lang: "zh" | "en"): ScoredFile {
  const problem = { kind: "fileSize", file: name, bytes, limitBytes: MAX_FILE_BYTES, host: "page" } as const;
  return failedFile(failedReport(name, "FILE_TOO_LARGE", fileMessage(problem, lang)));
}

/** Packs a changed part (the browser's CompressionStream or fflate: pageCodec.ts). */
export type Packer = (data: Uint8Array) => Promise<PackedPart>;

/** Posts a reply, transferring the bytes it carries. */
export type PostReply = (reply: WorkerResponse, transfer: Transferable[]) => void;

async function scoreRequest(request: ScoreRequest, read: () => Promise<FileRead>, pack: Packer): Promise<ScoredFile> {
  const got = await read();
  if ("tooLarge" in got) return tooLargeFile(request.name, got.tooLarge, request.lang);
  return scoreFileBytesAsync(got.bytes, request.name, request, pack);
}

/** A macrotask's turn, so that a request posted meanwhile is taken in (its message is a task of its own). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Scores the warm-up file up to `rounds` times, stopping when a request is waiting; returns the rounds done. */
async function warmUp(request: WarmRequest, read: () => Promise<FileRead>, pack: Packer, waiting: () => number) {
  const got = await read();
  let rounds = 0;
  if ("tooLarge" in got) return rounds;
  const options = { mode: "score", profile: request.profile, lang: "zh" } as const;
  while (rounds < request.rounds && waiting() === 0) {
    await scoreFileBytesAsync(got.bytes, "warm-up.xlsx", options, pack);
    rounds++;
    await nextTask();
  }
  return rounds;
}

/** What handling a request needs: the packer, where replies go, how many requests wait behind it. */
interface HandlerContext {
  pack: Packer;
  post: PostReply;
  waiting: () => number;
}

/** Handles one request with its file's read already started, and posts the reply (never throws). */
async function handle(request: WorkerRequest, read: () => Promise<FileRead>, { pack, post, waiting }: HandlerContext) {
  try {
    if (request.type === "score") {
      const result = await scoreRequest(request, read, pack);
      post({ type: "scored", id: request.id, result }, result.output ? [result.output.buffer as ArrayBuffer] : []);
    } else if (request.type === "warm") {
      post({ type: "warmed", id: request.id, rounds: await warmUp(request, read, pack, waiting) }, []);
    } else {
      const bytes = zipFiles(request.entries);
      post({ type: "zipped", id: request.id, bytes }, [bytes.buffer as ArrayBuffer]);
    }
  } catch (err) {
    post({ type: "failed", id: request.id, message: err instanceof Error ? err.message : String(err) }, []);
  }
}

const NOTHING_TO_READ = (): Promise<FileRead> => Promise.resolve({ tooLarge: 0 });

/** The worker's message handler: each request's file starts reading on arrival; requests are answered one after
 *  the other in the order they came (the pool's time limit counts on it). */
export function requestHandler(pack: Packer, post: PostReply): (request: WorkerRequest) => void {
  let queue: Promise<void> = Promise.resolve();
  let waiting = 0;
  const context: HandlerContext = { pack, post, waiting: () => waiting };
  return (request) => {
    let read = NOTHING_TO_READ;
    try {
      if (request.type !== "zip") read = startRead(request.file);
    } catch (err) {
      read = () => Promise.reject(err); // a File whose size cannot be had: reported in its turn
    }
    waiting++;
    queue = queue.then(() => {
      waiting--;
      return handle(request, read, context);
    });
  };
}
