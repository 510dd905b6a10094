import { test as setup } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { LMS_PACKAGES, PACKAGES, UNPACKED } from './support/lms-packages';

// The LMS journeys (lms.spec.ts) run against the real SCORM packages, which the site's build wrote
// beside it (src/lms/package/scorm-packages.mjs). Unpacked once here, a project the journeys depend on.
setup('unpack each SCORM package where an LMS would keep it', async () => {
  rmSync(UNPACKED, { recursive: true, force: true });
  for (const name of LMS_PACKAGES) {
    const files = unzipSync(readFileSync(join(PACKAGES, `${name}.zip`)));
    for (const [path, bytes] of Object.entries(files)) {
      const target = join(UNPACKED, name, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
});
