"use client";
/**
 * One mission's terminal session: the engine, the visible transcript and the typed-command
 * history, restored from and saved to localStorage after every command.
 */
import { useCallback, useRef, useState } from "react";
import { createSandbox, type RunResult, type Sandbox, type SandboxState, type Scenario } from "@/lib/sandbox";
import { clearSession, loadSession, MAX_TRANSCRIPT, saveSession, type TranscriptEntry } from "./session-storage";

const WELCOME =
  "연습용 가상 노드입니다. Docker 23.0.6과 containerd(ctr) 1.6.21이 실제 노드처럼 답합니다.\n" +
  "'help'로 쓸 수 있는 명령을 보고, 미션 목표의 '대신 입력하기'로 명령을 채울 수도 있어요.";

function welcome(): TranscriptEntry[] {
  return [{ id: 0, kind: "info", text: WELCOME }];
}

export interface SandboxSession {
  state: SandboxState;
  transcript: TranscriptEntry[];
  commandHistory: string[];
  /** True when the session came back from storage (the learner had started before). */
  restored: boolean;
  run(line: string, password?: string): RunResult;
  cancel(line: string): void;
  clear(): void;
  reset(): void;
  setUser(user: string): void;
  needsPassword(line: string): boolean;
  complete: Sandbox["complete"];
}

export function useSandboxSession(mission: Scenario): SandboxSession {
  const [initial] = useState(() => loadSession(mission));
  const sandboxRef = useRef<Sandbox>(initial?.sandbox ?? createSandbox({ scenario: mission }));
  const [state, setState] = useState<SandboxState>(() => sandboxRef.current.state());
  const [transcript, setTranscript] = useState<TranscriptEntry[]>(() => initial?.transcript ?? welcome());
  const [commandHistory, setCommandHistory] = useState<string[]>(() => initial?.commandHistory ?? []);
  const restored = initial !== null;

  // The latest values for save(), which runs right after a state update.
  const latest = useRef({ transcript, commandHistory });
  latest.current = { transcript, commandHistory };

  const persist = useCallback(
    (nextTranscript: TranscriptEntry[], nextHistory: string[]) => {
      saveSession(mission, { sandbox: sandboxRef.current, transcript: nextTranscript, commandHistory: nextHistory });
    },
    [mission],
  );

  const append = useCallback(
    (entries: Omit<TranscriptEntry, "id">[], clearFirst: boolean, historyLine?: string) => {
      const base = clearFirst ? [] : latest.current.transcript;
      let id = base.length ? base[base.length - 1].id + 1 : 1;
      const next = [...base, ...entries.map((e) => ({ ...e, id: id++ }))].slice(-MAX_TRANSCRIPT);
      const hist = historyLine ? [...latest.current.commandHistory, historyLine].slice(-200) : latest.current.commandHistory;
      latest.current = { transcript: next, commandHistory: hist };
      setTranscript(next);
      setCommandHistory(hist);
      setState(sandboxRef.current.state());
      persist(next, hist);
    },
    [persist],
  );

  const run = useCallback(
    (line: string, password?: string) => {
      const result = sandboxRef.current.run(line, password === undefined ? undefined : { stdin: password });
      const echo: Omit<TranscriptEntry, "id"> = { kind: "cmd", text: line };
      const outputs = result.chunks.map((c) => ({ kind: c.stream, text: c.text }) as const);
      // `clear` wipes the screen, including the line that asked for it.
      append(result.clear ? outputs : [echo, ...outputs], result.clear, line.trim() ? line : undefined);
      return result;
    },
    [append],
  );

  const cancel = useCallback((line: string) => append([{ kind: "cmd", text: `${line}^C` }], false), [append]);
  const clear = useCallback(() => append([], true), [append]);

  const reset = useCallback(() => {
    clearSession(mission);
    const user = sandboxRef.current.state().user;
    sandboxRef.current = createSandbox({ scenario: mission, user });
    const fresh = welcome();
    latest.current = { transcript: fresh, commandHistory: [] };
    setTranscript(fresh);
    setCommandHistory([]);
    setState(sandboxRef.current.state());
  }, [mission]);

  const setUser = useCallback(
    (user: string) => {
      sandboxRef.current.setUser(user);
      setState(sandboxRef.current.state());
      persist(latest.current.transcript, latest.current.commandHistory);
    },
    [persist],
  );

  const needsPassword = useCallback((line: string) => sandboxRef.current.needsPassword(line), []);
  const complete = useCallback((line: string) => sandboxRef.current.complete(line), []);

  return { state, transcript, commandHistory, restored, run, cancel, clear, reset, setUser, needsPassword, complete };
}
