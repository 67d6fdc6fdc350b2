/**
 * `<QuizQuestion quiz="mission-docker-containerd" id="namespace-mistake" />` in MDX: one question of a
 * quiz, inline in the lesson text. Server component; an unknown quiz or question fails the build.
 */
import { loadQuiz } from "@/lib/quiz/load";
import { toClientQuiz } from "./quizData";
import { SingleQuestion } from "./SingleQuestion";

export function QuizQuestion({ quiz: quizId, id }: { quiz: string; id: string }) {
  const quiz = loadQuiz(quizId);
  if (!quiz) throw new Error(`<QuizQuestion quiz="${quizId}">: content/quizzes/${quizId}.yaml does not exist`);
  const question = toClientQuiz(quiz).questions.find((q) => q.id === id);
  if (!question) throw new Error(`<QuizQuestion quiz="${quizId}" id="${id}">: no such question`);
  return (
    <aside aria-label="확인 문제" className="not-prose my-8" data-quiz-question={`${quizId}/${id}`}>
      <SingleQuestion quizId={quiz.id} question={question} />
    </aside>
  );
}
