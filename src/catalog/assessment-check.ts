import type { QuizActivity, QuizQuestion } from '../schemas/activity';
import { applyCount, type BlueprintCell, type Course } from '../schemas/course';
import { ContentError } from '../render/content-error';
import type { ContentSet, Filed } from './integrity';

/**
 * Rules that keep an assessment's keys from being guessed. A learner who always answers True, always
 * picks the longest option or always ticks every option but one should not pass by it.
 */
export const KEY_BALANCE = {
  /** True/false questions keyed True: at least and at most this share. */
  trueShare: { min: 0.35, max: 0.65 },
  /** Single-answer questions whose right option is strictly the longest: at most this share. */
  longestRightShare: 0.35,
  /** Multiple-answer questions keyed "every option but one": at most this share. */
  allButOneShare: 0.5,
} as const;

export interface KeyBalance {
  trueFalse: { total: number; keyedTrue: string[] };
  single: { total: number; longestRight: string[] };
  multiple: { total: number; allButOne: string[]; rightCounts: Record<number, number> };
  /** `question/option` of wrong options without feedback saying why they are wrong. */
  wrongWithoutFeedback: string[];
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (value: number) => `${Math.round(value * 100)} %`;

/** The figures behind the key-balance rules, for the check and the content report. */
export function keyBalance(questions: readonly QuizQuestion[]): KeyBalance {
  const result: KeyBalance = {
    trueFalse: { total: 0, keyedTrue: [] },
    single: { total: 0, longestRight: [] },
    multiple: { total: 0, allButOne: [], rightCounts: {} },
    wrongWithoutFeedback: [],
  };
  for (const q of questions) {
    if (q.type === 'true-false') {
      result.trueFalse.total += 1;
      if (q.options.find((o) => o.id === 'true')?.correct) result.trueFalse.keyedTrue.push(q.id);
      continue;
    }
    for (const o of q.options) if (!o.correct && !o.feedback) result.wrongWithoutFeedback.push(`${q.id}/${o.id}`);
    if (q.type === 'single') {
      result.single.total += 1;
      const right = q.options.find((o) => o.correct);
      const others = q.options.filter((o) => !o.correct);
      if (right && others.every((o) => right.text.length > o.text.length)) result.single.longestRight.push(q.id);
    } else {
      result.multiple.total += 1;
      const right = q.options.filter((o) => o.correct).length;
      result.multiple.rightCounts[right] = (result.multiple.rightCounts[right] ?? 0) + 1;
      if (q.options.length >= 3 && right === q.options.length - 1) result.multiple.allButOne.push(q.id);
    }
  }
  return result;
}

/** Key-balance problems in one quiz, each naming the file and the questions at fault. */
export function checkKeyBalance(file: string, quiz: QuizActivity): ContentError[] {
  const problems: ContentError[] = [];
  const add = (problem: string) => problems.push(new ContentError(file, problem));
  const b = keyBalance(quiz.questions);
  const t = share(b.trueFalse.keyedTrue.length, b.trueFalse.total);
  if (b.trueFalse.total > 0 && (t < KEY_BALANCE.trueShare.min || t > KEY_BALANCE.trueShare.max)) {
    const keyedFalse = quiz.questions
      .filter((q) => q.type === 'true-false' && !b.trueFalse.keyedTrue.includes(q.id))
      .map((q) => q.id);
    add(
      `key balance: ${b.trueFalse.keyedTrue.length} of ${b.trueFalse.total} true/false questions are keyed True (${percent(t)}); keep it between ${percent(KEY_BALANCE.trueShare.min)} and ${percent(KEY_BALANCE.trueShare.max)}. Keyed True: ${b.trueFalse.keyedTrue.join(', ') || 'none'}; keyed False: ${keyedFalse.join(', ') || 'none'}`,
    );
  }
  const l = share(b.single.longestRight.length, b.single.total);
  if (l > KEY_BALANCE.longestRightShare) {
    add(
      `key balance: in ${b.single.longestRight.length} of ${b.single.total} single-answer questions (${percent(l)}) the right option is the longest; at most ${percent(KEY_BALANCE.longestRightShare)}. Questions: ${b.single.longestRight.join(', ')}`,
    );
  }
  const a = share(b.multiple.allButOne.length, b.multiple.total);
  if (a > KEY_BALANCE.allButOneShare) {
    add(
      `key balance: ${b.multiple.allButOne.length} of ${b.multiple.total} multiple-answer questions are keyed "every option but one" (${percent(a)}); at most ${percent(KEY_BALANCE.allButOneShare)}. Questions: ${b.multiple.allButOne.join(', ')}`,
    );
  }
  if (b.multiple.total >= 2 && Object.keys(b.multiple.rightCounts).length < 2) {
    add(
      `key balance: every multiple-answer question has ${Object.keys(b.multiple.rightCounts)[0]} right options; vary the number`,
    );
  }
  for (const id of b.wrongWithoutFeedback) {
    const [question, option] = id.split('/');
    add(`question "${question}", option "${option}": a wrong option needs feedback saying why it is wrong`);
  }
  return problems;
}

const cellName = (cell: BlueprintCell) => `module "${cell.module}", outcome ${cell.outcome}`;

/** The bank's questions a blueprint cell draws from, split by level. */
export function cellPool(questions: readonly QuizQuestion[], cell: BlueprintCell) {
  const pool = questions.filter((q) => q.group === cell.module && q.outcome === cell.outcome);
  return { apply: pool.filter((q) => q.level === 'apply'), other: pool.filter((q) => q.level !== 'apply') };
}

/** Whether the bank fills one form of the blueprint; the problems name the course file and the cell. */
function checkBlueprint(course: Filed<Course>, sectionIds: Set<string>, quiz: Filed<QuizActivity>): ContentError[] {
  const problems: ContentError[] = [];
  const add = (problem: string) => problems.push(new ContentError(course.file, problem));
  const plan = course.data.assessment;
  if (!plan) return problems;
  const seenCells = new Set<string>();
  plan.blueprint.forEach((cell, index) => {
    const where = `assessment.blueprint[${index}]`;
    if (!sectionIds.has(cell.module)) add(`${where}.module: "${cell.module}" is not a section of this course`);
    if (cell.outcome > course.data.outcomes.length)
      add(`${where}.outcome: ${cell.outcome}, but the course has ${course.data.outcomes.length} outcomes`);
    const key = `${cell.module}/${cell.outcome}`;
    if (seenCells.has(key)) add(`${where}: ${cellName(cell)} appears twice`);
    seenCells.add(key);
    const pool = cellPool(quiz.data.questions, cell);
    const wantApply = applyCount(cell);
    const wantOther = cell.questions - wantApply;
    if (pool.apply.length < wantApply || pool.other.length < wantOther) {
      add(
        `${where}: the bank in ${quiz.file} cannot fill ${cellName(cell)}: a form draws ${wantApply} apply and ${wantOther} other questions; the bank has ${pool.apply.length} apply and ${pool.other.length} other`,
      );
    }
  });
  quiz.data.questions.forEach((q, index) => {
    if (!q.group || q.outcome === undefined)
      problems.push(
        new ContentError(
          quiz.file,
          `questions[${index}] "${q.id}": needs a group and an outcome; the course's blueprint draws by module and outcome`,
        ),
      );
    else if (!seenCells.has(`${q.group}/${q.outcome}`))
      problems.push(
        new ContentError(
          quiz.file,
          `questions[${index}] "${q.id}": no cell of the blueprint in ${course.file} draws module "${q.group}", outcome ${q.outcome}`,
        ),
      );
  });
  const dutyIds = new Set(plan.duties.map((d) => d.id));
  quiz.data.questions.forEach((q, index) => {
    for (const duty of q.duties)
      if (!dutyIds.has(duty))
        problems.push(
          new ContentError(
            quiz.file,
            `questions[${index}] "${q.id}".duties: "${duty}" is not one of the duties in ${course.file}`,
          ),
        );
  });
  for (const duty of plan.duties) {
    const count = quiz.data.questions.filter((q) => q.duties.includes(duty.id)).length;
    if (count < duty.minQuestions)
      add(
        `assessment.duties: "${duty.id}" is tested by ${count} question(s) in ${quiz.file}; it needs ${duty.minQuestions}`,
      );
  }
  return problems;
}

/**
 * The checks on a course's final assessment: the bank fills the blueprint, tags only known duties
 * and covers each, and keeps its keys balanced. Every question of every quiz has a `level` (the
 * schema requires it); outcome numbers must exist.
 */
export function checkAssessments(content: ContentSet): ContentError[] {
  const problems: ContentError[] = [];
  const quizzes = new Map(
    content.activities
      .filter((a): a is Filed<QuizActivity> => a.data.kind === 'quiz')
      .map((a) => [a.data.id, a] as const),
  );
  const coursesById = new Map(content.courses.map((c) => [c.data.id, c]));
  for (const quiz of quizzes.values()) {
    const course = coursesById.get(quiz.data.course);
    if (!course) continue;
    quiz.data.questions.forEach((q, index) => {
      if (q.outcome !== undefined && q.outcome > course.data.outcomes.length)
        problems.push(
          new ContentError(
            quiz.file,
            `questions[${index}] "${q.id}".outcome: ${q.outcome}, but course "${course.data.id}" has ${course.data.outcomes.length} outcomes`,
          ),
        );
    });
  }
  for (const course of content.courses) {
    const assessmentId = course.data.completion.assessment;
    const quiz = assessmentId ? quizzes.get(assessmentId) : undefined;
    if (course.data.assessment && !assessmentId) {
      problems.push(new ContentError(course.file, 'assessment: a blueprint needs completion.assessment'));
      continue;
    }
    if (!quiz) continue;
    const sectionIds = new Set(content.sections.filter((s) => s.data.course === course.data.id).map((s) => s.data.id));
    problems.push(...checkBlueprint(course, sectionIds, quiz), ...checkKeyBalance(quiz.file, quiz.data));
  }
  return problems;
}
