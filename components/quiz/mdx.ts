import { Quiz } from "./Quiz";
import { QuizQuestion } from "./QuizQuestion";

/** Author-facing quiz components, spread by the lead into the MDX components map. */
export const quizMdxComponents = { Quiz, QuizQuestion };
