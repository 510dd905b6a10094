import { describe, expect, it } from 'vitest';
import { RESTARTED } from '../../../src/components/activities/session';
import { storageMessages } from '../../../src/i18n/messages/storage';
import { describeStorageError } from '../../../src/storage/errors';

const { en, fr, ar } = storageMessages;

describe('storage messages', () => {
  it('keeps the English the site has always said', () => {
    expect(describeStorageError({ name: 'QuotaExceededError' }).message).toBe(
      'Your progress is not being saved: this device’s storage is full. Free some space, then reload. You can still read everything.',
    );
    expect(en.reloadToUpdate).toBe('Reload to update');
    expect(en.updateReady).toBe('A new version of Gender Lens is ready. Your progress is kept.');
    // session.ts reports the reason in English; the island shows these in the page's language.
    expect(en.restartedChanged).toBe(RESTARTED.changed);
    expect(en.restartedUnreadable).toBe(RESTARTED.unreadable);
  });

  it('speaks French, with no-break spaces before : and ;', () => {
    expect(fr.reloadPage).toBe('Recharger cette page');
    expect(fr.closed).toContain('progression\u00a0; rien');
    expect(fr.offlineReady).toBe(
      'Gender Lens est enregistré sur cet appareil\u00a0: tous les cours fonctionnent désormais hors ligne.',
    );
  });

  it('speaks Arabic, with the site’s Latin name isolated', () => {
    expect(ar.notNow).toBe('ليس الآن');
    expect(ar.updateReady).toContain('\u2068Gender Lens\u2069');
    expect(ar.reloadPage).toBe('إعادة تحميل هذه الصفحة');
  });
});
