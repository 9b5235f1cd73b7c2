import { describe, expect, it } from '@jest/globals'

import { parseMarkReadBody } from '@/notifications/markReadBody'
import type { NotifiedStep } from '@/notifications/messages'
import { dingtalkBody, inAppSummary, robotMessage, wecomBody } from '@/notifications/messages'
import { dingtalkSignature, dingtalkSignedUrl } from '@/notifications/robots/sign'

const step = (overrides: Partial<NotifiedStep> = {}): NotifiedStep => ({
  kind: 'submitted_to_me',
  actorName: '王编辑',
  title: '海洋科普周',
  collectionLabel: '活动',
  ...overrides,
})

describe('in-app notification text', () => {
  it.each([
    ['王编辑 提交了《海洋科普周》（活动），请您审核', step()],
    [
      '王编辑 审核通过了您的《海洋科普周》（活动），等待发布',
      step({ kind: 'approved', isFinalApproval: true, reviewLevel: 2 }),
    ],
    [
      '王编辑 通过了您的《海洋科普周》（活动）的第 1 级审核',
      step({ kind: 'approved', isFinalApproval: false, reviewLevel: 1 }),
    ],
    ['王编辑 退回了您的《海洋科普周》（活动），请修改后重新提交', step({ kind: 'sent_back' })],
    ['系统 发布了您的《海洋科普周》（活动）', step({ kind: 'published', actorName: null })],
    ['王编辑 在《海洋科普周》（活动）中提到了您', step({ kind: 'mentioned' })],
  ])('reads %s', (expected, given) => {
    expect(inAppSummary(given)).toBe(expected)
  })

  it('keeps a title with line breaks on one line', () => {
    expect(inAppSummary(step({ title: '海洋\n科普周  ' }))).toBe(
      '王编辑 提交了《海洋 科普周》（活动），请您审核',
    )
  })
})

describe('group robot messages', () => {
  const occurredAt = '2026-12-06T10:37:00.000Z' // 18:37 in Shanghai
  const link = 'https://cms.example.org/admin/collections/events/abc'

  it('is Chinese Markdown with the comment, the time in the newsroom zone and a link', () => {
    const message = robotMessage({
      event: 'sent_back',
      step: step({ kind: 'sent_back', actorName: '李审核', comment: '请补充\n时间' }),
      link,
      occurredAt,
      timeZone: 'Asia/Shanghai',
    })
    expect(message.title).toBe('【退回修改】海洋科普周')
    expect(message.text).toBe(
      [
        '### 【退回修改】海洋科普周',
        '李审核 退回了《海洋科普周》（活动），请作者修改后重新提交',
        '> 意见：请补充 时间',
        '时间：2026年12月6日 18:37',
        `[打开文档](${link})`,
      ].join('\n\n'),
    )
  })

  it('tells a submission as waiting for review, not as sent to anyone', () => {
    const { text } = robotMessage({
      event: 'submitted_to_me',
      step: step(),
      link,
      occurredAt,
      timeZone: 'UTC',
    })
    expect(text).toContain('王编辑 提交了《海洋科普周》（活动），等待审核')
    expect(text).toContain('时间：2026年12月6日 10:37')
    expect(text).not.toContain('意见')
  })

  it("dresses the message in each platform's documented JSON", () => {
    const message = { title: '【已发布】海洋科普周', text: '### 【已发布】海洋科普周' }
    expect(wecomBody(message)).toEqual({
      msgtype: 'markdown',
      markdown: { content: '### 【已发布】海洋科普周' },
    })
    expect(dingtalkBody(message)).toEqual({
      msgtype: 'markdown',
      markdown: { title: '【已发布】海洋科普周', text: '### 【已发布】海洋科普周' },
    })
  })
})

describe('DingTalk signing', () => {
  // Computed with `printf '1700000000000\nSECa1b2c3' | openssl dgst -sha256 -hmac SECa1b2c3 -binary | base64`.
  const expected = 'r3A3qrlgRa+TdR5aXyvO01zn0wmdf5B/XKtKbV42SDc='

  it('is base64 HMAC-SHA256 of "timestamp\\nsecret" keyed with the secret', () => {
    expect(dingtalkSignature('SECa1b2c3', 1700000000000)).toBe(expected)
  })

  it('appends timestamp and the URL-encoded signature to the webhook URL', () => {
    const url = 'https://oapi.dingtalk.com/robot/send?access_token=abc'
    expect(dingtalkSignedUrl(url, 'SECa1b2c3', 1700000000000)).toBe(
      `${url}&timestamp=1700000000000&sign=${encodeURIComponent(expected)}`,
    )
    expect(dingtalkSignedUrl(url, 'SECa1b2c3', 1700000000000)).toContain(
      'sign=r3A3qrlgRa%2BTdR5aXyvO01zn0wmdf5B%2FXKtKbV42SDc%3D',
    )
  })
})

describe('mark-read body', () => {
  it.each([
    ['{"all":true}', { all: true }],
    ['{"ids":["a","b","a"]}', { ids: ['a', 'b'] }],
  ])('accepts %s', (raw, expected) => {
    expect(parseMarkReadBody(raw)).toEqual(expected)
  })

  it.each([
    ['', 'JSON'],
    ['[]', 'JSON 对象'],
    ['{"all":false}', 'all 只能为 true'],
    ['{"ids":[]}', 'ids 须为'],
    ['{"ids":[1]}', 'ids 须为'],
    ['{"ids":["a"],"all":true}', '只能给出其一'],
    ['{"id":"a"}', '未知的字段：id'],
  ])('refuses %s', (raw, problem) => {
    const parsed = parseMarkReadBody(raw)
    expect(parsed).toHaveProperty('problem')
    expect((parsed as { problem: string }).problem).toContain(problem)
  })
})
