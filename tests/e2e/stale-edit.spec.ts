// Two people edit one claim at once: the one who saves second is shown what
// the other changed and chooses; nobody's edit is overwritten silently.
import { test, expect } from '@playwright/test';
import { USERS, apiClient, createClaimOn, createSampleArticle, signedInPage, withoutLiveUpdates } from './helpers';

const PHRASE = 'Nine ISIS members were killed in the attack';

test('a stale save shows the other edit; keep mine or reload theirs', async ({ browser, baseURL }, testInfo) => {
  const api = await apiClient(baseURL!, USERS.editor);
  const admin = await apiClient(baseURL!, USERS.admin);
  const { articleId, text } = await createSampleArticle(api, `Stale edit ${Date.now()}`);
  const claim = await createClaimOn(api, articleId, text, PHRASE);
  const adminEdit = async (data: Record<string, unknown>) => {
    const current = (await (await admin.get(`/api/claims/${claim.id}`)).json()).claim;
    expect((await admin.patch(`/api/claims/${claim.id}`, { data: { version: current.version, ...data } })).status()).toBe(200);
  };

  const editor = await signedInPage(browser, USERS.editor);
  // The editor's page keeps the copy it loaded (no live updates: a dropped connection), so the save meets the admin's newer one.
  await withoutLiveUpdates(editor);
  await editor.goto(`/articles/${articleId}`);
  const card = editor.locator(`[data-testid="claim-card"][data-claim-id="${claim.id}"]`);
  await expect(card.getByTestId('claim-status')).toHaveText('Draft');

  // Meanwhile an admin writes a rationale; the editor, on the old copy, picks a verdict.
  await adminEdit({ rationale: 'The JOC statement says nine.' });
  await card.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'Mostly true' });
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = card.getByTestId('stale-conflict');
  await expect(conflict).toContainText('Someone else saved this claim');
  await expect(conflict.locator('[data-field="rationale"]')).toContainText('The JOC statement says nine.');
  await expect(conflict.locator('[data-field="verdict"]')).toContainText('no verdict → Mostly true');
  await conflict.screenshot({ path: testInfo.outputPath('stale-conflict.png') });

  // Keep mine: my verdict goes on top of their version, their rationale stays.
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(card.getByTestId('save-state')).toHaveText('Saved');
  let saved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(saved.verdict.key).toBe('mostly-true');
  expect(saved.rationale).toBe('The JOC statement says nine.');
  await expect(card.getByRole('textbox', { name: 'Rationale', exact: true })).toHaveValue('The JOC statement says nine.');

  // Reload theirs: my edit of the same field is dropped for theirs, by choice.
  await adminEdit({ statement: 'Nine IS fighters died in the raid.' });
  await card.getByRole('textbox', { name: 'Statement', exact: true }).fill('Nine militants were killed.');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(conflict.locator('[data-field="statement"]')).toContainText('Theirs:');
  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(card.getByRole('textbox', { name: 'Statement', exact: true })).toHaveValue('Nine IS fighters died in the raid.');
  saved = (await (await api.get(`/api/claims/${claim.id}`)).json()).claim;
  expect(saved.statement).toBe('Nine IS fighters died in the raid.');
  expect(saved.verdict.key).toBe('mostly-true');

  await api.dispose();
  await admin.dispose();
  await editor.context().close();
});
