// Counts the context.sync() round trips of one Excel.run, the number the host promises to keep small.

/** Wraps context.sync() and counts each call. */
export class SyncMeter {
  count = 0;

  constructor(readonly context: Excel.RequestContext) {}

  /** One round trip to Excel. */
  async sync(): Promise<void> {
    this.count++;
    await this.context.sync();
  }
}
