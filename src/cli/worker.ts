// A worker thread of the command line: processes the file jobs it is sent.
import { parentPort } from "node:worker_threads";
import { processFile, type FileJob } from "./processFile";

parentPort?.on("message", (m: { i: number; job: FileJob }) => {
  parentPort!.postMessage({ i: m.i, outcome: processFile(m.job) });
});
