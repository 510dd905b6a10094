const KEY = 'gl.trainerNotes';

/** The "Trainer notes" switch: shows trainer tips and remembers the choice on this device. */
export function bindTrainerNotesSwitch(doc: Document): void {
  const root = doc.documentElement;
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-trainer-switch]')) {
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset.trainerNotes === 'on'));
    sync();
    button.addEventListener('click', () => {
      const on = root.dataset.trainerNotes !== 'on';
      if (on) root.dataset.trainerNotes = 'on';
      else delete root.dataset.trainerNotes;
      try {
        localStorage.setItem(KEY, on ? 'on' : 'off');
      } catch {
        // Storage blocked: the switch still works for this page.
      }
      sync();
    });
  }
}
