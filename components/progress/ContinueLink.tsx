"use client";
import Link from "next/link";
import { useProgress } from "./useProgress";
import { continueLesson, type LessonProgressInput } from "@/lib/progress/status";

/** "Continue where you left off": appears once the learner has opened a lesson. */
export function ContinueLink({ lessons }: { lessons: (LessonProgressInput & { title: string; href: string })[] }) {
  const { record } = useProgress();
  const slug = continueLesson(record, lessons);
  const lesson = lessons.find((l) => l.slug === slug);
  if (!lesson) return null;
  return (
    <Link href={lesson.href} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-accent px-5 font-semibold text-accent hover:bg-accent/10" data-continue>
      이어서 학습하기: {lesson.title}
    </Link>
  );
}
