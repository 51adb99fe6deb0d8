// An admin edits the verdict scale on its screen (/admin/verdicts): renames a
// verdict, gives one a colour the article text cannot be read on (refused,
// with the ratio shown), then a readable one, moves one up with the keyboard,
// tries to remove one a claim uses (the screen says why not), and the
// workbench's verdict picker follows the new order.
import { test, expect } from '@playwright/test';
import { seriousViolations } from './accessibility';
import { USERS, apiClient, createClaimOn, createSampleArticle, signIn, snap } from './helpers';

type Verdict = { key: string; label: string; color: string; order: number };

test('an admin renames, recolours and reorders the verdict scale; the workbench shows the new order', async ({ page, baseURL }, testInfo) => {
  const admin = await apiClient(baseURL!, USERS.admin);
  const scale = async () => (await (await admin.get('/api/verdicts')).json()).verdicts as Verdict[];
  const original = await scale();
  try {
    const editor = await apiClient(baseURL!, USERS.editor);
    const { articleId, text } = await createSampleArticle(editor, `Verdict scale ${Date.now()}`);
    const claim = await createClaimOn(editor, articleId, text, 'Nine ISIS members were killed in the attack');
    expect((await editor.patch(`/api/claims/${claim.id}`, { data: { version: claim.version, verdict: 'false' } })).status()).toBe(200);

    await signIn(page, USERS.admin);
    await page.getByRole('link', { name: 'Verdict scale', exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/verdicts$/);
    const rows = page.locator('fieldset.verdict-option > legend');
    await expect(rows).toHaveText(original.map((v) => v.label));
    expect(await seriousViolations(page)).toEqual([]);
    await snap(page, testInfo, '01-verdict-scale');

    // Rename.
    await page.getByRole('group', { name: 'Mostly true', exact: true }).getByLabel('Label').fill('Largely true');
    await expect(page.getByRole('group', { name: 'Largely true', exact: true })).toBeVisible();

    // A colour the article's text cannot be read on: the ratio is shown and saving is refused.
    const trueRow = page.getByRole('group', { name: 'True', exact: true });
    await trueRow.getByLabel('Colour').fill('#000000');
    await expect(trueRow.getByTestId('contrast')).toContainText('1.8:1');
    await expect(trueRow.getByTestId('contrast')).toContainText('below 4.5:1');
    await snap(page, testInfo, '02-low-contrast');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the scale' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('True');
    expect(await scale()).toEqual(original);

    // A readable one is accepted.
    await trueRow.getByLabel('Colour').fill('#2da44e');
    await expect(trueRow.getByTestId('contrast')).not.toContainText('below');

    // Misleading moves up two places from the keyboard; focus stays on its button.
    const up = page.getByRole('button', { name: 'Move Misleading up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(up).toBeFocused();
    await page.keyboard.press('Space');
    const expected = ['True', 'Largely true', 'Half true', 'Misleading', 'Mostly false', 'False', 'Missing context', 'Unverifiable'];
    await expect(rows).toHaveText(expected);

    await page.getByRole('button', { name: 'Save the scale' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const saved = await scale();
    expect(saved.map((v) => v.label)).toEqual(expected);
    expect(saved.find((v) => v.key === 'true')!.color).toBe('#2da44e');
    expect(saved.find((v) => v.key === 'mostly-true')!.label).toBe('Largely true');
    await snap(page, testInfo, '03-saved');

    // A verdict a claim has cannot be removed: the server refuses, the screen says why and keeps it.
    await page.getByRole('button', { name: 'Remove False' }).click();
    await expect(page.getByRole('group', { name: 'False', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Save the scale' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText(/False.*used by \d+ claim/);
    await expect(page.getByRole('group', { name: 'False', exact: true })).toBeVisible();
    expect((await scale()).map((v) => v.key)).toContain('false');
    await snap(page, testInfo, '04-in-use');

    // The workbench's verdict picker lists the scale in its new order.
    await page.goto(`/articles/${articleId}`);
    const picker = page.getByTestId('claim-card').first().getByRole('combobox', { name: 'Verdict', exact: true });
    await expect(picker.locator('option')).toHaveText(['— no verdict yet —', ...expected]);
    await snap(page, testInfo, '05-workbench-picker');
    await editor.dispose();
  } finally {
    expect((await admin.put('/api/verdicts', { data: { verdicts: original } })).status()).toBe(200);
    await admin.dispose();
  }
});
