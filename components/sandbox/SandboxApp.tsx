"use client";
/**
 * The interactive sandbox for one mission: terminal and objectives side by side (stacked on
 * phones), plus the layer view for Mission 2. Loaded on the client only (see Sandbox.tsx).
 */
import { useEffect, useMemo, useState } from "react";
import { MISSIONS, missionProgress, progressStepIds, type Scenario } from "@/lib/sandbox";
import { setMissionSteps } from "@/lib/progress/record";
import { useProgress } from "@/components/progress/useProgress";
import { SandboxTerminal, type FillRequest } from "./SandboxTerminal";
import { MissionPanel } from "./MissionPanel";
import { useSandboxSession } from "./useSandboxSession";
import { SANDBOX_FRAME, SANDBOX_PANEL, SANDBOX_TERMINAL } from "./layout";


export default function SandboxApp({ mission }: { mission: Scenario }) {
  const session = useSandboxSession(mission);
  const { record, update } = useProgress();
  const [fill, setFill] = useState<FillRequest | null>(null);
  const def = MISSIONS[mission];

  const stored = useMemo(() => record.missions[mission]?.done ?? [], [record, mission]);
  const done = useMemo(() => missionProgress(def, session.state, stored), [def, session.state, stored]);

  // Record newly completed steps in the shared progress store (steps stay done once done).
  useEffect(() => {
    const countedIds = progressStepIds(mission);
    const counted = done.filter((id) => countedIds.includes(id));
    if (counted.some((id) => !stored.includes(id))) {
      update((r) => setMissionSteps(r, mission, [...new Set([...(r.missions[mission]?.done ?? []), ...counted])]));
    }
  }, [done, stored, mission, update]);

  function reset() {
    session.reset();
    update((r) => setMissionSteps(r, mission, []));
  }

  return (
    <div className={SANDBOX_FRAME} data-sandbox={mission}>
      <div className={SANDBOX_TERMINAL}>
        <SandboxTerminal session={session} fill={fill} title={def.title} />
      </div>
      <div className={SANDBOX_PANEL}>
        <MissionPanel
          mission={def}
          done={done}
          user={session.state.user}
          onFill={(text) => setFill({ text, nonce: Date.now() })}
          onUser={session.setUser}
          onReset={reset}
        />
      </div>
    </div>
  );
}
