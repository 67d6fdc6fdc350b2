"use client";
/**
 * The terminal: scrollback plus one labelled text input. Enter runs the line (or first asks
 * for a masked password when the command will prompt), ↑/↓ walk the history, Tab completes
 * (an empty input lets Tab move focus on, so keyboard users are never trapped), Ctrl+L clears,
 * Ctrl+C / Esc abandon the line.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { PROMPT } from "@/lib/sandbox";
import { CopyButton } from "@/components/mdx/CopyButton";
import { TerminalOutput, transcriptText } from "./TerminalOutput";
import type { SandboxSession } from "./useSandboxSession";
import { TERMINAL_FONT } from "./layout";

export interface FillRequest {
  text: string;
  /** Changes on every request so the same command can be filled twice. */
  nonce: number;
}

const BUTTON =
  "!mt-0 inline-flex min-h-9 shrink-0 whitespace-nowrap items-center justify-center rounded-md px-2.5 text-xs font-medium text-terminal-fg/90 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[#58a6ff] max-sm:min-h-11 max-sm:min-w-11";

export function SandboxTerminal({ session, fill, title }: { session: SandboxSession; fill: FillRequest | null; title: string }) {
  const [line, setLine] = useState("");
  const [passwordFor, setPasswordFor] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const [options, setOptions] = useState<string[]>([]);
  const [historyIndex, setHistoryIndex] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();

  // Keep the newest output in view (instant jump: no smooth scrolling to respect reduced motion).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [session.transcript, options, passwordFor]);

  useEffect(() => {
    if (!fill) return;
    setPasswordFor(null);
    setLine(fill.text);
    setOptions([]);
    inputRef.current?.focus();
  }, [fill]);

  useEffect(() => {
    if (passwordFor !== null) inputRef.current?.focus();
  }, [passwordFor]);

  function submit() {
    if (passwordFor !== null) {
      session.run(passwordFor, password);
      setPasswordFor(null);
      setPassword("");
      return;
    }
    setOptions([]);
    setHistoryIndex(null);
    if (line.trim() && session.needsPassword(line)) {
      setPasswordFor(line);
      setLine("");
      return;
    }
    session.run(line);
    setLine("");
  }

  function cancelLine() {
    if (passwordFor !== null) {
      session.cancel(passwordFor);
      setPasswordFor(null);
      setPassword("");
    } else {
      session.cancel(line);
      setLine("");
    }
    setOptions([]);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      e.preventDefault();
      submit();
    } else if ((e.key === "c" && e.ctrlKey) || e.key === "Escape") {
      if (e.key === "c" && (inputRef.current?.selectionStart ?? 0) !== (inputRef.current?.selectionEnd ?? 0)) return; // copying
      e.preventDefault();
      cancelLine();
    } else if (e.key === "l" && e.ctrlKey) {
      e.preventDefault();
      session.clear();
    } else if (passwordFor !== null) {
      return;
    } else if (e.key === "Tab" && !e.shiftKey && line.length > 0) {
      e.preventDefault();
      const c = session.complete(line);
      setLine(c.line);
      setOptions(c.options.length > 1 ? c.options : []);
    } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      const hist = session.commandHistory;
      if (!hist.length) return;
      e.preventDefault();
      const cur = historyIndex ?? hist.length;
      const next = e.key === "ArrowUp" ? Math.max(0, cur - 1) : Math.min(hist.length, cur + 1);
      setHistoryIndex(next);
      setLine(next === hist.length ? "" : hist[next]);
    }
  }

  const masked = passwordFor !== null;
  return (
    <section aria-labelledby={titleId} style={TERMINAL_FONT} className="flex h-full min-h-0 flex-col overflow-hidden rounded-xl border border-black/20 bg-terminal-bg text-[13px] leading-5 text-terminal-fg shadow-sm dark:border-white/10">
      <div className="flex items-center gap-1 border-b border-white/10 px-3 py-1">
        <h3 id={titleId} className="!mt-0 mr-auto truncate !text-xs !leading-5 !font-semibold text-terminal-dim">
          {title} — root@cicd-server
        </h3>
        <CopyButton text={transcriptText(session.transcript)} label="터미널 출력 복사" className="!mt-0 shrink-0 text-terminal-fg" />
        <button type="button" className={BUTTON} onClick={() => session.clear()}>
          화면 지우기
        </button>
      </div>
      <div
        ref={scrollRef}
        className="min-h-0 flex-1 overflow-auto px-3 py-2"
        onMouseUp={() => {
          // A click (not a selection) anywhere in the scrollback puts the caret back in the input.
          if (!window.getSelection()?.toString()) inputRef.current?.focus();
        }}
      >
        <TerminalOutput entries={session.transcript} labelledBy={titleId} />
        {options.length > 0 && (
          <div className="whitespace-pre-wrap text-terminal-dim" aria-live="polite">
            {options.slice(0, 40).join("  ")}
          </div>
        )}
        <div className="flex items-center">
          <label htmlFor={inputId} className="shrink-0 select-none whitespace-pre text-terminal-dim">
            <span aria-hidden="true">{masked ? "Password: " : PROMPT}</span>
            <span className="sr-only">{masked ? "비밀번호 (화면에 표시되지 않음)" : "명령 입력"}</span>
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type={masked ? "password" : "text"}
            value={masked ? password : line}
            onChange={(e) => (masked ? setPassword(e.target.value) : setLine(e.target.value))}
            onKeyDown={onKeyDown}
            maxLength={2000}
            autoCapitalize="off"
            autoCorrect="off"
            autoComplete={masked ? "off" : "off"}
            spellCheck={false}
            enterKeyHint="send"
            aria-describedby={hintId}
            data-testid="sandbox-input"
            className="min-w-0 flex-1 bg-transparent py-1 text-[16px] text-terminal-fg caret-[#58a6ff] outline-none focus-visible:outline-solid focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-[#58a6ff] sm:text-[13px]"
          />
        </div>
      </div>
      <p id={hintId} className="border-t border-white/10 px-3 py-1 font-sans text-[11px] text-terminal-dim">
        Enter 실행 · ↑↓ 이전 명령 · Tab 자동 완성(빈 칸에서는 다음 요소로 이동) · Ctrl+L 화면 지우기 · Esc 입력 취소
      </p>
      <div className="sr-only" aria-live="assertive">
        {masked ? "비밀번호를 입력하고 Enter를 누르세요. 입력한 내용은 표시되지 않습니다." : ""}
      </div>
    </section>
  );
}
