import { BENCH_PASSWORD } from './dataSet'

const json = { 'content-type': 'application/json' }

const call = async (origin: string, path: string, token: string | null, body?: object) => {
  const response = await fetch(`${origin}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { ...json, ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as Record<string, unknown>
}

const login = async (origin: string, email: string) =>
  String((await call(origin, '/api/users/login', null, { email, password: BENCH_PASSWORD })).token)

/** The seeded staff who edit and review (articles have two review levels). */
export type Editors = { admin: string; reviewer: string; secondReviewer: string }

export const loginEditors = async (origin: string): Promise<Editors> => ({
  admin: await login(origin, 'admin@bench.test'),
  reviewer: await login(origin, 'reviewer@bench.test'),
  secondReviewer: await login(origin, 'reviewer2@bench.test'),
})

/**
 * An edit of a live article through the whole workflow over HTTP: the title changed in a draft,
 * submitted, approved twice, and everything but the publish itself; calls `publish` to finish.
 */
export const editForPublish = async (
  origin: string,
  editors: Editors,
  slug: string,
  title: (before: string) => string,
) => {
  const { admin, reviewer, secondReviewer } = editors
  const page = await call(
    origin,
    `/api/articles?where[slug][equals]=${slug}&limit=1&depth=0`,
    admin,
  )
  const id = String((page.docs as { id: string }[])[0].id)
  const edit = await fetch(`${origin}/api/articles/${id}?draft=true&locale=zh`, {
    method: 'PATCH',
    headers: { ...json, authorization: `JWT ${admin}` },
    body: JSON.stringify({ title: title(String((page.docs as { title: string }[])[0].title)) }),
  })
  if (!edit.ok) throw new Error(`editing ${slug} answered ${edit.status}: ${await edit.text()}`)
  const workflow = `/api/workflow/articles/${id}`
  await call(origin, workflow, admin, { action: 'submit' })
  await call(origin, workflow, reviewer, { action: 'approve' })
  await call(origin, workflow, secondReviewer, { action: 'approve' })
  return { publish: () => call(origin, workflow, reviewer, { action: 'publish' }) }
}

const anonymousTitle = async (origin: string, slug: string) => {
  const page = await call(
    origin,
    `/api/articles?where[slug][equals]=${slug}&limit=1&depth=1&locale=zh`,
    null,
  )
  return (page.docs as { title: string }[])[0]?.title
}

/**
 * Publish-to-visible through the real workflow over HTTP: an editor's change to a live article
 * (an admin edits and submits, two reviewers approve: articles have two review levels), then the
 * publish; the time runs from the publish response until an anonymous GET, which the delivery
 * cache had answered before, returns the new title. Milliseconds, one figure per article.
 */
export const publishToVisible = async (origin: string, slugs: string[]): Promise<number[]> => {
  const editors = await loginEditors(origin)
  const figures: number[] = []
  for (const [n, slug] of slugs.entries()) {
    const before = await anonymousTitle(origin, slug)
    await anonymousTitle(origin, slug)
    const title = `${before}（更新${n + 1}）`
    const { publish } = await editForPublish(origin, editors, slug, () => title)
    if ((await anonymousTitle(origin, slug)) !== before) throw new Error('a draft became visible')
    await publish()
    const published = performance.now()
    for (;;) {
      if ((await anonymousTitle(origin, slug)) === title) break
      if (performance.now() - published > 30_000) throw new Error(`${slug} never became visible`)
    }
    figures.push(Math.round((performance.now() - published) * 10) / 10)
  }
  return figures
}
