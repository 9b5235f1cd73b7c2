import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { ApiClient } from '../helpers/http'
import { setUpSuite } from '../helpers/suite'
import { TEST_PASSWORD, type Staff, type StaffTokens } from '../helpers/users'

let payload: Payload
let api: ApiClient
let staff: Staff
let tokens: StaffTokens

const suite = setUpSuite(import.meta.url, { staff: 'tokens' })

beforeAll(() => {
  ;({ payload, api, staff, tokens } = suite)
})

const rolesOf = async (id: string) =>
  (await payload.findByID({ collection: 'users', id, overrideAccess: true })).roles

describe('users and roles', () => {
  it('the first account ever created becomes admin whatever roles it asked for', async () => {
    expect(staff.admin.roles).toEqual(['admin'])
    expect(await rolesOf(staff.editor.id)).toEqual(['editor'])
  })

  it('saves roles to the JWT', async () => {
    const [, claims] = tokens.reviewer.split('.')
    const decoded = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'))
    expect(decoded.roles).toEqual(['reviewer'])
  })

  it('an editor cannot create a user through the Local API', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: 'intruder@kexie.test',
          name: 'x',
          password: TEST_PASSWORD,
          roles: ['admin'],
        },
        user: staff.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('an editor cannot change their own roles through the Local API', async () => {
    await payload.update({
      collection: 'users',
      id: staff.editor.id,
      data: { roles: ['admin'] },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(await rolesOf(staff.editor.id)).toEqual(['editor'])
  })

  it('an editor cannot create a user or change roles over REST', async () => {
    const created = await api.post('/users', {
      token: tokens.editor,
      body: {
        email: 'rest-intruder@kexie.test',
        name: 'x',
        password: TEST_PASSWORD,
        roles: ['admin'],
      },
    })
    expect(created.status).toBe(403)

    const own = await api.patch(`/users/${staff.editor.id}`, {
      token: tokens.editor,
      body: { roles: ['admin'] },
    })
    expect(own.status).toBe(200)
    expect(await rolesOf(staff.editor.id)).toEqual(['editor'])

    const other = await api.patch(`/users/${staff.otherEditor.id}`, {
      token: tokens.editor,
      body: { roles: ['reviewer'] },
    })
    expect(other.status).toBe(403)
    expect(await rolesOf(staff.otherEditor.id)).toEqual(['editor'])
  })

  it('a reviewer cannot change roles over REST either', async () => {
    const response = await api.patch(`/users/${staff.reviewer.id}`, {
      token: tokens.reviewer,
      body: { roles: ['admin'] },
    })
    expect(response.status).toBe(200)
    expect(await rolesOf(staff.reviewer.id)).toEqual(['reviewer'])
  })

  it('an editor cannot change roles or create users through GraphQL', async () => {
    const update = await api.graphql(
      `mutation ($id: String!) { updateUser(id: $id, data: { roles: admin }) { id roles } }`,
      { token: tokens.editor, variables: { id: staff.editor.id } },
    )
    const updateJson = (await update.json()) as { data?: { updateUser?: { roles: string[] } } }
    expect(updateJson.data?.updateUser?.roles ?? ['editor']).toEqual(['editor'])
    expect(await rolesOf(staff.editor.id)).toEqual(['editor'])

    const create = await api.graphql(
      `mutation { createUser(data: { email: "gql-intruder@kexie.test", name: "x", password: "${TEST_PASSWORD}", roles: admin }) { id } }`,
      { token: tokens.editor },
    )
    const createJson = (await create.json()) as { errors?: { message: string }[] }
    expect(createJson.errors?.length).toBeGreaterThan(0)
    expect(
      await payload.count({
        collection: 'users',
        where: { email: { equals: 'gql-intruder@kexie.test' } },
      }),
    ).toEqual({ totalDocs: 0 })
  })

  it('an admin can create users and change roles over REST and GraphQL', async () => {
    const created = await api.post('/users', {
      token: tokens.admin,
      body: {
        email: 'new-reviewer@kexie.test',
        name: '新审核员',
        password: TEST_PASSWORD,
        roles: ['reviewer'],
      },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: string; roles: string[] } }
    expect(doc.roles).toEqual(['reviewer'])

    const promoted = await api.patch(`/users/${doc.id}`, {
      token: tokens.admin,
      body: { roles: ['reviewer', 'admin'] },
    })
    expect(promoted.status).toBe(200)
    expect(await rolesOf(doc.id)).toEqual(['reviewer', 'admin'])

    const demoted = await api.graphql(
      `mutation ($id: String!) { updateUser(id: $id, data: { roles: editor }) { roles } }`,
      { token: tokens.admin, variables: { id: doc.id } },
    )
    expect(
      ((await demoted.json()) as { data: { updateUser: { roles: string[] } } }).data.updateUser
        .roles,
    ).toEqual(['editor'])
  })

  it('staff read only their own account; anonymous clients read none', async () => {
    const mine = (await (await api.get('/users', { token: tokens.editor })).json()) as {
      docs: { id: string }[]
    }
    expect(mine.docs.map((user) => user.id)).toEqual([staff.editor.id])

    const anonymous = await api.get('/users')
    expect(anonymous.status).toBe(403)

    const all = (await (await api.get('/users?limit=100', { token: tokens.admin })).json()) as {
      totalDocs: number
    }
    expect(all.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('rejects a password shorter than 10 characters with a field message in the request language', async () => {
    const zh = await api.post('/users', {
      token: tokens.admin,
      body: { email: 'short@kexie.test', name: 'x', password: 'short123', roles: ['editor'] },
    })
    expect(zh.status).toBe(400)
    const zhJson = (await zh.json()) as {
      errors: { data: { errors: { path: string; message: string }[] } }[]
    }
    expect(zhJson.errors[0].data.errors[0]).toMatchObject({
      path: 'password',
      message: '密码至少需要 10 个字符',
    })

    const en = await api.patch(`/users/${staff.editor.id}`, {
      token: tokens.editor,
      headers: { 'Accept-Language': 'en' },
      body: { password: 'tooshort' },
    })
    expect(en.status).toBe(400)
    const enJson = (await en.json()) as { errors: { data: { errors: { message: string }[] } }[] }
    expect(enJson.errors[0].data.errors[0].message).toBe(
      'The password must be at least 10 characters long',
    )
    await expect(api.login(staff.editor.email, TEST_PASSWORD)).resolves.toEqual(expect.any(String))
  })
})
