import { z } from 'astro/zod';
import { IdSchema, SourcesSchema } from './source';

/** Adds one issue per id that appears more than once in `items`. */
function requireUniqueIds(
  items: readonly { id: string }[],
  ctx: z.RefinementCtx,
  path: (string | number)[],
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [...path, index, 'id'],
        message: `duplicate ${what} id "${item.id}"`,
      });
    }
    seen.add(item.id);
  });
}

const CommonActivityFields = {
  /** Stable activity id; equals the file name and is what saved attempts are keyed on. */
  id: IdSchema,
  /** Title shown above the activity. */
  title: z.string().min(1),
  /** Course the activity belongs to. */
  course: IdSchema,
  /** Markdown instructions shown before the learner starts. */
  instructions: z.string().min(1),
  /** When the seeds name an activity but do not give it, a sentence saying who wrote this version. */
  authored: z.string().min(1).nullable().default(null),
  /** Seed lines the activity comes from. */
  sources: SourcesSchema,
};

export const SortingCategorySchema = z
  .object({
    /** Stable category id, referenced by each card's `category`. */
    id: IdSchema,
    /** Short label on the bin and on the card's button, e.g. "Sex". */
    label: z.string().min(1),
    /** One line under the label saying what belongs here. */
    description: z.string().min(1),
  })
  .strict();

export const SortingItemSchema = z
  .object({
    /** Stable card id; saved placements are keyed on it. */
    id: IdSchema,
    /** The statement on the card. */
    text: z.string().min(1),
    /** Id of the category the card belongs to. */
    category: IdSchema,
    /** One sentence shown after checking: why the card belongs there. */
    explanation: z.string().min(1),
    /** Seed lines that support the classification. */
    sources: SourcesSchema,
  })
  .strict();

export const SortingActivitySchema = z
  .object({
    ...CommonActivityFields,
    kind: z.literal('sorting'),
    /** Two or more bins. */
    categories: z.array(SortingCategorySchema).min(2, 'a sorting activity needs at least two categories'),
    /** The cards to sort. */
    items: z.array(SortingItemSchema).min(1),
    /** Markdown shown once every card is placed correctly. */
    summary: z.string().min(1),
  })
  .strict()
  .superRefine((activity, ctx) => {
    requireUniqueIds(activity.categories, ctx, ['categories'], 'category');
    requireUniqueIds(activity.items, ctx, ['items'], 'card');
    const categoryIds = new Set(activity.categories.map((c) => c.id));
    activity.items.forEach((item, index) => {
      if (!categoryIds.has(item.category)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['items', index, 'category'],
          message: `card "${item.id}" names category "${item.category}", which is not one of: ${[...categoryIds].join(', ')}`,
        });
      }
    });
    activity.categories.forEach((category, index) => {
      if (!activity.items.some((item) => item.category === category.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['categories', index],
          message: `category "${category.id}" has no cards`,
        });
      }
    });
  });

export const QuizOptionSchema = z
  .object({
    /** Stable option id, unique within the question. */
    id: IdSchema,
    /** Option text. */
    text: z.string().min(1),
    /** Whether choosing this option is right. */
    correct: z.boolean(),
    /** Optional feedback when the learner chooses this option. */
    feedback: z.string().min(1).optional(),
  })
  .strict();

/**
 * What a question asks of the learner: `recall` a fact or term as written; `understand` explain,
 * tell apart or recognise an idea in other words; `apply` decide what to do, whom to involve, what
 * to record or what not to do in a concrete situation (who, where, what happened).
 */
export const QuestionLevelSchema = z.enum(['recall', 'understand', 'apply']);

const CommonQuestionFields = {
  /** Stable question id, unique within the quiz; saved answers are keyed on it. */
  id: IdSchema,
  /** Section or module id the question tests; an assessment's blueprint draws per module. */
  group: IdSchema.optional(),
  /** Learning outcome tested, numbered from 1 in the course's `outcomes`; an assessment's blueprint draws per outcome. */
  outcome: z.number().int().positive().optional(),
  /** Required: recall, understand or apply (see QuestionLevelSchema). */
  level: QuestionLevelSchema,
  /** Ids of the duties in the course's `assessment.duties` the question tests. */
  duties: z.array(IdSchema).default([]),
  /** The question. */
  prompt: z.string().min(1),
  /** Why the right answer is right; shown in feedback and review. */
  explanation: z.string().min(1),
  /** Seed lines that state the right answer. */
  sources: SourcesSchema,
};

