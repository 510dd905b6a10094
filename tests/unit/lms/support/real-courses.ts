import { readdirSync, readFileSync } from 'node:fs';
import { isTranslationFile } from '../../../../src/catalog/translations';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LmsQuiz } from '../../../../src/lms/interactions';
import type { CourseOutline } from '../../../../src/progress/completion';

/** The real courses' shapes, read from content/ as the build reads them (rule, sections, quizzes). */
const CONTENT = join(process.cwd(), 'content');

export interface RealCourse {
  id: string;
  outline: CourseOutline;
  sectionIds: string[];
  /** As certificateCourse orders them: the assessment first, then the rule's quizzes. */
  scoredActivityIds: string[];
  /** Pass mark of the first scored activity: the manifest's mastery score. */
  mastery: number | null;
  quizzes: LmsQuiz[];
}

const activity = (id: string) => parse(readFileSync(join(CONTENT, 'activities', `${id}.yaml`), 'utf8'));

export function realCourse(id: string): RealCourse {
  const dir = join(CONTENT, 'courses', id);
  const course = parse(readFileSync(join(dir, 'course.yaml'), 'utf8'));
  const sections = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !isTranslationFile(f))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8').split('---')[1]!));
  const rule = {
    sections: course.completion.sections,
    activities: course.completion.activities ?? [],
    assessment: course.completion.assessment ?? null,
  };
  const quizzes: LmsQuiz[] = readdirSync(join(CONTENT, 'activities'))
    .filter((f) => !isTranslationFile(f))
    .map((f) => activity(f.replace(/\.yaml$/, '')))
    .filter((a) => a.kind === 'quiz' && a.course === id)
    .map((a) => ({
      id: a.id,
      perAttempt: a.draw?.count ?? a.questions.length,
      questions: a.questions.map((q: any) => {
        const options =
          q.type === 'true-false'
            ? [
                { id: 'true', correct: q.answer === true },
                { id: 'false', correct: q.answer === false },
              ]
            : q.options;
        return {
          id: q.id,
          type: q.type,
          prompt: q.prompt,
          options: options.map((o: any) => o.id),
          correct: options.filter((o: any) => o.correct).map((o: any) => o.id),
        };
      }),
    }));
  const scoredActivityIds = [rule.assessment, ...rule.activities].filter(
    (a): a is string => !!a && activity(a).kind === 'quiz',
  );
  return {
    id,
    outline: {
      rule,
      requiredSectionIds:
        rule.sections === 'all' ? sections.filter((s) => !s.optional).map((s) => s.id) : rule.sections,
    },
    sectionIds: sections.map((s) => s.id),
    scoredActivityIds,
    mastery: scoredActivityIds[0] ? activity(scoredActivityIds[0]).passPercent : null,
    quizzes,
  };
}
