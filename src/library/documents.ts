import type { SeedKey } from '../schemas/source';
import type { ParseOptions } from './parse';

/**
 * What the library says about each source document: the header card (title, issuer, date,
 * edition, status), what it is for and who should read it (the landing page, the "gender
 * section" UNSMS SPM IV.M para 20.1 asks for), and how to read its text.
 *
 * Status notes are Markdown and may cite the seeds (`[words](cite:cptm:567)` or a bare
 * `(dpko:16)`): every fact here comes from a seed line (content/seeds/INVENTORY.md §5).
 */
export interface DocumentInfo {
  key: SeedKey;
  /** Short name used in references: "UNSMS policy, para 17.5". */
  short: string;
  title: string;
  issuer: string;
  date: string;
  edition: string;
  /** What the seeds say about its status and its known problems (Markdown, one item each). */
  status: string[];
  /** What the document is for (Markdown). */
  purpose: string;
  /** Who should read it (Markdown). */
  readers: string;
  parse: ParseOptions;
  /** Lines of the title page, shown together as the document's cover rather than as headings. */
  cover?: [number, number];
}

/** The lesson's own section titles: the top level of its table of contents. */
export const CPTM_SECTIONS = [
  'Aim, Relevance and Learning Outcomes',
  'Lesson Map',
  'The Lesson',
  'Required Learning Activity 2.7.1',
  'Definitions',
  'The Women, Peace and Security (WPS) Agenda in UN Peacekeeping',
  'Legal Framework',
  'Policy Guidance',
  'Partnerships in Implementing the Women, Peace and Security Agenda',
  'Roles and Responsibilities in the Peacekeeping Mission',
  'How Individual UN Peacekeepers Support the Women, Peace and Security Agenda',
  'Lesson Closing',
  'Handout - Summary of Key Messages',
];

/** A slide's frame in the lesson: "Slide 4", its header and its footer "UN CPTM 2025 Slide 4". */
export const CPTM_SLIDE_START = /^Slide (\d+)$/;
export const CPTM_SLIDE_END = /^UN CPTM 2025 ?Slide (\d+)$/;
const CPTM_SLIDE_HEADER = '2.7 Women, Peace and Security';

/** "A. Purpose" → 2, "E.1 Leadership…" or "D. 1. Goal" → 3, "a) Senior Leadership" → 4. */
function policyHeadingLevel(text: string): 2 | 3 | 4 {
  if (text === 'Introduction') return 2;
  if (/^[A-J]\.?\s?\d/.test(text)) return 3;
  if (/^[A-J]\.?\s+\S/.test(text)) return 2;
  if (/^[a-z]\)\s/.test(text)) return 4;
  return 3;
}

