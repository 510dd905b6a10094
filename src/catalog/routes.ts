import type { Activity, SortingActivity } from '../schemas/activity';
import { buildDeck, type Deck } from './deck';
import { TRANSLATED_LANGUAGES, type Language } from '../i18n/languages';
import { activityLanguage, getLocalCatalog, type ContentState, type CourseView, type SectionView } from './index';

/**
 * Every page a course gives, computed once per build: each dynamic route's `getStaticPaths` takes
 * its part of this one list (`pathsFor('handout')`), so which course has a deck, a handout, an
 * assessment or a classroom activity is decided in one place.
 */
export interface RouteProps {
  course: { course: CourseView };
  section: { course: CourseView; section: SectionView; previous?: SectionView; next?: SectionView };
  /** Courses whose sections have key messages. */
  handout: { course: CourseView };
  /** Courses whose completion rule names an assessment. */
  assessment: { course: CourseView };
  /** Courses with slides: the deck, the presenter view, the notes view and the trainer's guide. */
  deck: { course: CourseView; deck: Deck };
  /** Sorting activities run with a whole room; `slide` is the deck's slide the activity follows. */
  classroom: { course: CourseView; activity: SortingActivity; slide?: number; contentLanguage: Language };
  /** Courses with activities besides their final assessment: their answers explained. */
  explanations: { course: CourseView; placed: PlacedActivity[] };
  /** The SCORM launch page of every course. */
  lms: { course: CourseView };
}

/** An activity where the learner meets it: its section, and the language its words are in. */
export interface PlacedActivity {
  activity: Activity;
  section: SectionView;
  /** The page's language, or English where the activity's translation is missing. */
  contentLanguage: Language;
  state: ContentState;
}

type Kind = keyof RouteProps;
type Entry<K extends Kind> = { params: Record<string, string>; props: RouteProps[K] };
type RouteList = { [K in Kind]: Entry<K>[] };

const computed = new Map<Language, Promise<RouteList>>();

async function compute(lang: Language): Promise<RouteList> {
  const catalog = await getLocalCatalog(lang);
  const { courses, activities, activityStates } = catalog;
  const params = (course: CourseView) => ({ course: course.data.id });
  const decks = new Map(courses.map((course) => [course, buildDeck(course, activities)]));
  // Every activity of a course, in the order the learner meets them.
  const placed = (course: CourseView): PlacedActivity[] =>
    course.sections.flatMap((section) =>
      section.rendered.activityIds.map((id) => ({
        activity: activities.get(id) as Activity,
        section,
        state: activityStates.get(id) ?? 'missing',
        contentLanguage: activityLanguage(catalog, id),
      })),
    );
  return {
    course: courses.map((course) => ({ params: params(course), props: { course } })),
    section: courses.flatMap((course) =>
      course.sections.map((section, index) => ({
        params: { ...params(course), section: section.data.id },
        props: { course, section, previous: course.sections[index - 1], next: course.sections[index + 1] },
      })),
    ),
    handout: courses
      .filter((course) => course.sections.some((s) => s.rendered.keyMessages.length > 0))
      .map((course) => ({ params: params(course), props: { course } })),
    assessment: courses
      .filter((course) => course.data.completion.assessment)
      .map((course) => ({ params: params(course), props: { course } })),
    deck: courses.flatMap((course) => {
      const deck = decks.get(course);
      return deck ? [{ params: params(course), props: { course, deck } }] : [];
    }),
    classroom: courses.flatMap((course) =>
      placed(course).flatMap(({ activity, contentLanguage }) => {
        if (activity.kind !== 'sorting') return [];
        // A trainer usually comes here from the slide the activity follows: its page offers the way back.
        const slide = decks.get(course)?.slides.find((s) => s.activities.some((a) => a.id === activity.id));
        return [
          {
            params: { ...params(course), activity: activity.id },
            props: { course, activity, slide: slide?.number, contentLanguage },
          },
        ];
      }),
    ),
    explanations: courses.flatMap((course) => {
      // The final assessment's answers stay out of reach.
      const explained = placed(course).filter(({ activity }) => activity.id !== course.data.completion.assessment);
      return explained.length > 0 ? [{ params: params(course), props: { course, placed: explained } }] : [];
    }),
    lms: courses.map((course) => ({ params: params(course), props: { course } })),
  };
}

function routesIn(lang: Language): Promise<RouteList> {
  const routes = computed.get(lang) ?? compute(lang);
  computed.set(lang, routes);
  return routes;
}

/** The `getStaticPaths` of one kind of English page. */
export function pathsFor<K extends Kind>(kind: K): () => Promise<Entry<K>[]> {
  return async () => (await routesIn('en'))[kind];
}

/** Whether a course has a page of this kind in a language: a link to it is shown only then. */
export async function hasPage(kind: Kind, lang: Language, courseId: string): Promise<boolean> {
  return (await routesIn(lang))[kind].some((entry) => entry.params.course === courseId);
}

/** Pages every language has: their routes live under src/pages/[lang]/. */
type LocalKind = 'course' | 'section' | 'deck' | 'handout' | 'assessment' | 'classroom' | 'explanations' | 'lms';

/** The `getStaticPaths` of one kind of page in every translated language (`/fr/…`, `/ar/…`). */
export function localPathsFor<K extends LocalKind>(
  kind: K,
): () => Promise<{ params: Record<string, string>; props: RouteProps[K] }[]> {
  return async () =>
    (
      await Promise.all(
        TRANSLATED_LANGUAGES.map(async (lang) =>
          (await routesIn(lang))[kind].map((entry) => ({ ...entry, params: { ...entry.params, lang } })),
        ),
      )
    ).flat();
}

/** The `getStaticPaths` of a page every translated language has once (its home, its glossary). */
export function languagePaths(): { params: { lang: string }; props: { lang: Language } }[] {
  return TRANSLATED_LANGUAGES.map((lang) => ({ params: { lang }, props: { lang } }));
}
