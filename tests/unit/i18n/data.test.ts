import { describe, expect, it } from 'vitest';
import { dataMessages, refusalMessage } from '../../../src/i18n/messages/data';
import { BackupRefused, parseBackup } from '../../../src/storage/backup';

const { en, fr, ar } = dataMessages;

describe('my data messages', () => {
  it('keeps the English the page has always said', () => {
    expect(en.imported(2, 1, 0)).toBe(
      'Backup imported: 2 sections, 1 attempt and 0 certificates added. Nothing was duplicated.',
    );
    expect(en.imported(1, 1200, 1)).toBe(
      'Backup imported: 1 section, 1,200 attempts and 1 certificate added. Nothing was duplicated.',
    );
    expect(en.resetButton).toBe('Delete all my data…');
  });

  it('gives each refusal its reason code, the English message as before, and the message in every language', async () => {
    const refused = await parseBackup('{"hello":"world"}').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BackupRefused);
    expect((refused as BackupRefused).reason).toBe('notBackup');
    expect((refused as BackupRefused).message).toBe(
      'This file is not a Gender Lens backup. Nothing on this device was changed.',
    );
    expect(refusalMessage('fr', 'notBackup')).toBe(
      'Ce fichier n’est pas une sauvegarde Gender Lens. Rien n’a été modifié sur cet appareil.',
    );
    expect(refusalMessage('ar', 'notBackup')).toBe(
      'هذا الملف ليس نسخة احتياطية من \u2068Gender Lens\u2069. لم يتغير شيء على هذا الجهاز.',
    );
  });

  it('names where a damaged backup is damaged in every language', async () => {
    const backup = { format: 'gender-lens-backup', version: 1, exportedAt: 'x', data: { attempts: 'no' } };
    const refused = (await parseBackup(JSON.stringify(backup)).catch((error: unknown) => error)) as BackupRefused;
    expect(refused.reason).toBe('damaged');
    expect(refused.message).toMatch(
      /^This backup is damaged \(data\.\w+: .+\)\. Nothing on this device was changed\.$/,
    );
    const field = refused.damage!.field;
    expect(refusalMessage('fr', 'damaged', refused.damage)).toBe(
      `Cette sauvegarde est endommagée (champ ${field}). Rien n’a été modifié sur cet appareil.`,
    );
    expect(refusalMessage('ar', 'damaged', refused.damage)).toContain(`\u2068${field}\u2069`);
  });

  it('speaks French, with no-break spaces before : ; ? and 0 and 1 in the singular', () => {
    expect(fr.imported(0, 1, 2)).toBe(
      'Sauvegarde importée\u00a0: ajout de 0 section, 1 tentative et 2 certificats. Rien n’a été dupliqué.',
    );
    expect(fr.resetConfirmHeading).toBe('Tout supprimer\u00a0?');
    expect(fr.importText).toContain('5\u00a0Mo');
    for (const value of Object.values(fr)) {
      if (typeof value === 'string') expect(value, value).not.toMatch(/ [:;!?]|'/);
    }
  });

  it('speaks Arabic, counting in all six plural forms', () => {
    const num = (n: number) => new Intl.NumberFormat('ar').format(n);
    const sections = (n: number) => ar.imported(n, 0, 0);
    expect(sections(0)).toContain('لا أقسام');
    expect(sections(1)).toContain('قسم واحد');
    expect(sections(2)).toContain('قسمان');
    expect(sections(3)).toContain(`${num(3)} أقسام`);
    expect(sections(11)).toContain(`${num(11)} قسمًا`);
    expect(sections(100)).toContain(`${num(100)} قسم،`);
    expect(new Set([0, 1, 2, 3, 11, 100].map(sections)).size).toBe(6);
    expect(ar.imported(0, 2, 1)).toContain('محاولتان، وشهادة واحدة');
    expect(ar.lede).toContain('\u2068Gender Lens\u2069');
  });
});
