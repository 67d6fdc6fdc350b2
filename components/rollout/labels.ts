import type { PodPhase, RsRole, Strategy, Version } from "@/lib/rollout";

/** Korean names and theme-token classes shared by the rollout views. */
export const STRATEGY_LABEL: Record<Strategy, string> = {
  Recreate: "Recreate",
  RollingUpdate: "RollingUpdate",
  BlueGreen: "Blue/Green",
  Canary: "Canary",
};

export const ROLE_LABEL: Record<RsRole, string> = {
  new: "새 ReplicaSet",
  old: "이전 ReplicaSet",
  blue: "blue (v1 Deployment)",
  green: "green (v2 Deployment)",
  stable: "stable",
  canary: "canary",
};

export const PHASE_LABEL: Record<PodPhase, string> = {
  Ready: "Ready",
  NotReady: "준비 중",
  Terminating: "종료 중",
};

/** Colour plus a second cue: v1 solid border, v2 dashed border; the label text says the version. */
export const VERSION_STYLE: Record<Version, { text: string; soft: string; border: string; dot: string }> = {
  v1: { text: "text-v1", soft: "bg-v1-soft", border: "border-v1 border-solid", dot: "bg-v1" },
  v2: { text: "text-v2", soft: "bg-v2-soft", border: "border-v2 border-dashed", dot: "bg-v2" },
};

export const SPEEDS = [0.5, 1, 2, 4] as const;
