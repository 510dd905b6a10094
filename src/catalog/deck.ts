import type { Activity } from '../schemas/activity';
import type { RenderedKeyMessage, Segment } from '../render/section';
import { renderSlideFigure, type DeckFrame } from '../render/section';
import type { Language } from '../i18n/languages';
import { trainerMessages } from '../i18n/messages/trainer';
import type { CourseView, SectionView } from './index';
import { pathsIn } from './paths';

/**
 * The trainer's view of a course: its slides in order with their notes, key messages and the
 * activities that follow them, and the lesson plan with timings. Built from the same rendered
 * sections as the learner's pages, so the deck, presenter view, notes and guide cannot drift apart.
 */

export interface DeckActivity {
  id: string;
  title: string;
  /** Classroom mode for a projector, for the kinds of activity that have one. */
  classroomHref: string | null;
  /** The activity inside the learner's lesson page. */
  lessonHref: string;
}

export interface DeckSlide {
  number: number;
  title: string;
  /** Position in the deck, from 0. */
  index: number;
  /** The slide in the course's frame, the same markup the lesson shows inline. */
  figure: string;
  /** Trainer tips (HTML) that follow this slide in the lesson. */
  notes: string[];
  keyMessages: RenderedKeyMessage[];
  /** Id of the section the slide belongs to. */
  sectionId: string;
  /** The language of that section's words: the page's, or English where its translation is missing. */
  contentLanguage: Language;
  /** Activities that come after this slide in its section, before the next slide. */
  activities: DeckActivity[];
}

/** One row of the lesson plan. */
export interface LessonPart {
  id: string;
  title: string;
  href: string;
  /** The language of the section's words: the page's, or English where its translation is missing. */
  contentLanguage: Language;
  optional: boolean;
  /** Planned minutes, when the section gives them. */
  minutes: number | null;
  /** Minutes from the start of the lesson at which the part begins (required parts with minutes only). */
  startMinute: number | null;
  slides: number[];
  activities: DeckActivity[];
}

export interface Deck {
  courseId: string;
  title: string;
  frame: DeckFrame;
  slides: DeckSlide[];
  plan: LessonPart[];
  /** Minimum lesson length from course.yaml. */
  lessonMinutes: number;
  /** The first required section with an activity: its title and minutes time the activity countdown. */
  timedActivity: { title: string; minutes: number } | null;
}

const SLIDE_ID = /<figure class="slide" id="slide-(\d+)"/g;

/** Slide numbers in the order the HTML shows them (renderSlideFigure's ids). */
function slideNumbersIn(html: string): number[] {
  return [...html.matchAll(SLIDE_ID)].map((m) => Number(m[1]));
}

/**
 * The section's HTML without its slide figures, headings one level down and without their ids (for a
 * page that nests several sections, where two sections' headings could share an id).
 */
export function withoutSlides(html: string): string {
  return html
    .replace(/<figure class="slide"[\s\S]*?<\/figure>/g, '')
    .replace(
      /<(\/?)h([1-5])(?: id="[^"]*")?(?=[\s>])/g,
      (_, close: string, level: string) => `<${close}h${Number(level) + 1}`,
    );
}

/** Segments for the guide: HTML without slides, activities kept. */
export function guideSegments(section: SectionView): Segment[] {
  return section.rendered.segments
    .map((s): Segment => (s.type === 'html' ? { type: 'html', html: withoutSlides(s.html) } : s))
    .filter((s) => s.type === 'activity' || s.html.trim() !== '');
}

/** Kinds of activity with a classroom mode (the pages under classroom/ are built for these). */
const CLASSROOM_KINDS: ReadonlySet<Activity['kind']> = new Set(['sorting']);

