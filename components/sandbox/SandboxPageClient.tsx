"use client";
/**
 * /sandbox: the mission comes from `?mission=mission2` (read on the client: the page is a
 * static export), with a switcher that keeps the choice in the URL.
 */
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { Scenario } from "@/lib/sandbox/state";
import { Sandbox } from "./Sandbox";

const TABS: { id: Scenario; label: string; lesson: string }[] = [
  { id: "mission1", label: "미션 1 · Docker와 containerd 명령", lesson: "/lessons/mission-docker-containerd" },
  { id: "mission2", label: "미션 2 · 이미지 크기가 다른 이유", lesson: "/lessons/mission-image-size" },
];

export function SandboxPageClient() {
  const params = useSearchParams();
  return <SandboxPageView mission={params.get("mission") === "mission2" ? "mission2" : "mission1"} />;
}

/** The switcher and the sandbox; also the static fallback, so the layout does not shift. */
export function SandboxPageView({ mission }: { mission: Scenario }) {
  const current = TABS.find((t) => t.id === mission)!;
  return (
    <>
      <nav aria-label="미션 선택" className="mt-6 flex flex-wrap gap-2">
        {TABS.map((t) => (
          <Link
            key={t.id}
            href={`/sandbox?mission=${t.id}`}
            replace
            scroll={false}
            aria-current={t.id === mission ? "page" : undefined}
            className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold ${
              t.id === mission ? "border-accent bg-accent text-accent-fg" : "border-border hover:border-accent hover:text-accent"
            }`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <p className="mt-3 text-sm text-muted">
        설명은{" "}
        <Link href={current.lesson} className="text-accent underline underline-offset-2">
          레슨
        </Link>
        에 있습니다. 진행 상황은 이 브라우저에 저장되어 새로 고쳐도 이어집니다.
      </p>
      <Sandbox mission={mission} />
    </>
  );
}
