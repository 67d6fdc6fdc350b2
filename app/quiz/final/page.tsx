import type { Metadata } from "next";
import Link from "next/link";
import { PageShell } from "@/components/layout/PageShell";
import { Quiz } from "@/components/quiz/Quiz";
import { loadQuiz } from "@/lib/quiz/load";

export const metadata: Metadata = {
  title: "최종 퀴즈",
  description: "CI/CD 파이프라인, 도구 지도, 네 가지 배포 전략, Docker와 containerd 미션까지 코스 전체를 점검하는 최종 퀴즈입니다.",
  alternates: { canonical: "/quiz/final" },
};

/** The course's final quiz: every lesson, every question type. */
export default function FinalQuizPage() {
  const quiz = loadQuiz("final");
  return (
    <PageShell>
      <div className="mx-auto max-w-[42rem] px-4 py-10 sm:px-6 sm:py-14">
        <p className="text-sm font-semibold text-accent">코스 마무리</p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight">최종 퀴즈</h1>
        <p className="mt-4 leading-relaxed text-muted">
          레슨 전체에서 고른 {quiz?.questions.length ?? 0}문제입니다. 상황에 맞는 배포 전략 고르기, 롤아웃 중 파드 수 계산하기,
          containerd 네임스페이스 실수 찾기, 이미지 크기 예상하기처럼 외운 문장보다 이해를 묻습니다. 문제마다 해설과 관련 레슨
          절로 가는 링크가 있으니 틀린 문제는 레슨에서 다시 확인해 보세요.
        </p>
        <p className="mt-2 text-sm text-muted">
          결과는 이 브라우저에만 저장되며 <Link href="/" className="text-accent underline underline-offset-2">코스 지도</Link>에 점수로 표시됩니다.
        </p>
        {quiz ? <Quiz id="final" heading={false} /> : <p className="mt-8">최종 퀴즈를 준비하고 있습니다.</p>}
      </div>
    </PageShell>
  );
}
