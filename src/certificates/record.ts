/**
 * A certificate record, its id, checksum and the verify link. Pure and browser/Node-neutral (Web
 * Crypto), so the same code issues a certificate and checks it on a supervisor's phone.
 *
 * Honest limit: without a server anyone can make a record with a valid checksum. The checksum shows
 * that a record was not edited after it was made; organisations that need authoritative records use
 * their LMS (SCORM).
 */

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
  return JSON.stringify(FIELD_ORDER.map((key) => fields[key]));
}

export async function checksumOf(fields: CertificateFields): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(fields)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sealCertificate(fields: CertificateFields): Promise<CertificateRecord> {
  const clean = Object.fromEntries(FIELD_ORDER.map((key) => [key, fields[key]])) as unknown as CertificateFields;
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

const LINK_VERSION = 1;

/** The part after `#` in a verify link: the whole record, so the link works with no server and no stored data. */
export function encodeRecord(record: CertificateRecord): string {
  const payload = [LINK_VERSION, ...FIELD_ORDER.map((key) => record[key]), record.checksum];
  return toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
}

export type DecodeResult = { ok: true; record: CertificateRecord } | { ok: false; reason: string };

const isText = (v: unknown, max = 1000): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Reads a verify link's record. Never throws: a damaged link gets a reason in words. */
export function decodeRecord(fragment: string): DecodeResult {
  const damaged = { ok: false as const, reason: 'This verification link is damaged or incomplete.' };
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(fragment.replace(/^#/, ''))));
  } catch {
    return damaged;
  }
  if (!Array.isArray(payload) || payload.length !== FIELD_ORDER.length + 2) return damaged;
  if (payload[0] !== LINK_VERSION) {
    return { ok: false, reason: 'This verification link was made by a newer version of Gender Lens.' };
  }
  const [, id, courseId, courseTitle, edition, learnerName, completedOn, score, contentVersion, checksum] = payload;
  if (
    !(typeof id === 'string' && /^[0-9a-f]{32}$/.test(id)) ||
    !isText(courseId, 100) ||
    !isText(courseTitle, 300) ||
    !isText(edition, 100) ||
    !isText(learnerName, 1000) ||
    !(typeof completedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(completedOn)) ||
    !(score === null || (typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100)) ||
    !isText(contentVersion, 50) ||
    !(typeof checksum === 'string' && /^[0-9a-f]{64}$/.test(checksum))
  ) {
    return damaged;
  }
  return {
    ok: true,
    record: { id, courseId, courseTitle, edition, learnerName, completedOn, score, contentVersion, checksum },
  };
}

/** Whether the record still matches its checksum (it was not edited after it was made). */
export async function isIntact(record: CertificateRecord): Promise<boolean> {
  return (await checksumOf(record)) === record.checksum;
}
