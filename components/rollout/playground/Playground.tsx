"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { decodeParams, encodeParams, paramErrors, STRATEGY_LIST, type RolloutParams, type Strategy } from "@/lib/rollout";
import { ParamsPanel } from "../ParamsPanel";
import { RolloutDiagram } from "../RolloutDiagram";
import { STRATEGY_LABEL } from "../labels";
import { CompareView } from "./CompareView";

type Mode = "single" | "compare";

const CHOICE =
  "flex min-h-11 cursor-pointer items-center rounded-md border border-border px-3 text-sm has-[:checked]:border-accent has-[:checked]:font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent";

/** Any strategy and parameters, or all four compared; the setup lives in the URL so it can be shared. */
export function Playground() {
  const search = useSearchParams();
  // Read the URL once: afterwards the page writes it, it does not listen to it.
  const [initial] = useState(() => decodeParams(search));
  const [params, setParams] = useState<RolloutParams>(initial.params);
  const [mode, setMode] = useState<Mode>(search.get("mode") === "compare" ? "compare" : "single");
  const [runKey, setRunKey] = useState(0);

  useEffect(() => {
    const q = new URLSearchParams(encodeParams(params));
    if (mode === "compare") q.set("mode", "compare");
    const qs = q.toString();
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  }, [params, mode]);

  const onParamsChange = useCallback((p: RolloutParams) => setParams(p), []);
  const pickStrategy = (s: Strategy) => {
    setParams((p) => ({ ...p, strategy: s }));
    setRunKey((k) => k + 1);
  };
  const [compareDraft, setCompareDraft] = useState(params);
  const compareErrors = paramErrors(compareDraft);
  useEffect(() => {
    if (Object.keys(compareErrors).length === 0) setParams(compareDraft);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the draft changes
  }, [compareDraft]);

  return (
    <div className="grid gap-5">
      {initial.ignored.length > 0 ? (
        <p role="status" className="rounded-md border border-warning p-2 text-sm">
          주소의 일부 값({initial.ignored.join(", ")})을 읽을 수 없어 기본값을 썼습니다.
        </p>
      ) : null}
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-semibold">보기</legend>
        <div className="flex flex-wrap gap-2">
          {(["single", "compare"] as const).map((m) => (
            <label key={m} className={CHOICE}>
              <input type="radio" name="mode" className="sr-only" checked={mode === m} onChange={() => { setCompareDraft(params); setMode(m); }} />
              {m === "single" ? "전략 하나 자세히" : "네 전략 나란히 비교"}
            </label>
          ))}
        </div>
      </fieldset>
      {mode === "single" ? (
        <>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-semibold">전략</legend>
            <div className="flex flex-wrap gap-2">
              {STRATEGY_LIST.map((s) => (
                <label key={s} className={CHOICE}>
                  <input type="radio" name="strategy" className="sr-only" checked={params.strategy === s} onChange={() => pickStrategy(s)} />
                  {STRATEGY_LABEL[s]}
                </label>
              ))}
            </div>
          </fieldset>
          <RolloutDiagram
            key={`${params.strategy}-${runKey}`}
            strategy={params.strategy}
            initialParams={params}
            onParamsChange={onParamsChange}
            paramsOpen
            showTraffic
          />
        </>
      ) : (
        <>
          <details open className="rounded-md border border-border p-2">
            <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium">공통 설정</summary>
            <div className="pt-2">
              <ParamsPanel params={{ ...compareDraft, strategy: "RollingUpdate" }} errors={compareErrors} onChange={(p) => setCompareDraft({ ...p, strategy: compareDraft.strategy })} showTraffic />
              <p className="mt-2 text-xs text-muted">maxSurge/maxUnavailable은 RollingUpdate에만 쓰입니다. Canary 단계는 전략 하나 보기에서 바꿀 수 있습니다.</p>
            </div>
          </details>
          <CompareView params={params} />
        </>
      )}
    </div>
  );
}
