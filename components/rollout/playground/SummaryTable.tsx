"use client";
import { memo } from "react";
import { summarize } from "@/lib/rollout";
import { STRATEGY_LABEL } from "../labels";
import type { CompareRun } from "./useComparePlayer";

/**
 * Downtime, failed requests, peak pods and finish tick per strategy, over the whole run. Memoised:
 * the runs change only with the parameters, not with every tick of the shared clock.
 */
export const SummaryTable = memo(function SummaryTable({ runs }: { runs: CompareRun[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-sm" data-testid="compare-summary">
        <caption className="mb-2 text-left text-sm text-muted">같은 설정·같은 트래픽(시드)으로 끝까지 돌린 결과</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col" className="py-2 pr-3">전략</th>
            <th scope="col" className="py-2 pr-3">다운타임 (틱)</th>
            <th scope="col" className="py-2 pr-3">실패한 요청</th>
            <th scope="col" className="py-2 pr-3">동시에 있던 최대 파드</th>
            <th scope="col" className="py-2">v2 완료 틱</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const s = r.frames.length > 1 ? summarize(r.frames.slice(1, r.end + 1)) : null;
            return (
              <tr key={r.strategy} className="border-b border-border">
                <th scope="row" className="py-2 pr-3 text-left font-semibold">{STRATEGY_LABEL[r.strategy]}</th>
                {s ? (
                  <>
                    <td className={`py-2 pr-3 ${s.downtimeTicks > 0 ? "font-semibold text-fail" : ""}`}>{s.downtimeTicks}</td>
                    <td className={`py-2 pr-3 ${s.failedRequests > 0 ? "font-semibold text-fail" : ""}`}>{s.failedRequests}</td>
                    <td className="py-2 pr-3">{s.peakPods}</td>
                    <td className="py-2">{s.finishedAtTick ?? "완료 안 됨"}</td>
                  </>
                ) : (
                  <td colSpan={4} className="py-2 text-fail">{r.error ?? "—"}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
