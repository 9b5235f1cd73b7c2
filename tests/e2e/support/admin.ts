import type { Page } from 'playwright-core'

import type { WorkflowAction, WorkflowStage } from '../../../src/workflow/stages'

import type { Session } from './browser'
import { waitForText } from './browser'

/**
 * The text of the first toast to appear (Payload's sonner toasts), read in the page the moment it
 * shows: toasts dismiss themselves after a few seconds, which a slow machine can outlast.
 */
export const nextToastText = async (page: Page): Promise<string> => {
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('.payload-toast-container .payload-toast-item')?.textContent || null,
  )
  return ((await handle.jsonValue()) as string).trim()
}

/** Fills the login form and submits it; resolves to the moment it was submitted. */
const fillLoginForm = async (page: Page, baseUrl: string, email: string, password: string) => {
  await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'networkidle' })
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  const submittedAt = Date.now()
  await page.click('.login__form button[type="submit"], form button[type="submit"]')
  return submittedAt
}

/**
 * Logs in through the admin's login form and waits for the dashboard; resolves to the time from
 * submitting the form to the dashboard's being shown.
 */
export const logIn = async (
  session: Session,
  baseUrl: string,
  email: string,
  password: string,
): Promise<number> => {
  const submittedAt = await fillLoginForm(session.page, baseUrl, email, password)
  await session.page.waitForURL((url) => !url.pathname.startsWith('/admin/login'))
  await session.page.locator('.dashboard, .nav').first().waitFor()
  return Date.now() - submittedAt
}

/** Submits the login form expecting a refusal; resolves to the message the page shows. */
export const logInRefused = async (
  session: Session,
  baseUrl: string,
  email: string,
  password: string,
): Promise<string> => {
  // A fresh page for every attempt: no toast of an earlier one is left to read.
  await fillLoginForm(session.page, baseUrl, email, password)
  const message = await nextToastText(session.page)
  if (!session.page.url().includes('/admin/login')) {
    throw new Error(`expected the login to be refused, but the page moved to ${session.page.url()}`)
  }
  return message
}

/** Opens a document's edit view and waits until the workflow panel has rendered. */
export const openDocument = async (
  session: Session,
  baseUrl: string,
  collection: string,
  id: string,
) => {
  await session.page.goto(`${baseUrl}/admin/collections/${collection}/${id}`, {
    waitUntil: 'networkidle',
  })
  await session.page.locator('.kx-wf-panel .kx-stage').waitFor()
}

/** Waits until the workflow panel shows `stage`. */
export const waitForStage = (page: Page, stage: WorkflowStage) =>
  page.locator(`.kx-wf-panel .kx-stage--${stage}`).waitFor()

/** The workflow actions the panel offers, by id (`kx-wf-submit`, ...). */
export const offeredActions = (page: Page): Promise<string[]> =>
  page.$$eval('.kx-wf-actions button', (buttons) => buttons.map((button) => button.id))

/**
 * Takes a workflow action through the panel: its button, the dialog (comment, assignee), confirm;
 * resolves once the panel shows the stage the action leads to.
 */
export const takeAction = async (
  page: Page,
  action: WorkflowAction,
  to: WorkflowStage,
  { comment, assignee }: { comment?: string; assignee?: string } = {},
) => {
  await page.click(`#kx-wf-${action}`)
  const dialog = page.locator('.kx-wf-action-dialog')
  await dialog.waitFor()
  if (assignee) {
    await dialog.locator('.react-select').click()
    await page.locator('.rs__option', { hasText: assignee }).click()
    await waitForText(dialog.locator('.react-select'), assignee)
  }
  if (comment) await dialog.locator('textarea').fill(comment)
  await page.click('#kx-wf-confirm')
  await dialog.waitFor({ state: 'hidden' })
  await waitForStage(page, to)
}
