import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ActivitySchema, type Activity, type QuizActivity, type QuizQuestion } from '../schemas/activity';
import { applyCount, CourseSchema, type Course } from '../schemas/course';
import { SectionSchema, type SectionData } from '../schemas/section';
import { parseSource } from '../schemas/source';
import { checkAssessments, KEY_BALANCE, keyBalance } from './assessment-check';
import type { ContentSet, Filed } from './integrity';
import { isTranslationFile } from './translations';

/** A prompt that points at where something is written rather than at the idea itself. */
const NAMES_A_SOURCE =
  /\b(?:paras?\.?\s*\d|paragraphs?\b|slides?\s*\d|footnote|CPTM|Resource Package|DPKO\/DFS|UNSMS policy|UNDSS page|the lesson|the (?:policy|guidance|seeds?) (?:says|states|requires|lists)|according to|seeds?\b|\bpolic(?:y|ies)\b|\bguidance\b|\bresolution\s+\d)/i;

/** At most this share of an assessment's prompts may name a paragraph, slide or document. */
export const SOURCE_NAMING_SHARE = 0.2;

export function namesASource(prompt: string): boolean {
  return NAMES_A_SOURCE.test(prompt);
}

interface RawQuestion {
  id?: string;
  sources?: unknown;
}

/** Citations that point at lines that do not exist, found without stopping at the first. */
export function brokenCitations(file: string, raw: { questions?: RawQuestion[]; sources?: unknown }): string[] {
  const problems: string[] = [];
  const check = (where: string, sources: unknown) => {
    for (const source of Array.isArray(sources) ? sources : []) {
      const parsed = parseSource(String(source));
      if (typeof parsed === 'string') problems.push(`${file}: ${where}: ${parsed}`);
    }
  };
  check('sources', raw.sources);
  (raw.questions ?? []).forEach((q, index) => check(`question "${q.id ?? index}"`, q.sources));
  return problems;
}

