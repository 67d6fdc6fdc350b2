/**
 * The authoring format of a quiz file (content/quizzes/<id>.yaml), as zod schemas.
 * Objects are strict so that a misspelt key (`explaination`) is reported instead of ignored.
 * Index fields are 0-based positions in the authored list; range checks that need the list length
 * live in validate.ts, where they can point at the offending line.
 */
import { z } from "zod";

export const QUESTION_TYPES = ["single", "multiple", "order", "match", "command", "predict"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const text = z.string().trim().min(1, "must not be empty");

const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id must be lowercase letters, digits and dashes"),
  prompt: text,
  explanation: text,
  /** The lesson section this question tests: `/lessons/<slug>#<id>`. */
  section: z.string().regex(/^\/lessons\/[a-z0-9-]+(#[a-z0-9-]+)?$/, "section must look like /lessons/<slug>#<id>"),
  /** Optional code block shown under the prompt (a command, a manifest, an output). */
  code: z.string().optional(),
};

export const singleSchema = z.strictObject({
  ...base,
  type: z.literal("single"),
  choices: z.array(text).min(2, "needs at least 2 choices"),
  answer: z.number().int(),
});

export const multipleSchema = z.strictObject({
  ...base,
  type: z.literal("multiple"),
  choices: z.array(text).min(2, "needs at least 2 choices"),
  answers: z.array(z.number().int()).min(1, "needs at least 1 correct answer"),
});

export const orderSchema = z.strictObject({
  ...base,
  type: z.literal("order"),
  /** Authored in the correct order; shown shuffled. */
  items: z.array(text),
});

export const matchSchema = z.strictObject({
  ...base,
  type: z.literal("match"),
  /** Each left item and the right item it belongs to. Rights may repeat (two use cases, one strategy). */
  pairs: z.array(z.strictObject({ left: text, right: text })),
  /** Extra right-hand options that belong to no left item. */
  distractors: z.array(text).optional(),
});

export const commandSchema = z.strictObject({
  ...base,
  type: z.literal("command"),
  /** Accepted forms; compared after shell tokenizing and tool-aware normalisation. */
  accept: z.array(text).min(1, "needs at least 1 accepted command"),
  /** Author hints: shown when the typed command normalises to the same form as `when`. */
  hints: z.array(z.strictObject({ when: text, say: text })).optional(),
  placeholder: z.string().optional(),
});

export const predictSchema = z.strictObject({
  ...base,
  type: z.literal("predict"),
  /** Accepted answers: numbers, or short text such as `248.3 MiB`. */
  accept: z.array(z.union([z.number(), text])).min(1, "needs at least 1 accepted answer"),
  /** Shown after the input, e.g. `개` or `MiB`; a bare number is then read in that unit. */
  unit: z.string().optional(),
  placeholder: z.string().optional(),
});

export const questionSchema = z.discriminatedUnion("type", [
  singleSchema,
  multipleSchema,
  orderSchema,
  matchSchema,
  commandSchema,
  predictSchema,
]);

export const quizFileSchema = z.strictObject({
  title: text,
  description: z.string().optional(),
  mode: z.enum(["one-at-a-time", "all-at-once"]),
  questions: z.array(z.unknown()).min(1, "a quiz needs at least 1 question"),
});

export type SingleQuestion = z.infer<typeof singleSchema>;
export type MultipleQuestion = z.infer<typeof multipleSchema>;
export type OrderQuestion = z.infer<typeof orderSchema>;
export type MatchQuestion = z.infer<typeof matchSchema>;
export type CommandQuestion = z.infer<typeof commandSchema>;
export type PredictQuestion = z.infer<typeof predictSchema>;
export type Question = z.infer<typeof questionSchema>;

export interface Quiz {
  /** The file name without `.yaml`: a lesson slug, or `final`. */
  id: string;
  title: string;
  description?: string;
  mode: "one-at-a-time" | "all-at-once";
  questions: Question[];
}

// One problem shape for all content validation, so check:content prints them all alike.
export type { Problem } from "@/lib/content/problems";
