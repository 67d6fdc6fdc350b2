import { StrategyDiagram } from "@/components/diagrams/StrategyDiagram";
import { describeSetup, type RolloutParams } from "@/lib/rollout";
import { DiagramHeader } from "./DiagramHeader";
import { DIAGRAM_BODY_MIN_HEIGHT } from "./footprint";

/**
 * Server-rendered stand-in for a lesson's rollout simulator: the strategy's static diagram and the
 * setup in text, in a box as tall as the loaded simulator. It is what a reader sees before the
 * island arrives and all they see with JavaScript off.
 */
export function StaticRolloutDiagram({ params, label, caption }: { params: RolloutParams; label: string; caption?: string }) {
  return (
    <section aria-label={label} className="not-prose grid gap-3 rounded-xl border border-border bg-bg p-3 sm:p-4">
      <DiagramHeader label={label} setup={describeSetup(params)} caption={caption} />
      <div className={`grid content-start gap-3 ${DIAGRAM_BODY_MIN_HEIGHT[params.strategy]}`}>
        <StrategyDiagram strategy={params.strategy} />
        <p className="text-sm">
          처음 상태: v1 파드 {params.replicas}개가 모두 Ready로 요청을 받고 있습니다. 이 자리에서 재생하고, 한 틱씩 넘기고, 설정을 바꿔 볼 수 있습니다.
        </p>
        <noscript>
          <p className="text-sm text-muted">JavaScript가 꺼져 있어 정지 그림만 보입니다. 켜면 이 자리에서 시뮬레이터가 열립니다.</p>
        </noscript>
      </div>
    </section>
  );
}