export const DOCUMENTS: Record<SeedKey, DocumentInfo> = {
  cptm: {
    key: 'cptm',
    short: 'CPTM Lesson 2.7',
    title: 'Lesson 2.7: Women, Peace and Security',
    issuer: 'United Nations, Core Pre-Deployment Training Materials (the text never spells out “CPTM”)',
    date: '2025 (every slide is marked “UN CPTM 2025”)',
    edition: 'CPTM 2025',
    status: [
      'The lesson cites the *Gender-Responsive UN Peacekeeping Operations Policy (2024)* [(Key Message 11)](cite:cptm:567). That edition is not in the seeds: this library holds the **2018** DPKO/DFS policy, whose principles differ.',
      'It names the DPO Resource Package “(2000)” [in its reference box](cite:cptm:777); the package is dated January 2020 [(its foreword)](cite:dpo:39).',
      'For conflict-related sexual violence it points to Lesson 2.6 [in one place](cite:cptm:324) and to Lesson 2.5 [in another](cite:cptm:709). Neither lesson is in the seeds.',
      'Slide 13 has a title in the lesson map but [no slide text](cite:cptm:606). Its activity instructions are in a “2.7 Learning Support” file that is not in the seeds.',
    ],
    purpose:
      'The lesson every UN peacekeeper takes before deployment on the women, peace and security agenda: sex and gender, the WPS resolutions, the policy, who does what in a mission, and what each peacekeeper can do.',
    readers:
      'Everyone deploying to a peacekeeping mission, and the trainers who teach it. Gender Lens reproduces it as the CPTM Lesson 2.7 course.',
    parse: {
      wrapped: false,
      numberedParagraphs: false,
      footnotes: 'none',
      headingLevel: (text) => {
        if (CPTM_SLIDE_START.test(text) || CPTM_SLIDE_END.test(text) || text === CPTM_SLIDE_HEADER) return null;
        return CPTM_SECTIONS.includes(text) ? 2 : 3;
      },
    },
    cover: [1, 7],
  },
  unsms: {
    key: 'unsms',
    short: 'UNSMS policy',
    title: 'Gender Considerations in Security Management',
    issuer: 'United Nations Security Management System (UNSMS): Security Policy Manual, Chapter IV, Section M',
    date: 'In force 18 April 2016 (para 28)',
    edition: 'As supplied in the seeds; to be reviewed every two years by the IASMN (para 29)',
    status: [
      'In force since 18 April 2016 (unsms:95). It is to be reviewed every two years (unsms:97); the seeds do not say whether a review has changed it.',
      'It makes the UN “I Know Gender” course, or an equivalent, mandatory for UNSMS security personnel (unsms:68), and asks UNDSS for a gender section “where gender-related resources will be maintained” (unsms:71): this library is Gender Lens’s version of that section.',
    ],
    purpose:
      'The policy that makes gender part of UN security risk management: gender-based threats in every risk analysis, reporting with consent, a gender-sensitive response, and training.',
    readers:
      'Security personnel (for them it is part of mandatory training), Designated Officials, Security Management Team members, and managers with security responsibilities (para 26).',
    parse: {
      wrapped: false,
      numberedParagraphs: true,
      footnotes: 'superscript',
      headingLevel: policyHeadingLevel,
    },
    cover: [1, 16],
  },
  undss: {
    key: 'undss',
    short: 'UNDSS page',
    title: 'Mainstreaming gender into all policies & programmes',
    issuer: 'UN Department of Safety and Security (UNDSS), web page',
    date: 'Undated',
    edition: 'The page as captured in the seeds',
    status: [
      'The page is undated. It describes the UNDSS Gender Strategy 2015–2021 as being implemented (undss:19); the seeds do not say what followed it.',
      'Its contact details are cut off in the source (undss:49): the addresses are missing.',
    ],
    purpose:
      'What UNDSS does on gender: the policy and its guidelines, the internal gender strategy, Women’s Security Awareness Training, gender-based violence against UN personnel, and HIV post-exposure prophylaxis (PEP).',
    readers: 'All UN personnel, and security personnel who brief them.',
    parse: { wrapped: false, numberedParagraphs: false, footnotes: 'none' },
    cover: [1, 1],
  },
  dpko: {
    key: 'dpko',
    short: 'DPKO/DFS policy (2018)',
    title: 'Gender Responsive United Nations Peacekeeping Operations',
    issuer: 'UN Department of Peacekeeping Operations and Department of Field Support (DPKO/DFS), Policy',
    date: 'Effective 1 February 2018; review date 1 February 2021',
    edition: 'Reference 2018.01 (the 2018 edition)',
    status: [
      'The CPTM lesson cites a **2024** edition of this policy [(Key Message 11)](cite:cptm:567). The library holds the **2018** edition: its principles are accountability, inclusiveness and gender parity (dpko:62-64), not the four principles the lesson lists (cptm:575-583).',
      'It counts eight WPS resolutions (dpko:35); the lesson and the Resource Package count ten.',
      'Its approval dates read “FEB - 5 2018” and “24 24 2018” (dpko:309, 318), its numbering has no section E.4, and its “Additional terms” heading is empty (dpko:261).',
    ],
    purpose:
      'The policy that tells peacekeeping operations how to put gender equality and the WPS mandates into practice: its goal, principles, priority outcomes, who is responsible for what, and the terms it defines.',
    readers:
      'All peacekeeping personnel, civilian, police and military, at every rank: compliance is mandatory (para 3). Gender advisers and managers in particular.',
    parse: {
      wrapped: false,
      numberedParagraphs: true,
      footnotes: 'superscript',
      headingLevel: policyHeadingLevel,
    },
    cover: [1, 20],
  },
  dpo: {
    key: 'dpo',
    short: 'DPO Resource Package',
    title: 'Gender Equality and Women, Peace and Security Resource Package',
    issuer: 'UN Department of Peace Operations (DPO)',
    date: 'January 2020 (the date of its foreword)',
    edition: 'First edition, 23 chapters in three parts',
    status: [
      'The CPTM lesson names this package “(2000)” (cptm:777); the package itself is dated January 2020 (dpo:36-39).',
      'The text comes from the PDF: page breaks leave lists of web links and footnotes in the middle of chapters. They are kept where the text has them.',
    ],
    purpose:
      'A “how to” guide for putting WPS mandates into practice: key gender concepts, the WPS resolutions and the gender architecture (Part One), analysis, planning, data and partnerships (Part Two), and guidance for each function of a mission (Part Three).',
    readers:
      'All peacekeeping personnel. Each chapter stands alone: read the chapters for your function. Gender advisers and focal points use it to advise others; senior leaders to set priorities (see the Introduction).',
    parse: { wrapped: true, numberedParagraphs: false, footnotes: 'digits' },
  },
};

/** The order the library lists its documents in: the lesson, then the policies, then the guides. */
export const DOCUMENT_ORDER: SeedKey[] = ['cptm', 'unsms', 'dpko', 'undss', 'dpo'];
