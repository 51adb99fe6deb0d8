// axe-core (@axe-core/playwright) against WCAG 2.x A and AA on a page as it is now.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every violation axe finds (or only those of the impacts given): rule id, impact and the elements it flags. */
export async function accessibilityViolations(page: Page, impacts?: readonly string[]): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations
    .filter((violation) => !impacts || impacts.includes(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The serious and critical violations only: what a page must not have. */
export function seriousViolations(page: Page): Promise<string[]> {
  return accessibilityViolations(page, ['serious', 'critical']);
}
