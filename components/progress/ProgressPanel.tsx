"use client";
import { useRef, useState } from "react";
import { useProgress } from "./useProgress";
import { exportProgress, isQuizFinished } from "@/lib/progress/record";

/**
 * "내 진도": download progress as JSON, restore it from a file, or reset it after confirming.
 * Progress lives only in this browser, so this is how a learner moves it or backs it up.
 */
export function ProgressPanel() {
  const { record, persistent, readOnly, replace, reset } = useProgress();
  const [message, setMessage] = useState("");
  const confirm = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  function download() {
    const url = URL.createObjectURL(new Blob([exportProgress(record)], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "deploy-notes-progress.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage("진도를 deploy-notes-progress.json 파일로 내보냈습니다.");
  }

  async function upload(file: File) {
    if (file.size > 512 * 1024) return setMessage("파일이 너무 큽니다 (512KB 이하의 진도 파일만 가져올 수 있습니다).");
    // The validator loads only when a file is actually imported.
    const { importProgress } = await import("@/lib/progress/progress");
    const result = importProgress(await file.text());
    if (!result.ok) return setMessage("진도 파일로 읽을 수 없습니다. 내보내기로 만든 JSON 파일인지 확인하세요.");
    if (result.readOnly) return setMessage("더 새로운 버전의 사이트에서 만든 파일이라 가져오지 않았습니다.");
    replace(result.record);
    setMessage(result.dropped.length ? `진도를 가져왔습니다. 읽을 수 없는 항목 ${result.dropped.length}개는 건너뛰었습니다: ${result.dropped.join(", ")}` : "진도를 가져왔습니다.");
  }

  const counts = {
    lessons: Object.values(record.lessons).filter((l) => l.read).length,
    // An unfinished quiz is counted apart: it is not "taken" until every question has an answer.
    quizzes: Object.values(record.quizzes).filter(isQuizFinished).length,
    quizzesStarted: Object.values(record.quizzes).filter((q) => !isQuizFinished(q)).length,
    steps: Object.values(record.missions).reduce((n, m) => n + m.done.length, 0),
  };

  return (
    <section aria-labelledby="progress-title" className="rounded-xl border border-border bg-surface p-5 sm:p-6" data-progress-panel>
      <h2 id="progress-title" className="text-lg font-bold">내 진도</h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">
        진도는 이 브라우저에만 저장됩니다. 읽은 레슨 {counts.lessons}개 · 푼 퀴즈 {counts.quizzes}개{counts.quizzesStarted > 0 && ` (푸는 중 ${counts.quizzesStarted}개)`} · 미션 단계 {counts.steps}개.
        {!persistent && " 지금은 브라우저 저장소를 쓸 수 없어 이 탭을 닫으면 진도가 사라집니다."}
        {readOnly && " 더 새로운 버전의 사이트가 저장한 진도라 읽기만 합니다."}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={download} className="min-h-11 rounded-md border border-border bg-bg px-4 text-sm font-medium hover:bg-surface-2">
          진도 내보내기
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} className="min-h-11 rounded-md border border-border bg-bg px-4 text-sm font-medium hover:bg-surface-2">
          진도 가져오기
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="진도 파일 선택"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            e.target.value = "";
          }}
        />
        <button type="button" onClick={() => confirm.current?.showModal()} className="min-h-11 rounded-md border border-fail/60 bg-bg px-4 text-sm font-medium text-fail hover:bg-fail-soft">
          진도 초기화…
        </button>
      </div>
      <p role="status" className="mt-3 text-sm empty:hidden">{message}</p>
      <dialog ref={confirm} aria-labelledby="reset-title" className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-xl border border-border bg-bg p-5 text-fg backdrop:bg-black/40">
        <h3 id="reset-title" className="text-lg font-bold">진도를 모두 지울까요?</h3>
        <p className="mt-2 text-sm leading-relaxed text-muted">읽은 레슨, 퀴즈 결과와 푸는 중인 답, 미션 단계가 모두 지워지며 되돌릴 수 없습니다. 먼저 내보내 두면 나중에 가져올 수 있습니다.</p>
        <form method="dialog" className="mt-5 flex justify-end gap-2">
          <button value="cancel" className="min-h-11 rounded-md border border-border px-4 text-sm font-medium" autoFocus>취소</button>
          <button
            value="reset"
            className="min-h-11 rounded-md bg-fail px-4 text-sm font-semibold text-white"
            onClick={() => {
              reset();
              setMessage("진도를 초기화했습니다.");
            }}
          >
            모두 지우기
          </button>
        </form>
      </dialog>
    </section>
  );
}
