// The page's Web Worker: scores workbooks and packs zips off the main thread, so the page never freezes.
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { scoreFileBytes, zipFiles } from "./workerTasks";

/** The worker's global scope, typed with just what we use (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** Handles one request and posts its reply; output bytes are transferred, not copied. */
function handle(request: WorkerRequest): void {
  try {
    if (request.type === "score") {
      const result = scoreFileBytes(new Uint8Array(request.bytes), request.name, request);
      const transfer = result.output ? [result.output.buffer as ArrayBuffer] : [];
      scope.postMessage({ type: "scored", id: request.id, result }, transfer);
    } else {
      const bytes = zipFiles(request.entries);
      scope.postMessage({ type: "zipped", id: request.id, bytes }, [bytes.buffer as ArrayBuffer]);
    }
  } catch (err) {
    scope.postMessage({ type: "failed", id: request.id, message: err instanceof Error ? err.message : String(err) }, []);
  }
}

scope.onmessage = (event) => handle(event.data);
