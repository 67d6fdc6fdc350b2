/**
 * `<Quiz id="cicd-pipeline" />` in MDX: a server component that reads the quiz YAML at build time
 * and hands plain data to the client island. An unknown id fails the build rather than shipping a
 * silently empty quiz.
 */
import { loadQuiz } from "@/lib/quiz/load";
import { InlineCode } from "@/components/ui/InlineCode";
import { QuizRunner } from "./QuizRunner";
import { toClientQuiz } from "./quizData";

export function Quiz({ id, heading = true }: { id: string; heading?: boolean }) {
  const quiz = loadQuiz(id);
  if (!quiz) throw new Error(`<Quiz id="${id}">: content/quizzes/${id}.yaml does not exist`);
  const titleId = `quiz-${quiz.id}-title`;
  return (
    <section aria-labelledby={titleId} className="not-prose my-10" data-quiz-root={quiz.id}>
      {heading ? (
        <h2 id={titleId} className="text-2xl font-bold tracking-tight">{quiz.title}</h2>
      ) : (
        <h2 id={titleId} className="sr-only">{quiz.title}</h2>
      )}
      {quiz.description && <p className="mt-2 leading-relaxed text-muted"><InlineCode text={quiz.description} /></p>}
      <p className="mt-1 text-sm text-muted">
        {quiz.questions.length}문제 · {quiz.mode === "one-at-a-time" ? "한 문제씩" : "한 번에 모두"} · 답은 확인할 때마다 이 브라우저에 저장됩니다
      </p>
      <div className="mt-5">
        <QuizRunner quiz={toClientQuiz(quiz)} />
      </div>
    </section>
  );
}