export function buildDeck(course: CourseView, activities: ReadonlyMap<string, Activity>): Deck | null {
  const frame = course.data.deck;
  if (!frame) return null;
  const courseId = course.data.id;
  const activity = (section: SectionView, id: string): DeckActivity => {
    const found = activities.get(id);
    return {
      id,
      title: found?.title ?? id,
      classroomHref: found && CLASSROOM_KINDS.has(found.kind) ? pathsIn(course.lang).classroom(courseId, id) : null,
      lessonHref: `${section.href}#activity-${id}`,
    };
  };

  const slides: DeckSlide[] = [];
  // Notes and key messages of a section without slides (lesson map, closing) follow the slide
  // shown before it; before any slide, they wait for the first one.
  let pendingNotes: string[] = [];
  let pendingMessages: RenderedKeyMessage[] = [];
  for (const section of course.sections) {
    const { rendered } = section;
    const messages = new Map(rendered.keyMessages.map((k) => [k.number, k]));
    if (rendered.slides.length === 0) {
      if (section.data.optional) continue;
      const last = slides.at(-1);
      if (last) {
        last.notes.push(...rendered.trainerTips);
        last.keyMessages.push(...rendered.keyMessages);
      } else {
        pendingNotes.push(...rendered.trainerTips);
        pendingMessages.push(...rendered.keyMessages);
      }
      continue;
    }
    const before = slides.length;
    for (const slide of rendered.slides) {
      slides.push({
        number: slide.number,
        title: slide.title,
        index: slides.length,
        // The slide's labels ("Slide 4") in the page's language, as the lesson page shows them.
        figure: renderSlideFigure(slide.number, slide.title, slide.html, frame, course.lang),
        notes: [...slide.notes],
        keyMessages: slide.keyMessages.flatMap((n) => messages.get(n) ?? []),
        sectionId: section.data.id,
        contentLanguage: section.contentLanguage,
        activities: [],
      });
    }
    const first = slides[before];
    if (first && (pendingNotes.length > 0 || pendingMessages.length > 0)) {
      first.notes.unshift(...pendingNotes);
      first.keyMessages.unshift(...pendingMessages);
      pendingNotes = [];
      pendingMessages = [];
    }
    // An activity belongs to the slide shown last before it in the same section.
    let lastNumber: number | undefined;
    for (const segment of rendered.segments) {
      if (segment.type === 'html') lastNumber = slideNumbersIn(segment.html).at(-1) ?? lastNumber;
      else if (lastNumber !== undefined) {
        slides.find((s) => s.number === lastNumber)?.activities.push(activity(section, segment.id));
      }
    }
  }

  let clock = 0;
  const plan = course.sections.map((section): LessonPart => {
    const minutes = section.data.minutes ?? null;
    const timed = !section.data.optional && minutes !== null;
    const part: LessonPart = {
      id: section.data.id,
      title: section.data.title,
      href: section.href,
      contentLanguage: section.contentLanguage,
      optional: section.data.optional,
      minutes,
      startMinute: timed ? clock : null,
      slides: section.rendered.slides.map((s) => s.number),
      activities: section.rendered.activityIds.map((id) => activity(section, id)),
    };
    if (timed) clock += minutes;
    return part;
  });

  const activitySection = course.sections.find(
    (s) => !s.data.optional && s.rendered.activityIds.length > 0 && s.data.minutes,
  );
  return {
    courseId,
    title: course.data.title,
    frame,
    slides,
    plan,
    lessonMinutes: course.data.minutes,
    timedActivity: activitySection
      ? { title: activitySection.data.title, minutes: activitySection.data.minutes ?? 0 }
      : null,
  };
}

/** A material the trainer needs, found where the trainer tips mention it. */
export interface Material {
  kind: MaterialKind;
  /** Its name, in the page's language. */
  label: string;
  /** The sentence of the trainer tip that mentions it (in the tip's language, the section's). */
  quote: string;
  section: { title: string; href: string; contentLanguage: Language };
}

type MaterialKind = 'flipchart' | 'handout';

/**
 * The words that name each material in a trainer tip, in the language the tip is written in (a
 * page in French reads French tips; an Arabic page reads the English tips of untranslated sections).
 */
const MATERIALS: {
  kind: MaterialKind;
  label: 'materialFlipchart' | 'materialHandout';
  pattern: Record<Language, RegExp>;
}[] = [
  {
    kind: 'flipchart',
    label: 'materialFlipchart',
    pattern: {
      en: /flipchart/i,
      fr: /tableau de conférence|tableau à feuilles|paperboard|flipchart/i,
      ar: /لوح ورقي|اللوح الورقي|flipchart/i,
    },
  },
  {
    kind: 'handout',
    label: 'materialHandout',
    pattern: { en: /handout/i, fr: /document à distribuer|handout/i, ar: /نشرة|النشرة|handout/i },
  },
];

/** Where one sentence ends and the next begins, by the language of the text. */
const SENTENCE_BREAK: Record<Language, RegExp> = {
  en: /(?<=[.!?])\s+(?=[A-Z"“])/,
  fr: /(?<=[.!?…»])\s+(?=[\p{Lu}"“«])/u,
  ar: /(?<=[.!؟?…»])\s+/u,
};

function sentences(html: string, lang: Language): string[] {
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.split(SENTENCE_BREAK[lang]);
}

/**
 * Materials the trainer tips ask for, each with the first sentence that names it; `lang` is the
 * page's language (the materials' names), each tip is read in its own.
 */
export function materials(course: CourseView, lang: Language = course.lang): Material[] {
  const m = trainerMessages[lang];
  return MATERIALS.flatMap(({ kind, label, pattern }) => {
    for (const section of course.sections) {
      const words = pattern[section.contentLanguage];
      for (const tip of section.rendered.trainerTips) {
        const quote = sentences(tip, section.contentLanguage).find((s) => words.test(s));
        if (quote)
          return [
            {
              kind,
              label: m[label],
              quote,
              section: { title: section.data.title, href: section.href, contentLanguage: section.contentLanguage },
            },
          ];
      }
    }
    return [];
  });
}

/** "0:18" for minute 18 of the lesson. */
export function clockMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
