// The page's Web Worker: scores workbooks and packs zips off the main thread, so the page never freezes.
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { pagePacker } from "./pageCodec";
import { scoreFileBytesAsync, zipFiles } from "./workerTasks";

/** The worker's global scope, typed with just what we use (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

const pack = pagePacker();

/** Handles one request and posts its reply; output bytes are transferred, not copied. */
async function handle(request: WorkerRequest): Promise<void> {
  try {
    if (request.type === "score") {
      const result = await scoreFileBytesAsync(new Uint8Array(request.bytes), request.name, request, pack);
      const transfer = result.output ? [result.output.buffer as ArrayBuffer] : [];
      scope.postMessage({ type: "scored", id: request.id, result }, transfer);
    } else {
      const bytes = zipFiles(request.entries);
      scope.postMessage({ type: "zipped", id: request.id, bytes }, [bytes.buffer as ArrayBuffer]);
    }
  } catch (err) {
    scope.postMessage(
      { type: "failed", id: request.id, message: err instanceof Error ? err.message : String(err) },
      [],
    );
  }
}

/** Requests are handled one after the other, in the order they came (the pool's time limit counts on it). */
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};
