/**
 * Whether this page runs inside an LMS (a SCORM package): framed by the LMS's player, or opened with
 * `?lms` in its URL. There the LMS owns caching, progress and updates, so the page registers no
 * service worker (src/scripts/offline.ts). The SCORM launcher reuses this check.
 */
export function isLmsLaunch(win: Pick<Window, 'top' | 'self' | 'location'> = window): boolean {
  try {
    if (win.top !== win.self) return true;
  } catch {
    // Reading a cross-origin parent can throw: that is a frame too.
    return true;
  }
  return new URLSearchParams(win.location.search).has('lms');
}
