/** One Graph request the sandbox served. */
export interface RequestLogEntry {
  method: string;
  /** Path below the host, with the query string, e.g. `/v1.0/me/drive/root/children?$top=5`. */
  path: string;
  status: number;
  startedAt: string;
  endedAt: string;
  /** The signed-in user's id, or null when the token was missing or invalid. */
  user: string | null;
  /** For `$batch` entries: the id of the outer batch and of the entry in it. */
  batchId?: string;
  batchEntryId?: string;
}

/** In-memory log of served Graph requests, bounded so a long benchmark cannot exhaust memory. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly limit = 10000) {}

  /** Appends an entry, dropping the oldest beyond the limit. */
  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  /** All entries, oldest first. */
  list(): RequestLogEntry[] {
    return [...this.entries];
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries = [];
  }
}
