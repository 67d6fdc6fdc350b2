import type { Metadata } from "next";
import { PageShell } from "@/components/layout/PageShell";
import { InlineCode } from "@/components/ui/InlineCode";
import { getCourse } from "@/lib/content/site";

export const metadata: Metadata = {
  title: "용어집",
  description: "파드, 레플리카셋, 셀렉터, containerd 네임스페이스, 이미지 레이어와 다이제스트까지 코스에 나오는 용어를 한곳에 모았습니다.",
  alternates: { canonical: "/glossary" },
};

export default function GlossaryPage() {
  const terms = [...getCourse().glossary].sort((a, b) => a.term.localeCompare(b.term, "ko"));
  const byId = new Map(terms.map((t) => [t.id, t]));
  return (
    <PageShell>
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14" data-pagefind-body>
        <h1 className="text-3xl font-extrabold tracking-tight">용어집</h1>
        <p className="mt-3 leading-relaxed text-muted">코스에 나오는 용어 {terms.length}개. 레슨에서 용어 링크를 누르면 이곳의 설명으로 옵니다.</p>
        <nav aria-label="용어 바로가기" className="mt-6 flex flex-wrap gap-1.5 text-sm">
          {terms.map((t) => (
            <a key={t.id} href={`#${t.id}`} className="rounded-full border border-border px-2.5 py-1 hover:border-accent hover:text-accent">
              {t.term}
            </a>
          ))}
        </nav>
        <dl className="prose mt-10 max-w-none">
          {terms.map((t) => (
            <div key={t.id} id={t.id} className="scroll-mt-20 border-t border-border py-5" data-term={t.id}>
              <dt className="text-lg font-bold">
                <a href={`#${t.id}`} className="!text-fg !no-underline">{t.term}</a>
              </dt>
              <dd className="mt-1">
                <p className="font-medium"><InlineCode text={t.short} /></p>
                {t.body?.split(/\n{2,}/).map((para, i) => (
                  <p key={i} className="mt-2 text-muted"><InlineCode text={para} /></p>
                ))}
                {t.aliases?.length ? <p className="mt-2 text-sm text-muted">다른 이름: {t.aliases.join(", ")}</p> : null}
                {t.see?.length ? (
                  <p className="mt-2 text-sm">
                    함께 보기:{" "}
                    {t.see.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ", "}
                        <a href={`#${id}`}>{byId.get(id)?.term ?? id}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </PageShell>
  );
}
