import type { Metadata } from "next";
import { Suspense } from "react";
import { PageShell } from "@/components/layout/PageShell";
import { SandboxPageClient, SandboxPageView } from "@/components/sandbox/SandboxPageClient";

export const metadata: Metadata = {
  title: "미션 샌드박스",
  description: "Docker와 containerd(ctr) 명령을 브라우저의 연습 터미널에서 실행해 보며 미션 1, 2를 따라 하는 샌드박스입니다.",
  alternates: { canonical: "/sandbox" },
};

/** Full-width sandbox page; the mission switcher reads the query string on the client. */
export default function SandboxPage() {
  return (
    <PageShell>
      <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
        <p className="text-sm font-semibold text-accent">실습</p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight">미션 샌드박스</h1>
        <p className="mt-3 max-w-3xl leading-relaxed text-muted">
          Docker와 containerd가 설치된 노드가 없어도 괜찮습니다. 아래 터미널은 Docker 23.0.6과 ctr 1.6.21이 실제로 출력하는 내용을
          그대로 보여 주는 연습용 노드입니다. 명령을 직접 입력해 보고, 막히면 미션 목표의 힌트와 &lsquo;대신 입력하기&rsquo;를 쓰세요.
        </p>
        <Suspense fallback={<SandboxPageView mission="mission1" />}>
          <SandboxPageClient />
        </Suspense>
      </div>
    </PageShell>
  );
}
