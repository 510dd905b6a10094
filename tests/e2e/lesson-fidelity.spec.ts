import { expect, test } from './support/fixture';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The built lesson must carry every key message, slide title and trainer tip of the seed, word for
// word. Read straight from the seed so a content edit that drops or rewords one fails here.
const SEED = readFileSync(join('content', 'seeds', 'cptm-2025-lesson-2.7-women-peace-security.txt'), 'utf8').split(
  '\n',
);
const LESSON_DIR = join('dist', 'courses', 'cptm-2-7');

/** Visible words of HTML, with typographic quotes and whitespace normalised. */
function words(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(em|strong|a|code|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Seed text without its Markdown emphasis. */
function plain(text: string): string {
  return words(text.replace(/\*\*|\*/g, ''));
}

/**
 * The learner's section pages and the handout, by folder. The trainer pages (deck, notes, guide)
 * repeat the same texts, so they are left out: the lesson itself must carry every one.
 */
function lessonPages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const dir of readdirSync(LESSON_DIR)) {
    const file = join(LESSON_DIR, dir, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (dir === 'handout' || /<article class="lesson"[^>]*data-section=/.test(html)) pages[dir] = words(html);
  }
  return pages;
}

const keyMessages = SEED.slice(0, 883)
  .map((line) => /^Key Message (\d+): (.*)$/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ number: Number(m[1]), text: plain(m[2] ?? '') }));

const slideTitles = SEED.flatMap((line, index) => {
  const m = /^Slide (\d+)$/.exec(line.trim());
  if (!m) return [];
  // The slide's frame header is followed by its first heading: that is the slide's title.
  const rest = SEED.slice(index + 1, index + 8).map((l) => l.trim());
  const header = rest.findIndex((l) => l.startsWith('2.7 Women, Peace and Security'));
  const title = header >= 0 ? rest.slice(header + 1).find((l) => l !== '') : undefined;
  return [{ number: Number(m[1]), title }];
});

const trainerTips = SEED.filter((line) => line.startsWith('Trainer Tips:')).map((line) =>
  plain(line.replace(/^Trainer Tips:\s*/, '')),
);

test('the seed has what we check for', () => {
  expect(keyMessages.map((k) => k.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  expect(trainerTips).toHaveLength(14);
  expect(slideTitles.filter((s) => s.number <= 17)).toHaveLength(17);
});

test('every key message appears word for word in the lesson and on the handout', () => {
  const pages = lessonPages();
  const lesson = Object.entries(pages)
    .filter(([dir]) => dir !== 'handout')
    .map(([, text]) => text)
    .join(' ');
  for (const { number, text } of keyMessages) {
    expect(lesson.includes(`Key Message ${number} ${text}`), `Key Message ${number}: ${text}`).toBe(true);
    expect(pages.handout?.includes(`Key Message ${number}: ${text}`), `handout, Key Message ${number}`).toBe(true);
  }
});

test('every slide 1–17 appears with its title, numbered in the CPTM footer', () => {
  const lesson = Object.values(lessonPages()).join(' ');
  for (const { number, title } of slideTitles.filter((s) => s.number <= 17)) {
    expect(lesson.includes(`UN CPTM 2025 Slide ${number}`), `slide ${number}`).toBe(true);
    // Slide 1 has two headings (Aim, Relevance) and slide 13 none; the rest have one title.
    if (title && number !== 1) expect(lesson.includes(plain(title)), `slide ${number}: ${title}`).toBe(true);
  }
});

test('every trainer tip appears in the lesson', () => {
  const lesson = Object.values(lessonPages()).join(' ');
  for (const tip of trainerTips) expect(lesson.includes(tip), tip).toBe(true);
});
