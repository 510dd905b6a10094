/**
 * The LMS side of SCORM, seen from the course: finding the API object the LMS put in a parent or
 * opener window, and calling it the same way for SCORM 1.2 (`API`) and 2004 (`API_1484_11`).
 * https://scorm.com/scorm-explained/technical-scorm/run-time/api-discovery-algorithms/
 */

export type ScormVersion = '1.2' | '2004';

type ScormResult = string | boolean | number;

export interface Scorm12Api {
  LMSInitialize(arg: ''): ScormResult;
  LMSFinish(arg: ''): ScormResult;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): ScormResult;
  LMSCommit(arg: ''): ScormResult;
  LMSGetLastError(): ScormResult;
  LMSGetErrorString(code: string): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): ScormResult;
  Terminate(arg: ''): ScormResult;
  GetValue(element: string): string;
  SetValue(element: string, value: string): ScormResult;
  Commit(arg: ''): ScormResult;
  GetLastError(): ScormResult;
  GetErrorString(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

interface WindowLike {
  parent: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
  API_1484_11?: unknown;
}

const MAX_DEPTH = 10;

function inWindow(win: WindowLike): FoundApi | null {
  try {
    if (win.API_1484_11 && typeof (win.API_1484_11 as Scorm2004Api).Initialize === 'function') {
      return { version: '2004', api: win.API_1484_11 as Scorm2004Api };
    }
    if (win.API && typeof (win.API as Scorm12Api).LMSInitialize === 'function') {
      return { version: '1.2', api: win.API as Scorm12Api };
    }
  } catch {
    // A cross-origin frame: not ours to read, and not where an LMS would put its API for us.
  }
  return null;
}

function inChain(start: WindowLike | null | undefined): FoundApi | null {
  let win = start;
  for (let depth = 0; win && depth < MAX_DEPTH; depth += 1) {
    const found = inWindow(win);
    if (found) return found;
    let parent: WindowLike | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The standard search: this window and its parents, then the opener and its parents. */
export function findScormApi(win: WindowLike): FoundApi | null {
  const found = inChain(win);
  if (found) return found;
  try {
    return inChain(win.opener);
  } catch {
    return null;
  }
}

/** The data model fields a course uses, named once per version. */
export const FIELDS = {
  '1.2': {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    sessionTime: 'cmi.session_time',
  },
} as const;

/** Size limits of the data model (SCORM 1.2: 255 / 4096 characters; 2004: 1000 / 64000). */
export const LIMITS = {
  '1.2': { location: 255, suspendData: 4096 },
  '2004': { location: 1000, suspendData: 64000 },
} as const;

export interface LmsCallFailure {
  call: string;
  code: string;
  message: string;
}

/** One version-neutral connection. Every call reports success; failures are kept for the session to handle. */
export class LmsConnection {
  readonly version: ScormVersion;
  lastFailure: LmsCallFailure | null = null;
  private readonly found: FoundApi;

  constructor(found: FoundApi) {
    this.found = found;
    this.version = found.version;
  }

  private ok(call: string, result: ScormResult): boolean {
    const success = result === true || result === 'true';
    if (!success) {
      let code = '';
      let message = '';
      try {
        code = String(this.found.version === '1.2' ? this.found.api.LMSGetLastError() : this.found.api.GetLastError());
        message =
          this.found.version === '1.2' ? this.found.api.LMSGetErrorString(code) : this.found.api.GetErrorString(code);
      } catch {
        // The LMS cannot even say what went wrong; the call name is enough to report.
      }
      this.lastFailure = { call, code, message };
    }
    return success;
  }

  private attempt(call: string, run: () => ScormResult): boolean {
    try {
      return this.ok(call, run());
    } catch (error) {
      this.lastFailure = { call, code: 'exception', message: error instanceof Error ? error.message : String(error) };
      return false;
    }
  }

  initialize(): boolean {
    const f = this.found;
    return this.attempt('initialize', () => (f.version === '1.2' ? f.api.LMSInitialize('') : f.api.Initialize('')));
  }

  terminate(): boolean {
    const f = this.found;
    return this.attempt('terminate', () => (f.version === '1.2' ? f.api.LMSFinish('') : f.api.Terminate('')));
  }

  commit(): boolean {
    const f = this.found;
    return this.attempt('commit', () => (f.version === '1.2' ? f.api.LMSCommit('') : f.api.Commit('')));
  }

  get(element: string): string {
    const f = this.found;
    try {
      return String((f.version === '1.2' ? f.api.LMSGetValue(element) : f.api.GetValue(element)) ?? '');
    } catch {
      return '';
    }
  }

  set(element: string, value: string): boolean {
    const f = this.found;
    return this.attempt(`set ${element}`, () =>
      f.version === '1.2' ? f.api.LMSSetValue(element, value) : f.api.SetValue(element, value),
    );
  }
}