const ChoiceQuestionSchema = z
  .object({
    ...CommonQuestionFields,
    /** `single`: one right option; `multiple`: one or more. */
    type: z.enum(['single', 'multiple']),
    /** Two or more options. */
    options: z.array(QuizOptionSchema).min(2, 'a question needs at least two options'),
  })
  .strict();

const TrueFalseQuestionSchema = z
  .object({
    ...CommonQuestionFields,
    type: z.literal('true-false'),
    /** The right answer. */
    answer: z.boolean(),
  })
  .strict()
  // One shape downstream: true/false becomes a single-answer question with two fixed options.
  .transform(({ answer, ...question }) => ({
    ...question,
    type: 'true-false' as const,
    options: [
      { id: 'true', text: 'True', correct: answer },
      { id: 'false', text: 'False', correct: !answer },
    ] as z.output<typeof QuizOptionSchema>[],
  }));

/**
 * Parses with the schema `pick` chooses, copying its issues onto the outer context. A plain
 * z.union would report a failure as "did not match union" without naming the field at fault.
 */
function dispatch<Key extends string, S extends z.ZodTypeAny>(
  key: Key,
  values: readonly [string, ...string[]],
  pick: (value: string) => S,
) {
  return z
    .object({ [key]: z.enum(values as [string, ...string[]]) } as Record<Key, z.ZodEnum<[string, ...string[]]>>)
    .passthrough()
    .transform((value, ctx): z.output<S> => {
      const result = pick(String(value[key])).safeParse(value);
      if (!result.success) {
        for (const issue of result.error.issues) ctx.addIssue(issue as z.IssueData);
        return z.NEVER;
      }
      return result.data;
    });
}

export const QuizQuestionSchema = dispatch('type', ['single', 'multiple', 'true-false'], (type) =>
  type === 'true-false' ? TrueFalseQuestionSchema : ChoiceQuestionSchema,
) as unknown as z.ZodType<z.output<typeof ChoiceQuestionSchema> | z.output<typeof TrueFalseQuestionSchema>>;

export const QuizActivitySchema = z
  .object({
    ...CommonActivityFields,
    kind: z.literal('quiz'),
    /** Pass mark as a percentage of the maximum score. */
    passPercent: z.number().min(0).max(100),
    /** The questions (the bank, when the course's `assessment.blueprint` draws from it). */
    questions: z.array(QuizQuestionSchema).min(1),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    // A question that failed its own schema has no id to compare.
    requireUniqueIds(
      quiz.questions.filter((q) => typeof q?.id === 'string'),
      ctx,
      ['questions'],
      'question',
    );
    quiz.questions.forEach((question, index) => {
      // A question that failed its own schema has already reported why.
      if (!question?.options) return;
      requireUniqueIds(question.options, ctx, ['questions', index, 'options'], 'option');
      const right = question.options.filter((option) => option.correct).length;
      if (question.type === 'multiple' ? right < 1 : right !== 1) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['questions', index, 'options'],
          message: `question "${question.id}" (${question.type}) has ${right} correct options; ${
            question.type === 'multiple' ? 'it needs at least one' : 'it needs exactly one'
          }`,
        });
      }
    });
  });

/** Any learning activity, told apart by `kind`. */
export const ActivitySchema = dispatch('kind', ['sorting', 'quiz'], (kind) =>
  kind === 'sorting' ? SortingActivitySchema : QuizActivitySchema,
) as unknown as z.ZodType<z.output<typeof SortingActivitySchema> | z.output<typeof QuizActivitySchema>>;

export type SortingActivity = z.output<typeof SortingActivitySchema>;
export type SortingItem = z.output<typeof SortingItemSchema>;
export type QuizActivity = z.output<typeof QuizActivitySchema>;
export type QuizQuestion = z.output<typeof QuizQuestionSchema>;
export type QuestionLevel = z.output<typeof QuestionLevelSchema>;
export type QuizOption = z.output<typeof QuizOptionSchema>;
export type Activity = z.output<typeof ActivitySchema>;
