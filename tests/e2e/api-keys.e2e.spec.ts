/**
 * A downstream site's API key in a real Chromium, through the Chinese admin UI, against the
 * production build: an admin creates an API client, sees its new key once on the edit view Payload
 * opens after the save (with the warning that it will not be shown again), copies it with the
 * button, and the key reads published content over REST as `Authorization: Bearer`; after a reload
 * the key is nowhere on the page. Every step leaves a screenshot under
 * test-results/e2e/api-keys/; no page may log a console error or get a 4xx/5xx answer to a request
 * of its own.
 */
import { describe, expect, it } from '@jest/globals'

import { logIn } from './support/admin'
import { evidenceRecorder, waitForText } from './support/browser'
import { setUpBrowserScenario } from './support/scenario'

const SCENARIO_TIMEOUT_MS = 6 * 60_000
const ADMIN = 'admin@kexie.test'

const scenario = setUpBrowserScenario()

describe('API keys in the admin', () => {
  it(
    'shows a new key once, copies it, and the key reads over REST; a reload shows it no more',
    async () => {
      const { step } = evidenceRecorder('api-keys')
      const { url } = scenario.stack
      const admin = await scenario.open('admin')
      const { page } = admin
      await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url })

      await step('admin logs in', admin, () => logIn(admin, url, ADMIN, scenario.password(ADMIN)))

      await step(
        'the create view says the key will be shown once, after saving',
        admin,
        async () => {
          await page.goto(`${url}/admin/collections/api-clients/create`, {
            waitUntil: 'networkidle',
          })
          await waitForText(page.locator('.kx-issued-key__note'), '保存后，新密钥会在此处显示一次')
          await page.fill('#field-name', '区科协网站')
        },
      )

      const key = await step('admin saves: the edit view shows the key once', admin, async () => {
        await page.click('#action-save')
        // Payload opens the new client's edit view once the create has answered.
        await page.waitForURL(
          ({ pathname }) => /\/admin\/collections\/api-clients\/(?!create$)[^/]+$/.test(pathname),
          { waitUntil: 'networkidle' },
        )
        const shown = page.getByTestId('issued-api-key')
        await shown.waitFor()
        await waitForText(page.locator('.kx-issued-key__warning'), '此密钥只显示这一次')
        return (await shown.textContent())!.trim()
      })
      expect(key).toMatch(/^kx_[0-9a-f]{8}[\w-]{40,}$/)

      await step('the copy button puts the key on the clipboard', admin, async () => {
        await page.click('.kx-issued-key__actions button')
        await waitForText(page.locator('.kx-issued-key__actions'), '已复制')
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key)
      })

      await step('the key reads published content over REST', admin, async () => {
        const read = await fetch(`${url}/api/articles?limit=1`, {
          headers: { Authorization: `Bearer ${key}` },
        })
        expect(read.status).toBe(200)
        expect(Array.isArray(((await read.json()) as { docs: unknown[] }).docs)).toBe(true)
        const forged = await fetch(`${url}/api/articles?limit=1`, {
          headers: { Authorization: `Bearer ${key.slice(0, -4)}AAAA` },
        })
        expect(forged.status).toBe(401)
      })

      await step('after a reload the key is gone from the page', admin, async () => {
        await page.reload({ waitUntil: 'networkidle' })
        await page.locator('#field-name').waitFor()
        expect(await page.inputValue('#field-name')).toBe('区科协网站')
        expect(await page.getByTestId('issued-api-key').count()).toBe(0)
        expect(await page.content()).not.toContain(key.slice(11))
        expect(
          await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage))),
        ).not.toContain(key.slice(11))
      })

      expect(admin.problems).toEqual([])
    },
    SCENARIO_TIMEOUT_MS,
  )
})
