import { describe, expect, it } from '@jest/globals'

import { parseTransitionBody } from '@/workflow/requestBody'

const parse = (body: unknown) =>
  parseTransitionBody(typeof body === 'string' ? body : JSON.stringify(body))

const problemOf = (body: unknown) => {
  const parsed = parse(body)
  return 'kind' in parsed ? parsed : null
}

describe('the workflow endpoint’s request body', () => {
  it('reads an action with its options', () => {
    expect(parse({ action: 'submit', comment: '请审核', assignee: 'u-1', revision: 0 })).toEqual({
      body: { action: 'submit', comment: '请审核', assignee: 'u-1', revision: 0 },
    })
  })

  it('trims the comment and treats a blank one (ideographic spaces too) or null fields as absent', () => {
    expect(parse({ action: 'approve', comment: '  同意发布\n' })).toEqual({
      body: { action: 'approve', comment: '同意发布' },
    })
    expect(parse({ action: 'approve', comment: '\u3000 ' })).toEqual({
      body: { action: 'approve' },
    })
    expect(
      parse({ action: 'publish', comment: null, publishAt: null, assignee: null, revision: null }),
    ).toEqual({ body: { action: 'publish' } })
  })

  it.each([
    ['not JSON', '{action: submit}', /not valid JSON/],
    ['an empty body', '', /not valid JSON/],
    ['a list', ['submit'], /JSON object/],
    ['null', 'null', /JSON object/],
    ['a field the contract does not have', { action: 'submit', stage: 'published' }, /"stage"/],
    ['a comment that is not text', { action: 'approve', comment: 42 }, /comment must be a string/],
    ['an assignee on another action', { action: 'approve', assignee: 'u-1' }, /only for submit/],
    ['an empty assignee', { action: 'submit', assignee: '' }, /user id/],
    ['a negative revision', { action: 'submit', revision: -1 }, /whole number/],
    ['a fractional revision', { action: 'submit', revision: 1.5 }, /whole number/],
    ['a revision sent as text', { action: 'submit', revision: '3' }, /whole number/],
    [
      'a publish time on approve',
      { action: 'approve', publishAt: '2026-05-20T08:00:00Z' },
      /only for publish/,
    ],
    [
      'a take-down time on submit',
      { action: 'submit', unpublishAt: '2026-05-20T08:00:00Z' },
      /publish and unpublish/,
    ],
  ])('refuses %s as a bad body', (_, body, message) => {
    expect(problemOf(body)).toEqual({ kind: 'badBody', problem: expect.stringMatching(message) })
  })

  it('tells an unknown action apart from a malformed body', () => {
    expect(problemOf({ action: 'delete' })).toEqual({ kind: 'unknownAction', action: 'delete' })
    expect(problemOf({})).toEqual({ kind: 'unknownAction', action: 'undefined' })
  })

  it('allows a comment of 2,000 characters, Chinese ones too, and not one more', () => {
    expect(parse({ action: 'approve', comment: '审'.repeat(2000) })).toMatchObject({
      body: { comment: '审'.repeat(2000) },
    })
    expect(problemOf({ action: 'approve', comment: '审'.repeat(2001) })).toMatchObject({
      problem: expect.stringMatching(/longer than 2000/),
    })
  })

  describe('dates', () => {
    it('takes RFC 3339 date-times with a zone, and keeps the instant they name', () => {
      const parsed = parse({
        action: 'publish',
        publishAt: '2026-05-20T16:00:00+08:00',
        unpublishAt: '2026-06-01T00:00:00.000Z',
      })
      expect(parsed).toEqual({
        body: {
          action: 'publish',
          publishAt: new Date('2026-05-20T08:00:00.000Z'),
          unpublishAt: new Date('2026-06-01T00:00:00.000Z'),
        },
      })
      expect(parse({ action: 'unpublish', unpublishAt: '2026-06-01T00:00Z' })).toMatchObject({
        body: { unpublishAt: new Date('2026-06-01T00:00:00.000Z') },
      })
    })

    it.each([
      ['no zone (whose 8 o’clock?)', '2026-05-20T08:00:00'],
      ['a date without a time', '2026-05-20'],
      ['30 February', '2026-02-30T08:00:00Z'],
      ['29 February of a common year', '2026-02-29T08:00:00Z'],
      ['a time of day that does not exist', '2026-05-20T25:00:00Z'],
      ['a timestamp number', 1779264000000],
      ['Chinese date words', '2026年5月20日 08:00'],
    ])('refuses %s', (_, publishAt) => {
      expect(problemOf({ action: 'publish', publishAt })).toEqual({
        kind: 'badBody',
        problem: 'publishAt must be an ISO 8601 date-time with a time zone',
      })
    })

    it('takes 29 February of a leap year', () => {
      expect(parse({ action: 'publish', publishAt: '2028-02-29T08:00:00Z' })).toMatchObject({
        body: { publishAt: new Date('2028-02-29T08:00:00Z') },
      })
    })
  })
  describe('comments (review comments cited by request_changes)', () => {
    it('takes a list of ids on request_changes, each once', () => {
      expect(
        parse({ action: 'request_changes', comment: '见意见', comments: ['a', ' b ', 'a'] }),
      ).toEqual({ body: { action: 'request_changes', comment: '见意见', comments: ['a', 'b'] } })
    })

    it('leaves an empty list out', () => {
      expect(parse({ action: 'request_changes', comments: [] })).toEqual({
        body: { action: 'request_changes' },
      })
    })

    it.each([
      ['a single id', 'a'],
      ['an empty id', ['a', '']],
      ['numbers', [1, 2]],
    ])('refuses %s', (_, comments) => {
      expect(problemOf({ action: 'request_changes', comments })).toEqual({
        kind: 'badBody',
        problem: 'comments must be a list of comment ids',
      })
    })

    it('refuses comments on any other action', () => {
      expect(problemOf({ action: 'approve', comments: ['a'] })).toEqual({
        kind: 'badBody',
        problem: 'comments is only for request_changes',
      })
    })
  })
})
