// What a run stopped part-way leaves behind: none of its own files. Ctrl+C or a kill (SIGINT, SIGTERM) first halts
// what still writes (the pool's workers), then ends the run through process.exit, so that the exit handlers run: the
// report's temporary file, the workers' temporary copies and the folder locks are removed (without a handler Node
// ends at once, and a 100,000-file run left its 170 MB temporary report).

/** What is undone when the process ends before the run could: each removes files of its own, and never throws. */
const cleanups = new Set<() => void>();
/** What is halted on Ctrl+C or a kill before the process ends (workers writing copies). */
const halts = new Set<() => Promise<void>>();
/** Longest wait for the halts before the process ends anyway. */
export const HALT_WAIT_MS = 3000;

let stopping = false;
const runCleanups = (): void => {
  for (const cleanup of [...cleanups]) cleanup();
  cleanups.clear();
};
/** Halts what writes, then exits with a shell's code for the signal (128 + 2, 128 + 15); a second signal exits now. */
const stopWith = (code: number) => (): void => {
  if (stopping) process.exit(code);
  stopping = true;
  const halted = Promise.all([...halts].map((halt) => halt().catch(() => undefined)));
  const waited = new Promise((resolve) => setTimeout(resolve, HALT_WAIT_MS).unref());
  void Promise.race([halted, waited]).then(() => process.exit(code));
};
const onInterrupt = stopWith(130);
const onTerminate = stopWith(143);

function listen(on: boolean): void {
  const method = on ? "on" : "off";
  process[method]("exit", runCleanups);
  process[method]("SIGINT", onInterrupt);
  process[method]("SIGTERM", onTerminate);
}

function add<T>(set: Set<T>, item: T): () => void {
  if (cleanups.size + halts.size === 0) listen(true);
  set.add(item);
  return () => {
    if (set.delete(item) && cleanups.size + halts.size === 0) listen(false);
  };
}

/** Has `cleanup` run if the process ends (normally, by Ctrl+C or by a kill) before the returned function is called,
 *  which forgets it; the handlers are installed while anything waits. */
export function cleanUpOnStop(cleanup: () => void): () => void {
  return add(cleanups, cleanup);
}

/** Has `halt` run and be waited for (at most HALT_WAIT_MS) on Ctrl+C or a kill, before the process ends; the
 *  returned function forgets it. */
export function haltOnStop(halt: () => Promise<void>): () => void {
  return add(halts, halt);
}
