import type { Activity } from '../schemas/activity';
import type { Course } from '../schemas/course';
import type { GlossaryEntry } from '../schemas/glossary';
import type { SectionData } from '../schemas/section';
import { citationsIn, resolveCitation } from '../library/cite';
import { ContentError } from '../render/content-error';
import { slugify } from '../render/markdown';
import { checkAssessments } from './assessment-check';

/** An entry with the file it came from (as Astro's loaders report it, relative to the project). */
export interface Filed<T> {
  file: string;
  data: T;
}

export interface ContentSet {
  courses: Filed<Course>[];
  sections: Filed<SectionData>[];
  activities: Filed<Activity>[];
  glossary: Filed<GlossaryEntry>[];
}

/** Course pages that are not sections: a section with one of these ids would hide them. */
export const RESERVED_SECTION_IDS = [
  'handout',
  'slides',
  'presenter',
  'guide',
  'classroom',
  'assessment',
  'explanations',
] as const;

function folderOf(file: string): string | undefined {
  return file.split(/[\\/]/).at(-2);
}

function baseNameOf(file: string): string {
  return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.[a-z]+$/, '');
}

/**
 * Checks what a per-file schema cannot: links between entries. Returns every problem at once so an
 * author fixes them in one pass.
 */
export function checkIntegrity(content: ContentSet): ContentError[] {
  const problems: ContentError[] = [];
  const add = (file: string, problem: string) => problems.push(new ContentError(file, problem));
  const courseIds = new Set(content.courses.map((c) => c.data.id));
  const activityById = new Map(content.activities.map((a) => [a.data.id, a]));
  const sectionsByCourse = new Map<string, Filed<SectionData>[]>();

  for (const { file, data } of content.courses) {
    if (folderOf(file) !== data.id) add(file, `id: "${data.id}" must equal the course folder name "${folderOf(file)}"`);
  }

  for (const section of content.sections) {
    const { file, data } = section;
    if (!courseIds.has(data.course))
      add(file, `course: "${data.course}" is not a course (no content/courses/${data.course}/course.yaml)`);
    else if (folderOf(file) !== data.course)
      add(file, `course: "${data.course}" does not match the folder "${folderOf(file)}"`);
    if ((RESERVED_SECTION_IDS as readonly string[]).includes(data.id)) {
      add(
        file,
        `id: "${data.id}" is the name of a course page (${RESERVED_SECTION_IDS.join(', ')}); choose another id`,
      );
    }
    const siblings = sectionsByCourse.get(data.course) ?? [];
    const sameId = siblings.find((s) => s.data.id === data.id);
    if (sameId) add(file, `id: "${data.id}" is already used by ${sameId.file}`);
    const sameOrder = siblings.find((s) => s.data.order === data.order);
    if (sameOrder) add(file, `order: ${data.order} is already used by ${sameOrder.file}`);
    siblings.push(section);
    sectionsByCourse.set(data.course, siblings);
  }

  for (const { file, data } of content.courses) {
    const sectionIds = new Set((sectionsByCourse.get(data.id) ?? []).map((s) => s.data.id));
    if (sectionIds.size === 0) add(file, `the course has no sections (content/courses/${data.id}/NN-<id>.md)`);
    const rule = data.completion;
    if (rule.sections !== 'all') {
      for (const id of rule.sections)
        if (!sectionIds.has(id)) add(file, `completion.sections: "${id}" is not a section of this course`);
    }
    for (const id of rule.activities) {
      if (!activityById.has(id))
        add(file, `completion.activities: "${id}" does not exist (no content/activities/${id}.yaml)`);
    }
    if (rule.assessment) {
      const assessment = activityById.get(rule.assessment);
      if (!assessment)
        add(
          file,
          `completion.assessment: "${rule.assessment}" does not exist (no content/activities/${rule.assessment}.yaml)`,
        );
      else if (assessment.data.kind !== 'quiz')
        add(file, `completion.assessment: "${rule.assessment}" is a ${assessment.data.kind} activity, not a quiz`);
    }
  }

  for (const { file, data } of content.activities) {
    if (baseNameOf(file) !== data.id) add(file, `id: "${data.id}" must equal the file name "${baseNameOf(file)}"`);
    if (!courseIds.has(data.course)) add(file, `course: "${data.course}" is not a course`);
    if (data.kind === 'quiz') {
      const sectionIds = new Set((sectionsByCourse.get(data.course) ?? []).map((s) => s.data.id));
      data.questions.forEach((q, index) => {
        if (q.group && !sectionIds.has(q.group))
          add(file, `questions[${index}].group: "${q.group}" is not a section of course "${data.course}"`);
      });
    }
  }

  // Citations written in prose (`(unsms:68)`, `[words](cite:cptm:129)`) become links to the library:
  // each must name a line with text. (Section bodies are checked as they render, with their line.)
  const checkProse = (file: string, field: string, text: string | null | undefined) => {
    for (const value of citationsIn(text ?? '')) {
      const resolved = resolveCitation(value);
      if (typeof resolved === 'string') add(file, `${field}: citation ${resolved}`);
    }
  };
  for (const { file, data } of content.activities) {
    checkProse(file, 'instructions', data.instructions);
    checkProse(file, 'authored', data.authored);
    if (data.kind === 'sorting') checkProse(file, 'summary', data.summary);
  }
  for (const { file, data } of content.glossary) checkProse(file, `${data.id}.note`, data.note);

  const glossaryIds = new Set(content.glossary.map((g) => g.data.id));
  const names = new Map<string, string>();
  for (const { file, data } of content.glossary) {
    for (const related of data.related) {
      if (!glossaryIds.has(related)) add(file, `${data.id}.related: "${related}" is not a glossary entry`);
    }
    for (const name of new Set([data.id, slugify(data.term), ...data.aliases.map(slugify)])) {
      const owner = names.get(name);
      if (owner && owner !== data.id) add(file, `${data.id}.aliases: "${name}" also names "${owner}"`);
      names.set(name, data.id);
    }
  }
  problems.push(...checkAssessments(content));
  return problems;
}

/** Throws one error listing every integrity problem, or returns quietly. */
export function assertIntegrity(content: ContentSet): void {
  const problems = checkIntegrity(content);
  if (problems.length > 0) {
    throw new Error(
      `Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p.message}`).join('\n')}`,
    );
  }
}
