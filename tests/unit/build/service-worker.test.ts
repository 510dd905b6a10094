import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { precacheManifest } from '../../../src/build/service-worker.mjs';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gl-sw-'));
  scratch.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

it('lists the files the worker keeps, each with a revision that changes when its bytes do', () => {
  const files = { 'index.html': 'home', 'a/index.html': 'a', 'library/index.html': 'big' };
  const keep = (file: string) => !file.startsWith('library/');
  const before = precacheManifest(site(files), keep);
  expect(before.map((e) => e.url)).toEqual(['a/index.html', 'index.html']);
  const after = precacheManifest(site({ ...files, 'index.html': 'home, updated' }), keep);
  expect(after[0]).toEqual(before[0]);
  expect(after[1]!.revision).not.toBe(before[1]!.revision);
  expect(after[1]!.revision).toMatch(/^[0-9a-f]{32}$/);
});
