import { describe, expect, it } from 'vitest';
import type { ProgressOutline } from '../../../src/progress/course';
import { courseStatus } from '../../../src/progress/completion';
import { remainingSteps } from '../../../src/scripts/course-progress';

// A French course page whose assessment is not translated yet: its title stays English.
const outline: ProgressOutline = {
  courseId: 'i-know-gender',
  title: 'I Know Gender',
  rule: { sections: 'all', activities: [], assessment: 'final' },
  requiredSectionIds: ['m1'],
  sections: [{ id: 'm1', title: 'Concepts de genre', href: '/fr/courses/i-know-gender/m1/' }],
  activities: [],
  assessment: { id: 'final', title: 'Final assessment', href: '/fr/courses/i-know-gender/assessment/', lang: 'en' },
};

describe('what remains, on a page in another language than some of its titles', () => {
  it('keeps a French title in the sentence, and marks where an English one goes so the page can mark it English', () => {
    const steps = remainingSteps(outline, courseStatus(outline, { seen: ['m1'], attempts: [] }), 'fr');
    expect(steps).toHaveLength(1);
    const [step] = steps;
    expect(step!.title).toEqual({ text: 'Final assessment', lang: 'en' });
    expect(step!.text).not.toContain('Final assessment');
    expect(step!.text.split('\uE000')).toHaveLength(2);
    expect(step!.href).toBe('/fr/courses/i-know-gender/assessment/');

    const reading = remainingSteps(outline, courseStatus(outline, { seen: [], attempts: [] }), 'fr');
    expect(reading[0]).toMatchObject({ text: expect.stringContaining('Concepts de genre') });
    expect(reading[0]!.title).toBeUndefined();
  });
});
