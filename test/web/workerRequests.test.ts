// The page's worker side of a request: it reads the File itself (size once, a small file's bytes on arrival, none of
// one over the limit), answers in order, and turns a failed read into a failed reply.
import { BUILT_IN_PROFILES } from "../../src/core/profile";
import { MAX_FILE_BYTES } from "../../src/web/fileTypes";
import { pagePacker } from "../../src/web/pageCodec";
import type { ScoreRequest, WorkerResponse } from "../../src/web/protocol";
import { READ_AHEAD_BYTES, requestHandler, startRead, tooLargeFile } from "../../src/web/workerRequests";
import { workbookBytes } from "../helpers/fixtures";

/** A Blob stand-in that counts how often its size and bytes are asked for. */
function countingBlob(size: number, bytes: Uint8Array = new Uint8Array(0), fail?: Error) {
  const counts = { size: 0, reads: 0 };
  const blob = {
    get size() {
      counts.size++;
      return size;
    },
    arrayBuffer: async () => {
      counts.reads++;
      if (fail) throw fail;
      return bytes.slice().buffer;
    },
  } as unknown as Blob;
  return { blob, counts };
}

const until = async (done: () => boolean): Promise<void> => {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!done()) throw new Error("timed out");
};

const request = (id: number, name: string, file: Blob): ScoreRequest => ({
  type: "score",
  id,
  name,
  file,
  mode: "score",
  profile: BUILT_IN_PROFILES[0],
  lang: "zh",
});

describe("startRead", () => {
  it("refuses a file over 200 MB without reading it, its size asked once", async () => {
    const { blob, counts } = countingBlob(MAX_FILE_BYTES + 1);
    const read = startRead(blob);
    expect(await read()).toEqual({ tooLarge: MAX_FILE_BYTES + 1 });
    expect(counts).toEqual({ size: 1, reads: 0 });
    expect(tooLargeFile("huge.xlsx", MAX_FILE_BYTES + 1, "zh").report.errors[0]).toEqual({
      code: "FILE_TOO_LARGE",
      message: "“huge.xlsx”大小200.1MB，超过200MB，无法在浏览器中处理。",
    });
  });

  it("reads a small file at once and a larger one only when its turn comes", async () => {
    const small = countingBlob(3, new Uint8Array([1, 2, 3]));
    const large = countingBlob(READ_AHEAD_BYTES + 1, new Uint8Array([4]));
    const readSmall = startRead(small.blob);
    const readLarge = startRead(large.blob);
    expect([small.counts.reads, large.counts.reads]).toEqual([1, 0]);
    expect(await readSmall()).toEqual({ bytes: new Uint8Array([1, 2, 3]) });
    expect(await readLarge()).toEqual({ bytes: new Uint8Array([4]) });
    expect([small.counts, large.counts]).toEqual([
      { size: 1, reads: 1 },
      { size: 1, reads: 1 },
    ]);
  });
});

describe("requestHandler", () => {
  it("scores Files in the order they came, the next one read while the one before is scored", async () => {
    const replies: { reply: WorkerResponse; transfer: Transferable[]; readsThen: number }[] = [];
    const second = countingBlob(10, new Uint8Array(10));
    const handle = requestHandler(pagePacker(false), (reply, transfer) =>
      replies.push({ reply, transfer, readsThen: second.counts.reads }),
    );
    handle(request(1, "项目.xlsx", new Blob([workbookBytes("project-gansu-2021.xlsx") as Uint8Array<ArrayBuffer>])));
    handle(request(2, "坏.xlsx", second.blob));
    expect(second.counts.reads).toBe(1); // on arrival, before the first is answered
    await new Promise((r) => setTimeout(r, 200));
    expect(replies.map((r) => r.reply.id)).toEqual([1, 2]);
    const [first, bad] = replies.map((r) => r.reply);
    if (first.type !== "scored" || bad.type !== "scored") throw new Error("not scored");
    expect(first.result.report.tables[0].total).toBe(96.88);
    expect(replies[0].transfer).toEqual([first.result.output?.buffer]);
    expect(replies[0].readsThen).toBe(1);
    expect(bad.result.report.errors.map((e) => e.code)).toEqual(["FILE_UNREADABLE"]);
    expect(second.counts.size).toBe(1);
  });

  it("answers a file that cannot be read (gone, or its size unknown) with a failed reply, and goes on", async () => {
    const replies: WorkerResponse[] = [];
    const handle = requestHandler(pagePacker(false), (reply) => replies.push(reply));
    const unsized = {
      get size(): number {
        throw new Error("NotFoundError");
      },
    } as unknown as Blob;
    handle(request(1, "a.xlsx", countingBlob(5, undefined, new Error("NotReadableError")).blob));
    handle(request(2, "b.xlsx", unsized));
    handle({ type: "zip", id: 3, entries: [{ name: "a.json", bytes: new Uint8Array([123, 125]) }] });
    await new Promise((r) => setTimeout(r, 50));
    expect(replies.map((r) => [r.id, r.type, r.type === "failed" ? r.message : ""])).toEqual([
      [1, "failed", "NotReadableError"],
      [2, "failed", "NotFoundError"],
      [3, "zipped", ""],
    ]);
  });

  it("warms up on the example for the rounds asked, and stops at once when a file comes", async () => {
    const example = new Blob([workbookBytes("project-gansu-2021.xlsx") as Uint8Array<ArrayBuffer>]);
    const replies: WorkerResponse[] = [];
    const handle = requestHandler(pagePacker(false), (reply) => replies.push(reply));
    const warm = { type: "warm", file: example, profile: BUILT_IN_PROFILES[0] } as const;
    handle({ ...warm, id: 1, rounds: 3 });
    await until(() => replies.length === 1);
    expect(replies[0]).toEqual({ type: "warmed", id: 1, rounds: 3 });
    handle({ ...warm, id: 2, rounds: 1000 });
    await new Promise((r) => setTimeout(r, 30));
    handle(request(3, "项目.xlsx", example));
    await until(() => replies.length === 3);
    const [, warmed, scoredReply] = replies;
    expect(warmed.type === "warmed" && warmed.rounds).toBeGreaterThan(0);
    expect(warmed.type === "warmed" && warmed.rounds).toBeLessThan(1000);
    expect(scoredReply.type === "scored" && scoredReply.result.report.tables[0].total).toBe(96.88);
  });
});
