import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { InProcessServer } from '../helpers/expressApp'
import { listenInProcess } from '../helpers/expressApp'
import type { Receiver } from '../helpers/receiver'
import { startReceiver } from '../helpers/receiver'
import { setUpSuite } from '../helpers/suite'
import { documentInStage, transition } from '../helpers/workflow'

// The CDN's purge endpoint, played by a local receiver.
const purges: Receiver = await startReceiver()

const suite = setUpSuite(import.meta.url, {
  env: { CDN_PURGE_URL: purges.url, CDN_PURGE_TOKEN: 'purge-secret' },
  staff: 'tokens',
})

let server: InProcessServer

beforeAll(async () => {
  server = await listenInProcess(suite.payload, suite.config)
})

afterAll(async () => {
  await server?.close()
  purges.close()
})

/** The tags of a purge as the CDN received it. */
const tagsOf = ({ body }: { body: string }) => (JSON.parse(body) as { tags: string[] }).tags

/**
 * The first purge after `from` that names `id`, once it has come. Purges are sent after the
 * change commits, so one of an earlier change can still arrive after `from`: waiting for the one
 * that names the document keeps a test from reading another test's purge.
 */
const purgeNaming = async (id: string, from: number) => {
  // A cut-off for a purge that never comes, generous for a loaded machine: not a speed check.
  const deadline = Date.now() + 15_000
  for (;;) {
    const purge = purges.received.slice(from).find((received) => tagsOf(received).includes(id))
    if (purge || Date.now() > deadline) return purge
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const inApproved = () =>
  documentInStage(suite.payload, 'articles', { stage: 'approved', author: suite.staff.editor.id })

describe('CDN tags and purge (CDN_PURGE_URL set)', () => {
  it('a public answer names its collection and documents in Surrogate-Key and Cache-Tag', async () => {
    const id = await documentInStage(suite.payload, 'articles', {
      stage: 'published',
      author: suite.staff.editor.id,
    })
    const one = await fetch(`${server.url}/api/articles/${id}`)
    expect(one.status).toBe(200)
    const keys = one.headers.get('surrogate-key')!.split(' ')
    expect(keys).toEqual(expect.arrayContaining(['articles', id]))
    expect(keys).not.toContain('articles:list')
    expect(one.headers.get('cache-tag')!.split(',')).toEqual(keys)

    const list = await fetch(`${server.url}/api/articles?limit=5`)
    expect(list.headers.get('surrogate-key')!.split(' ')).toEqual(
      expect.arrayContaining(['articles', 'articles:list', id]),
    )
    const graphql = await fetch(
      `${server.url}/api/graphql?${new URLSearchParams({ query: '{ Articles(limit: 1) { docs { id } } }' })}`,
    )
    expect(graphql.headers.get('surrogate-key')!.split(' ')).toContain('mixed')
  })

  it('a signed-in answer carries no tags', async () => {
    const response = await fetch(`${server.url}/api/articles?limit=5`, {
      headers: { Authorization: `JWT ${suite.tokens.editor}` },
    })
    expect(response.headers.get('surrogate-key')).toBeNull()
    expect(response.headers.get('cache-tag')).toBeNull()
  })

  it('publishing purges the document, its lists and mixed answers, with the token', async () => {
    const id = await inApproved()
    const from = purges.received.length
    const answer = await transition(
      suite.api,
      'articles',
      id,
      { action: 'publish' },
      suite.tokens.reviewer,
    )
    expect(answer.status).toBe(200)
    const purge = await purgeNaming(id, from)
    expect(purge && tagsOf(purge)).toEqual(expect.arrayContaining([id, 'articles:list', 'mixed']))
    expect(purge?.headers.authorization).toBe('Bearer purge-secret')
  })

  it('unpublishing purges the document too', async () => {
    const id = await inApproved()
    const published = purges.received.length
    await transition(suite.api, 'articles', id, { action: 'publish' }, suite.tokens.reviewer)
    await purgeNaming(id, published)
    const from = purges.received.length
    const answer = await transition(
      suite.api,
      'articles',
      id,
      { action: 'unpublish' },
      suite.tokens.reviewer,
    )
    expect(answer.status).toBe(200)
    expect(await purgeNaming(id, from)).toBeDefined()
  })

  it('deleting a document purges it', async () => {
    const id = await documentInStage(suite.payload, 'articles', {
      stage: 'published',
      author: suite.staff.editor.id,
    })
    const from = purges.received.length
    const response = await suite.api.delete(`/articles/${id}`, { token: suite.tokens.admin })
    expect(response.status).toBe(200)
    expect(await purgeNaming(id, from)).toBeDefined()
  })

  it('a step of review that changes nothing public purges nothing', async () => {
    const id = await documentInStage(suite.payload, 'articles', {
      stage: 'draft',
      author: suite.staff.editor.id,
    })
    const from = purges.received.length
    const answer = await transition(
      suite.api,
      'articles',
      id,
      { action: 'submit' },
      suite.tokens.editor,
    )
    expect(answer.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 300))
    // Every purge names the documents it is for (a late one of an earlier test names others).
    expect(purges.received.slice(from).filter((purge) => tagsOf(purge).includes(id))).toEqual([])
  })
})
