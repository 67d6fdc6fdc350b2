/**
 * The terminal session in localStorage under a versioned key per mission. Everything read back
 * is validated (zod here, the engine's own schema for its state); anything odd is ignored and
 * the learner simply starts fresh. Storage may be unavailable or full: then nothing persists.
 */
import { z } from "zod";
import { restoreSandbox, type Sandbox, type Scenario } from "@/lib/sandbox";

export const SESSION_VERSION = 1;
export const sessionKey = (mission: Scenario) => `deploy-notes:sandbox:v${SESSION_VERSION}:${mission}`;

/** Bounded scrollback kept across reloads. */
export const MAX_TRANSCRIPT = 400;

export const entrySchema = z.object({
  id: z.number().int().nonnegative(),
  kind: z.enum(["cmd", "stdout", "stderr", "info"]),
  text: z.string().max(200_000),
});
export type TranscriptEntry = z.infer<typeof entrySchema>;

const sessionSchema = z.object({
  version: z.literal(SESSION_VERSION),
  engine: z.string().max(2_000_000),
  transcript: z.array(entrySchema).max(MAX_TRANSCRIPT),
  commandHistory: z.array(z.string().max(2000)).max(200),
});

export interface StoredSession {
  sandbox: Sandbox;
  transcript: TranscriptEntry[];
  commandHistory: string[];
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadSession(mission: Scenario): StoredSession | null {
  try {
    const raw = storage()?.getItem(sessionKey(mission));
    if (!raw || raw.length > 3_000_000) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const sandbox = restoreSandbox(parsed.data.engine);
    if (!sandbox || sandbox.state().scenario !== mission) return null;
    return { sandbox, transcript: parsed.data.transcript, commandHistory: parsed.data.commandHistory };
  } catch {
    return null;
  }
}

export function saveSession(mission: Scenario, session: StoredSession): void {
  try {
    const value = JSON.stringify({
      version: SESSION_VERSION,
      engine: session.sandbox.serialize(),
      transcript: session.transcript.slice(-MAX_TRANSCRIPT),
      commandHistory: session.commandHistory.slice(-200),
    });
    storage()?.setItem(sessionKey(mission), value);
  } catch {
    // Quota or privacy mode: the session simply is not kept.
  }
}

export function clearSession(mission: Scenario): void {
  try {
    storage()?.removeItem(sessionKey(mission));
  } catch {
    // nothing stored
  }
}
