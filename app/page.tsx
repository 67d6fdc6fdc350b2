import Link from "next/link";
import { PageShell } from "@/components/layout/PageShell";
import { LessonCard } from "@/components/course/LessonCard";
import { getLessonSummaries } from "@/lib/content/site";
import { ArrowRightIcon } from "@/components/ui/icons";
import { LessonStatusBadge } from "@/components/progress/LessonStatus";
import { ContinueLink } from "@/components/progress/ContinueLink";
import { ProgressPanelLazy } from "@/components/progress/ProgressPanelLazy";
import { QuizScoreBadge } from "@/components/quiz/QuizScoreBadge";

const PRACTICE = [
  { href: "/playground", title: "롤아웃 플레이그라운드", text: "네 가지 전략을 원하는 매개변수로 돌려 보고, 같은 트래픽에서 나란히 비교합니다." },
  { href: "/sandbox", title: "docker·ctr 샌드박스", text: "미션 1·2의 명령을 브라우저 안의 터미널에서 그대로 입력해 봅니다." },
  { href: "/quiz/final", title: "최종 퀴즈", text: "코스 전체에서 고른 문제로 이해한 내용을 점검합니다.", quizId: "final" },
];

/** The course map: every lesson in order, where the learner stands, and the practice pages. */
export default function HomePage() {
  const lessons = getLessonSummaries();
  const totalMinutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <PageShell>
      <div className="mx-auto max-w-5xl px-4 pb-8 pt-10 sm:px-6 sm:pt-16">
        <section aria-labelledby="course-title" className="max-w-3xl">
          <p className="text-sm font-semibold text-accent">쿠버네티스 배포 입문 코스</p>
          <h1 id="course-title" className="mt-2 text-3xl font-extrabold leading-tight tracking-tight sm:text-4xl">
            배포를 시작할 때 고려해야 할 것들
          </h1>
          <p className="mt-4 text-lg leading-relaxed text-muted">
            CI/CD 파이프라인을 나누는 기준, 네 가지 배포 전략이 실제로 파드를 어떻게 바꾸는지, 그리고 Docker와 containerd로
            이미지를 옮기는 두 가지 미션까지. 읽고, 움직이는 롤아웃으로 보고, 퀴즈와 브라우저 안 터미널로 직접 해 봅니다.
          </p>
          <p className="mt-3 text-sm text-muted">
            레슨 {lessons.length}개 · 약 {totalMinutes}분
          </p>
          {lessons[0] && (
            <div className="mt-6 flex flex-wrap gap-3" id="course-actions">
              <Link href={lessons[0].href} className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-accent px-5 font-semibold text-accent-fg hover:opacity-90">
                처음부터 시작하기 <ArrowRightIcon />
              </Link>
              <ContinueLink lessons={lessons.map((l) => ({ ...l.progress, title: l.title, href: l.href }))} />
            </div>
          )}
        </section>
        <section aria-labelledby="lessons-title" className="mt-12">
          <h2 id="lessons-title" className="sr-only">레슨 목록</h2>
          <ol className="grid gap-4">
            {lessons.map((lesson) => (
              <li key={lesson.slug}>
                <LessonCard lesson={lesson} status={<LessonStatusBadge lesson={lesson.progress} />} />
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="practice-title" className="mt-12">
          <h2 id="practice-title" className="text-xl font-bold">직접 해 보기</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            {PRACTICE.map((p) => (
              <li key={p.href} className="relative rounded-xl border border-border p-5 hover:border-accent/60">
                <h3 className="font-bold">
                  <Link href={p.href} className="after:absolute after:inset-0 after:rounded-xl hover:text-accent">{p.title}</Link>
                </h3>
                <p className="mt-2 text-sm leading-relaxed text-muted">{p.text}</p>
                {p.quizId && (
                  <p className="mt-3">
                    <QuizScoreBadge quizId={p.quizId} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
        <div className="mt-12">
          <ProgressPanelLazy />
        </div>
      </div>
    </PageShell>
  );
}
