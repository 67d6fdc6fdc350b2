import Link from "next/link";
import type { Metadata } from "next";
import { PageShell } from "@/components/layout/PageShell";

export const metadata: Metadata = { title: "페이지를 찾을 수 없습니다", robots: { index: false } };

export default function NotFound() {
  return (
    <PageShell>
      <div className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
        <p className="font-mono text-sm text-muted">404 Not Found</p>
        <h1 className="mt-3 text-3xl font-extrabold">페이지를 찾을 수 없습니다</h1>
        <p className="mt-4 leading-relaxed text-muted">
          주소가 바뀌었거나 잘못 입력되었을 수 있습니다. 롤아웃이 멈춘 것처럼 보여도, 이전 리비전으로 돌아가면 됩니다.
        </p>
        <pre className="mx-auto mt-6 w-fit rounded-lg bg-terminal-bg px-4 py-3 text-left font-mono text-sm text-terminal-fg" aria-hidden="true">
          $ kubectl rollout undo page/current
        </pre>
        <div className="mt-8 flex justify-center gap-3">
          <Link href="/" className="inline-flex min-h-11 items-center rounded-lg bg-accent px-5 font-semibold text-accent-fg">코스 지도로 가기</Link>
          <Link href="/glossary" className="inline-flex min-h-11 items-center rounded-lg border border-border px-5 font-semibold">용어집</Link>
        </div>
      </div>
    </PageShell>
  );
}
