/** What a command handler gets: the state, ordered output, stdin and the password answer. */
import type { SandboxState } from "./state";

export interface Chunk {
  stream: "stdout" | "stderr";
  text: string;
}

export interface CommandIO {
  state: SandboxState;
  /** Piped input from the previous command of a pipeline ("" when none). */
  stdin: string;
  /** The answer to a `Password:` prompt, if the UI collected one. */
  password: string | undefined;
  /** False when stdout feeds a pipe (ls then prints one name per line, like the real one). */
  tty: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Ask the UI to clear the screen (`clear`, Ctrl+L). */
  requestClear(): void;
}

export type Handler = (args: string[], io: CommandIO) => number;

/** Maximum output a single command may produce; keeps hostile loops bounded. */
export const MAX_OUTPUT = 200_000;
