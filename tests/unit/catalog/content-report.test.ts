import { describe, expect, it } from 'vitest';
import { brokenCitations, contentReport, namesASource } from '../../../src/catalog/content-report';
import { FIXTURE_CONTENT } from '../support/fixtures';

describe('npm run content:report', () => {
  it('prints the fixture bank by module, outcome and level, with key balance and duty coverage', () => {
    const { text, ok } = contentReport(FIXTURE_CONTENT);
    expect(ok).toBe(true);
    expect(text).toContain('Questions: 5; apply: 1 (20 %)');
    expect(text).toContain('A form draws 3 questions, 1 of them apply (33 %).');
    expect(text).toMatch(/first\s+1\s+1\s+1\s+1\s+3\s+2 \(1 apply\)/);
    expect(text).toContain('true/false keyed True: 1 of 2 (50 %; allowed 35 %–65 %)');
    expect(text).toContain('ok  name-it');
    expect(text).toContain('none: every cited line exists');
  });

  it('lists every citation of a line that does not exist, naming file and question', () => {
    expect(
      brokenCitations('content/activities/x.yaml', {
        sources: ['cptm:1'],
        questions: [
          { id: 'q1', sources: ['unsms:64', 'unsms:9999'] },
          { id: 'q2', sources: ['seed:1'] },
        ],
      }),
    ).toEqual([
      'content/activities/x.yaml: question "q1": "unsms:9999" points past the end of unsms-policy-gender-considerations-in-security-management.txt (97 lines)',
      'content/activities/x.yaml: question "q2": "seed:1" names an unknown seed "seed" (known: cptm, unsms, undss, dpko, dpo)',
    ]);
  });

  it('tells a prompt that names where something is written from one that tests the idea', () => {
    expect(namesASource('Under para 17.5, when may an incident be recorded?')).toBe(true);
    expect(namesASource('What does CPTM Slide 4 list?')).toBe(true);
    expect(namesASource('A staff member asks you not to record her assault. What do you do?')).toBe(false);
  });
});
