import { z } from "zod";

/** Front matter every lesson must carry. Unknown keys are rejected so typos surface. */
export const lessonFrontMatterSchema = z
  .object({
    title: z.string().min(1, "title은 비어 있을 수 없습니다"),
    description: z.string().min(1),
    objectives: z.array(z.string().min(1)).min(1, "objectives에 한 개 이상 적어야 합니다"),
    minutes: z.number().int().positive(),
    section: z.string().min(1).optional(),
    /** The sandbox mission this lesson is the home of; its steps count toward the lesson's progress. */
    mission: z.enum(["mission1", "mission2"]).optional(),
  })
  .strict();

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

/** `NN-slug.mdx`: two-digit order, then a lowercase slug. */
export const LESSON_FILE_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
