// The page's Web Worker: reads, scores and packs workbooks off the main thread, so the page never freezes.
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { pagePacker } from "./pageCodec";
import { requestHandler } from "./workerRequests";

/** The worker's global scope, typed with just what we use (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = requestHandler(pagePacker(), (reply, transfer) => scope.postMessage(reply, transfer));

scope.onmessage = (event) => handle(event.data);
