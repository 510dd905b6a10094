import { test as setup, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { LMS_PACKAGES, UNPACKED } from './support/lms-packages';

// The LMS journeys (lms.spec.ts) run against the real SCORM packages. They are built once here, a
// project the journeys depend on, so the site's tests run on the other worker meanwhile and the
// journeys themselves can share both workers.
setup('build the SCORM packages and unpack each where an LMS would keep it', async () => {
  setup.setTimeout(300_000);
  const build = spawnSync('npm', ['run', 'build:scorm'], { encoding: 'utf8', timeout: 290_000 });
  expect(build.status, build.stderr).toBe(0);
  rmSync(UNPACKED, { recursive: true, force: true });
  for (const name of LMS_PACKAGES) {
    const files = unzipSync(readFileSync(join('dist-scorm', `${name}.zip`)));
    for (const [path, bytes] of Object.entries(files)) {
      const target = join(UNPACKED, name, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
});
