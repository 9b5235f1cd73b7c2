import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { createStaff, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: ApiClient

const suite = setUpSuite(import.meta.url, {
  env: { CORS_ORIGINS: 'https://portal.kexie.test, https://m.kexie.test' },
})

beforeAll(() => {
  ;({ payload, api } = suite)
})

type ErrorBody = { errors: { message: string }[] }

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  api.post('/users/login', { body: { email, password }, headers })

describe('authentication', () => {
  // Runs first: the installation has no account yet.
  it('registers the first account as admin even when it asks for another role', async () => {
    const response = await api.post('/users/first-register', {
      body: {
        email: 'founder@kexie.test',
        name: '创始管理员',
        password: TEST_PASSWORD,
        confirmPassword: TEST_PASSWORD,
        roles: ['editor'],
      },
    })
    expect(response.status).toBe(200)
    const founder = await payload.find({
      collection: 'users',
      where: { email: { equals: 'founder@kexie.test' } },
      overrideAccess: true,
    })
    expect(founder.docs[0].roles).toEqual(['admin'])

    const again = await api.post('/users/first-register', {
      body: {
        email: 'second@kexie.test',
        name: 'x',
        password: TEST_PASSWORD,
        confirmPassword: TEST_PASSWORD,
      },
    })
    expect(again.status).toBe(403)
  })

  it('a later account without roles becomes an editor', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'plain@kexie.test', name: '普通编辑', password: TEST_PASSWORD, roles: [] },
      overrideAccess: true,
    })
    expect(user.roles).toEqual(['editor'])
  })

  it('a wrong password and an unknown e-mail get the same answer', async () => {
    await createStaff(payload, ['editor'], 'same-answer')
    const [known] = (
      await payload.find({
        collection: 'users',
        where: { name: { equals: 'same-answer' } },
        overrideAccess: true,
      })
    ).docs
    const wrongPassword = await login(known.email, 'not-the-password')
    const unknownEmail = await login('nobody-here@kexie.test', 'not-the-password')
    expect(wrongPassword.status).toBe(401)
    expect(unknownEmail.status).toBe(401)
    const [a, b] = [
      (await wrongPassword.json()) as ErrorBody,
      (await unknownEmail.json()) as ErrorBody,
    ]
    expect(a.errors[0].message).toBe(b.errors[0].message)
    expect(a.errors[0].message).toBe('提供的电子邮件或密码不正确。')
  })

  it('locks an account after the configured number of failed logins, even for the right password', async () => {
    const maxLoginAttempts = payload.collections.users.config.auth.maxLoginAttempts
    expect(maxLoginAttempts).toBe(5)
    const user = await createStaff(payload, ['reviewer'], 'lockout')

    for (let attempt = 1; attempt < maxLoginAttempts; attempt += 1) {
      expect((await login(user.email, `wrong-password-${attempt}`)).status).toBe(401)
    }
    // One more failure locks the account.
    expect((await login(user.email, 'wrong-password-last')).status).toBe(401)

    const locked = await login(user.email, TEST_PASSWORD, { 'Accept-Language': 'en' })
    expect(locked.status).toBe(401)
    const body = (await locked.json()) as ErrorBody
    expect(body.errors[0].message).toMatch(/locked/i)

    const stored = await payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(new Date(stored.lockUntil as string).getTime()).toBeGreaterThan(
      Date.now() + 9 * 60 * 1000,
    )
  })

  it('an admin can unlock a locked account', async () => {
    const user = await createStaff(payload, ['editor'], 'unlock-me')
    for (let attempt = 0; attempt < 5; attempt += 1) await login(user.email, 'wrong-password-x')
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(401)

    const [founder] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'founder@kexie.test' } },
        overrideAccess: true,
      })
    ).docs
    const editorToken = await api.login(
      (await createStaff(payload, ['editor'])).email,
      TEST_PASSWORD,
    )
    const refused = await api.post('/users/unlock', {
      token: editorToken,
      body: { email: user.email },
    })
    expect(refused.status).toBe(403)

    const adminToken = await api.login(founder.email, TEST_PASSWORD)
    const unlocked = await api.post('/users/unlock', {
      token: adminToken,
      body: { email: user.email },
    })
    expect(unlocked.status).toBe(200)
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('sets the auth cookie HttpOnly and SameSite=Lax (Secure in production)', async () => {
    const user = await createStaff(payload, ['editor'], 'cookie')
    const response = await login(user.email, TEST_PASSWORD)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    // Tests run with NODE_ENV=test; production sets Secure (collections/Users auth.cookies.secure).
    expect(payload.collections.users.config.auth.cookies.secure).toBe(false)
  })

  it('ignores the session cookie on a request from a foreign origin (CSRF)', async () => {
    const user = await createStaff(payload, ['editor'], 'csrf')
    const token = await api.login(user.email, TEST_PASSWORD)
    const me = (origin: string) =>
      api.get('/users/me', { headers: { Cookie: `payload-token=${token}`, Origin: origin } })

    const sameSite = (await (await me(process.env.SERVER_URL as string)).json()) as {
      user: unknown
    }
    expect(sameSite.user).toMatchObject({ email: user.email })

    const crossSite = (await (await me('https://evil.example')).json()) as { user: unknown }
    expect(crossSite.user).toBeNull()
  })

  it('answers CORS only for the CMS origin and CORS_ORIGINS', async () => {
    const preflight = (origin: string) =>
      api
        .get('/users/me', { headers: { Origin: origin } })
        .then((r) => r.headers.get('access-control-allow-origin'))
    expect(await preflight(process.env.SERVER_URL as string)).toBe(process.env.SERVER_URL)
    expect(await preflight('https://portal.kexie.test')).toBe('https://portal.kexie.test')
    expect(await preflight('https://evil.example')).toBeNull()
  })
})
