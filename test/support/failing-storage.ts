import { MemoryStorage, type StoreItems } from 'botbuilder';

/** Bot storage in memory whose writes can be made to fail, to provoke an error inside a turn. */
export class FailingStorage extends MemoryStorage {
  /** While true, every write rejects. */
  failWrites = false;

  override async write(changes: StoreItems): Promise<void> {
    if (this.failWrites) throw new Error('storage unavailable');
    await super.write(changes);
  }
}