/** Reads a content tree the way the build does (same schemas), collecting files that fail. */
export function loadContent(dir: string): { content: ContentSet; raw: Map<string, unknown>; failures: string[] } {
  const failures: string[] = [];
  const raw = new Map<string, unknown>();
  const content: ContentSet = { courses: [], sections: [], activities: [], glossary: [] };
  const rel = (file: string) => relative(process.cwd(), file);
  const coursesDir = join(dir, 'courses');
  for (const folder of readdirSync(coursesDir)) {
    const courseFile = join(coursesDir, folder, 'course.yaml');
    if (!existsSync(courseFile)) continue;
    const course = CourseSchema.safeParse(parse(readFileSync(courseFile, 'utf8')));
    if (course.success) content.courses.push({ file: rel(courseFile), data: course.data as Course });
    else
      failures.push(
        `${rel(courseFile)}: ${course.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    for (const name of readdirSync(join(coursesDir, folder)).filter(
      (n) => n.endsWith('.md') && !isTranslationFile(n),
    )) {
      const file = join(coursesDir, folder, name);
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      const section = SectionSchema.safeParse(parse(front));
      if (section.success) content.sections.push({ file: rel(file), data: section.data as SectionData });
    }
  }
  const activitiesDir = join(dir, 'activities');
  for (const name of readdirSync(activitiesDir).filter((n) => n.endsWith('.yaml') && !isTranslationFile(n))) {
    const file = join(activitiesDir, name);
    const data = parse(readFileSync(file, 'utf8'));
    raw.set(rel(file), data);
    const activity = ActivitySchema.safeParse(data);
    if (activity.success) content.activities.push({ file: rel(file), data: activity.data as Activity });
    else
      failures.push(
        `${rel(file)}: ${activity.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
  }
  return { content, raw, failures };
}

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`);
const pad = (text: string | number, width: number) => String(text).padEnd(width);
const padStart = (text: string | number, width: number) => String(text).padStart(width);

function bankTable(questions: readonly QuizQuestion[], course: Course): string[] {
  const lines = [
    `${pad('module', 38)}${pad('outcome', 9)}${padStart('recall', 7)}${padStart('underst.', 9)}${padStart('apply', 7)}${padStart('total', 7)}   form draws`,
  ];
  const cells = course.assessment?.blueprint ?? [];
  const keys = [...new Set(questions.map((q) => `${q.group ?? '(none)'}|${q.outcome ?? '-'}`))];
  for (const key of keys) {
    const [group, outcome] = key.split('|') as [string, string];
    const here = questions.filter((q) => (q.group ?? '(none)') === group && String(q.outcome ?? '-') === outcome);
    const count = (level: string) => here.filter((q) => q.level === level).length;
    const cell = cells.find((c) => c.module === group && String(c.outcome) === outcome);
    lines.push(
      `${pad(group, 38)}${pad(outcome, 9)}${padStart(count('recall'), 7)}${padStart(count('understand'), 9)}${padStart(count('apply'), 7)}${padStart(here.length, 7)}   ${
        cell ? `${cell.questions} (${applyCount(cell)} apply)` : 'not drawn'
      }`,
    );
  }
  return lines;
}

/** The report `npm run content:report` prints: the assessment banks, their key balance and duty coverage. */
export function contentReport(dir: string): { text: string; ok: boolean } {
  const { content, raw, failures } = loadContent(dir);
  const out: string[] = [];
  const citations = [...raw].flatMap(([file, data]) => brokenCitations(file, data as { questions?: RawQuestion[] }));
  const problems = checkAssessments(content).map((p) => p.message);

  for (const course of content.courses) {
    const id = course.data.completion.assessment;
    const quiz = content.activities.find((a): a is Filed<QuizActivity> => a.data.id === id && a.data.kind === 'quiz');
    if (!quiz) continue;
    const qs = quiz.data.questions;
    const apply = qs.filter((q) => q.level === 'apply').length;
    out.push(`# ${quiz.file} – final assessment of ${course.data.id}`, '');
    out.push(`Questions: ${qs.length}; apply: ${apply} (${pct(apply, qs.length)})`);
    const form = course.data.assessment?.blueprint ?? [];
    const formSize = form.reduce((n, c) => n + c.questions, 0);
    const formApply = form.reduce((n, c) => n + applyCount(c), 0);
    if (form.length)
      out.push(`A form draws ${formSize} questions, ${formApply} of them apply (${pct(formApply, formSize)}).`);
    out.push('', 'By module and outcome:', ...bankTable(qs, course.data).map((l) => `  ${l}`));
    const byType = ['single', 'multiple', 'true-false'].map((t) => `${t} ${qs.filter((q) => q.type === t).length}`);
    out.push('', `By type: ${byType.join(', ')}`);

    const b = keyBalance(qs);
    out.push(
      '',
      'Key balance:',
      `  true/false keyed True: ${b.trueFalse.keyedTrue.length} of ${b.trueFalse.total} (${pct(b.trueFalse.keyedTrue.length, b.trueFalse.total)}; allowed ${pct(KEY_BALANCE.trueShare.min, 1)}–${pct(KEY_BALANCE.trueShare.max, 1)})`,
      `  single answer, right option strictly the longest: ${b.single.longestRight.length} of ${b.single.total} (${pct(b.single.longestRight.length, b.single.total)}; at most ${pct(KEY_BALANCE.longestRightShare, 1)})`,
      `  multiple answer, right options per question: ${Object.entries(b.multiple.rightCounts)
        .map(([n, count]) => `${n} right: ${count}`)
        .join(', ')}`,
      `  multiple answer keyed "every option but one": ${b.multiple.allButOne.length} of ${b.multiple.total} (${pct(b.multiple.allButOne.length, b.multiple.total)}; at most ${pct(KEY_BALANCE.allButOneShare, 1)})`,
      `  wrong options without feedback: ${b.wrongWithoutFeedback.length}`,
    );
    const naming = qs.filter((q) => namesASource(q.prompt));
    out.push(
      '',
      `Prompts that name a paragraph, slide or document: ${naming.length} of ${qs.length} (${pct(naming.length, qs.length)}; at most ${pct(SOURCE_NAMING_SHARE, 1)})`,
      ...naming.map((q) => `  ${q.id}`),
    );
    const duties = course.data.assessment?.duties ?? [];
    if (duties.length) {
      out.push('', 'Duty coverage (questions that test each duty):');
      for (const duty of duties) {
        const testing = qs.filter((q) => q.duties.includes(duty.id));
        out.push(
          `  ${testing.length >= duty.minQuestions ? 'ok ' : 'LOW'} ${pad(duty.id, 20)} ${padStart(testing.length, 2)} (needs ${duty.minQuestions}) ${duty.label.replace(/\s+/g, ' ')}`,
        );
      }
    }
    out.push('');
  }

  out.push('# Levels in every quiz', '');
  for (const { file, data } of content.activities) {
    if (data.kind !== 'quiz') continue;
    const count = (level: string) => data.questions.filter((q) => q.level === level).length;
    out.push(
      `  ${pad(file, 62)} recall ${count('recall')}, understand ${count('understand')}, apply ${count('apply')}`,
    );
  }
  out.push(
    '',
    '# Cited lines that do not exist',
    '',
    ...(citations.length ? citations.map((c) => `  ${c}`) : ['  none: every cited line exists']),
    '',
    '# Build checks (blueprint, duties, key balance)',
    '',
    ...(problems.length ? problems.map((p) => `  ${p}`) : ['  none']),
  );
  if (failures.length) out.push('', '# Files that fail their schema', '', ...failures.map((f) => `  ${f}`));
  return { text: out.join('\n'), ok: citations.length === 0 && problems.length === 0 && failures.length === 0 };
}
