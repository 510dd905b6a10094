/**
 * A certificate record, its id, checksum and the verify link. Pure and browser/Node-neutral (Web
 * Crypto), so the same code issues a certificate and checks it on a supervisor's phone.
 *
 * Honest limit: without a server anyone can make a record with a valid checksum. The checksum shows
 * that a record was not edited after it was made; organisations that need authoritative records use
 * their LMS (SCORM).
 */

import { isLanguage, type Language } from '../i18n/languages';

export interface CertificateFields {
  /** 128 random bits as 32 hex digits; shown grouped (see formatCertificateId). */
  id: string;
  courseId: string;
  courseTitle: string;
  edition: string;
  learnerName: string;
  /** Day of completion, YYYY-MM-DD. */
  completedOn: string;
  /** Percentage, or null when the course has no scored work. */
  score: number | null;
  contentVersion: string;
  /**
   * The language the certificate was issued in (its course title is in it, and its sheet speaks it,
   * with an English line under each heading). Records issued before languages existed are English.
   */
  language: Language;
}

export interface CertificateRecord extends CertificateFields {
  /** SHA-256 (hex) over the canonical form of all the fields above. */
  checksum: string;
}

const FIELD_ORDER: (keyof CertificateFields)[] = [
  'id',
  'courseId',
  'courseTitle',
  'edition',
  'learnerName',
  'completedOn',
  'score',
  'contentVersion',
];

/** 128 random bits (the issue asks for at least 96) as lowercase hex. */
export function newCertificateId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** "3F9A-0C12-…" : groups of four, upper case, easy to read aloud and compare. */
export function formatCertificateId(id: string): string {
  return (id.toUpperCase().match(/.{1,4}/g) ?? []).join('-');
}

function canonical(fields: CertificateFields): string {
  // A fixed field order and JSON encoding of each value: the same record always hashes the same.
  // The language joins the hashed fields only when it is not English, so every record issued before
  // certificates had a language (all English) keeps its checksum and still verifies.
  const values: unknown[] = FIELD_ORDER.map((key) => fields[key]);
  if (fields.language !== 'en') values.push(fields.language);
  return JSON.stringify(values);
}

export async function checksumOf(fields: CertificateFields): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(fields)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sealCertificate(fields: CertificateFields): Promise<CertificateRecord> {
  const clean = {
    ...(Object.fromEntries(FIELD_ORDER.map((key) => [key, fields[key]])) as Omit<CertificateFields, 'language'>),
    language: fields.language,
  };
  return { ...clean, checksum: await checksumOf(clean) };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * Version 1 links hold an English record; version 2 adds the record's language after its checksum.
 * English records keep writing version 1, so a verify page saved offline before languages existed
 * still reads every English certificate.
 */
const LINK_VERSION = 1;
const LINK_VERSION_WITH_LANGUAGE = 2;

/** The part after `#` in a verify link: the whole record, so the link works with no server and no stored data. */
export function encodeRecord(record: CertificateRecord): string {
  const fields = [...FIELD_ORDER.map((key) => record[key]), record.checksum];
  const payload =
    record.language === 'en' ? [LINK_VERSION, ...fields] : [LINK_VERSION_WITH_LANGUAGE, ...fields, record.language];
  return toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
}

/** Why a link cannot be read: `damaged` (cut short, mistyped) or `newer` (a later Gender Lens made it). */
export type DecodeProblem = 'damaged' | 'newer';
export type DecodeResult = { ok: true; record: CertificateRecord } | { ok: false; problem: DecodeProblem };

const isText = (v: unknown, max = 1000): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Reads a verify link's record. Never throws: a link that cannot be read says why (the page words it). */
export function decodeRecord(fragment: string): DecodeResult {
  const damaged = { ok: false as const, problem: 'damaged' as const };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(fragment.replace(/^#/, ''))));
  } catch {
    return damaged;
  }
  if (!Array.isArray(payload)) return damaged;
  if (typeof payload[0] === 'number' && payload[0] > LINK_VERSION_WITH_LANGUAGE) return { ok: false, problem: 'newer' };
  const length: Record<number, number> = {
    [LINK_VERSION]: FIELD_ORDER.length + 2,
    [LINK_VERSION_WITH_LANGUAGE]: FIELD_ORDER.length + 3,
  };
  if (payload.length !== length[payload[0]]) return damaged;
  const [, id, courseId, courseTitle, edition, learnerName, completedOn, score, contentVersion, checksum] = payload;
  const language: unknown = payload[0] === LINK_VERSION ? 'en' : payload[FIELD_ORDER.length + 2];
  if (
    !(typeof id === 'string' && /^[0-9a-f]{32}$/.test(id)) ||
    !isText(courseId, 100) ||
    !isText(courseTitle, 300) ||
    !isText(edition, 100) ||
    !isText(learnerName, 1000) ||
    !(typeof completedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(completedOn)) ||
    !(score === null || (typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100)) ||
    !isText(contentVersion, 50) ||
    !(typeof checksum === 'string' && /^[0-9a-f]{64}$/.test(checksum)) ||
    !(typeof language === 'string' && isLanguage(language))
  ) {
    return damaged;
  }
  return {
    ok: true,
    record: { id, courseId, courseTitle, edition, learnerName, completedOn, score, contentVersion, language, checksum },
  };
}

/** Whether the record still matches its checksum (it was not edited after it was made). */
export async function isIntact(record: CertificateRecord): Promise<boolean> {
  return (await checksumOf(record)) === record.checksum;
}
