/** Plain data passed from the server components to the client islands. */
import type { Question, Quiz } from "@/lib/quiz/schema";

export type ClientQuestion = Question & {
  /** "레슨 제목 › 절 제목", resolved at build time from the lesson's headings. */
  sectionLabel: string;
};

export type ClientQuiz = Omit<Quiz, "questions"> & { questions: ClientQuestion[] };
