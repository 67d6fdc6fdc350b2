/**
 * The quiz at the end of a lesson, rendered by the lesson page for every lesson that has
 * content/quizzes/<slug>.yaml. Nothing when there is none.
 */
import { loadQuiz } from "@/lib/quiz/load";
import { Quiz } from "./Quiz";

export function LessonQuiz({ slug }: { slug: string }) {
  if (!loadQuiz(slug)) return null;
  return <Quiz id={slug} />;
}
