import { describeStorageError } from '../storage/errors';

let shown = false;

/** Shows the polite "progress is not being saved" notice once per page; the page keeps working. */
export function reportStorageFailure(error: unknown): void {
  const failure = describeStorageError(error);
  console.warn('Gender Lens storage:', failure.problem, error);
  if (shown) return;
  shown = true;
  const notice = document.querySelector<HTMLElement>('[data-storage-notice]');
  if (!notice) return;
  notice.textContent = failure.message;
  if (failure.problem === 'closed') {
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload this page';
    reload.addEventListener('click', () => location.reload());
    notice.append(' ', reload);
  }
  notice.hidden = false;
}
