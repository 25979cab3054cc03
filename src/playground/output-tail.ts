const MAX_CHARS = 8_192;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC.
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

/** Keeps the last few kilobytes of a child process's stdout and stderr, for error messages. */
export class OutputTail {
  private buffer = '';
  private firstListeningPort: number | undefined;

  /** Adds a chunk of output, dropping the oldest text beyond the limit. */
  append(chunk: Buffer | string): void {
    this.buffer = (this.buffer + chunk.toString().replace(ANSI_ESCAPE, '')).slice(-MAX_CHARS);
    if (this.firstListeningPort === undefined) {
      const match = /Listening on (\d+)/.exec(this.buffer);
      if (match) this.firstListeningPort = Number(match[1]);
    }
  }

  /** The port from the playground's "Listening on <port>" line, once it has printed it. */
  listeningPort(): number | undefined {
    return this.firstListeningPort;
  }

  /** The kept output, trimmed. */
  text(): string {
    return this.buffer.trim();
  }
}
