// Questions at the terminal, one line each; a password's characters are not echoed.
// Works on a plain stream too (tests, piped input), where there is nothing to hide.
import readline from "node:readline";
import { Writable } from "node:stream";

export class SetupCancelled extends Error {
  constructor() {
    super("Setup cancelled; nothing was created.");
  }
}

export type TerminalStreams = { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream };

export class TerminalQuestions {
  private hidden = false;
  private closed = false;
  // Lines typed (or piped) ahead of their question wait here for it.
  private readonly typed: string[] = [];
  private waiting: { resolve(line: string): void; reject(error: Error): void } | null = null;
  private readonly lines: readline.Interface;

  constructor(private readonly streams: TerminalStreams) {
    // readline echoes what is typed through its output; this one stays silent while hidden.
    const echo = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        if (!this.hidden) streams.output.write(chunk);
        done();
      },
    });
    this.lines = readline.createInterface({ input: streams.input, output: echo, terminal: Boolean(streams.input.isTTY) });
    this.lines.on("line", (line) => {
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting) waiting.resolve(line);
      else this.typed.push(line);
    });
    this.lines.on("close", () => {
      this.closed = true;
      this.waiting?.reject(new SetupCancelled());
      this.waiting = null;
    });
    this.lines.on("SIGINT", () => this.lines.close());
  }

  ask(question: string): Promise<string> {
    return this.read(question, false);
  }

  askHidden(question: string): Promise<string> {
    return this.read(question, true);
  }

  say(text: string): void {
    this.streams.output.write(`${text}\n`);
  }

  close(): void {
    this.lines.close();
  }

  private async read(question: string, hidden: boolean): Promise<string> {
    this.streams.output.write(question);
    this.hidden = hidden;
    try {
      const ahead = this.typed.shift();
      if (ahead !== undefined) return ahead;
      if (this.closed) throw new SetupCancelled();
      return await new Promise<string>((resolve, reject) => (this.waiting = { resolve, reject }));
    } finally {
      this.hidden = false;
      if (hidden) this.streams.output.write("\n"); // the Enter key was not echoed either
    }
  }
}
