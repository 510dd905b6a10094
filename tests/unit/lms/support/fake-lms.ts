import type { Scorm12Api, Scorm2004Api } from '../../../../src/lms/scorm-api';

/** A stand-in LMS: records values, and fails the calls a test asks it to. */
export function fakeLms(version: '1.2' | '2004', initial: Record<string, string> = {}) {
  const values: Record<string, string> = { ...initial };
  const fail = new Set<string>();
  let commits = 0;
  let lastError = '0';
  const result = (name: string) => {
    if (fail.has(name)) {
      lastError = '101';
      return 'false';
    }
    lastError = '0';
    return 'true';
  };
  const api12: Scorm12Api = {
    LMSInitialize: () => result('initialize'),
    LMSFinish: () => result('terminate'),
    LMSGetValue: (k) => values[k] ?? '',
    LMSSetValue: (k, v) => {
      const r = result(`set ${k}`);
      if (r === 'true') values[k] = v;
      return r;
    },
    LMSCommit: () => {
      const r = result('commit');
      if (r === 'true') commits += 1;
      return r;
    },
    LMSGetLastError: () => lastError,
    LMSGetErrorString: (code) => `error ${code}`,
  };
  const api2004: Scorm2004Api = {
    Initialize: api12.LMSInitialize,
    Terminate: api12.LMSFinish,
    GetValue: api12.LMSGetValue,
    SetValue: api12.LMSSetValue,
    Commit: api12.LMSCommit,
    GetLastError: api12.LMSGetLastError,
    GetErrorString: api12.LMSGetErrorString,
  };
  return {
    values,
    fail,
    commits: () => commits,
    found: version === '1.2' ? ({ version, api: api12 } as const) : ({ version, api: api2004 } as const),
  };
}
