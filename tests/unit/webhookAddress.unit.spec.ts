import { afterEach, describe, expect, it } from '@jest/globals'

import {
  guardedLookup,
  isHttpUrl,
  RefusedAddressError,
  refusedLiteral,
  refusedRange,
  refusedTarget,
} from '@/delivery/webhooks/address'

const allowPrivate = process.env.WEBHOOK_ALLOW_PRIVATE

afterEach(() => {
  if (allowPrivate === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE
  else process.env.WEBHOOK_ALLOW_PRIVATE = allowPrivate
})

describe('webhook addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['169.254.169.254', 'linkLocal'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['fd00::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['224.0.0.1', 'multicast'],
    ['not an address', 'invalid'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedRange(address)).toBe(range)
  })

  it.each(['8.8.8.8', '172.32.0.1', '114.114.114.114', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(refusedRange(address)).toBeNull()
    },
  )

  it('judges literals in URLs in every spelling the URL parser accepts', () => {
    for (const url of [
      'http://127.0.0.1:3000/hook',
      'http://0x7f.1/hook',
      'http://2130706433/hook',
      'http://0177.0.0.1/hook',
      'http://[::1]:8080/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'https://169.254.169.254/latest/meta-data/',
    ]) {
      expect({ url, refusal: refusedLiteral(url) }).toEqual({
        url,
        refusal: expect.stringMatching(/is not a public address/),
      })
    }
    // A name is checked when the socket connects, not here.
    expect(refusedLiteral('https://hooks.example.com/kexie')).toBeNull()
    expect(refusedLiteral('https://8.8.8.8/hook')).toBeNull()
  })

  it('refuses names that always mean this host or the metadata service, on saving', () => {
    for (const url of [
      'http://localhost:3000/hook',
      'http://LOCALHOST./hook',
      'http://api.localhost/hook',
      'http://metadata.google.internal/computeMetadata/v1/',
    ]) {
      expect({ url, refusal: refusedTarget(url) }).toEqual({
        url,
        refusal: expect.stringMatching(/this host or the metadata service/),
      })
    }
    expect(refusedTarget('https://localhost.example.com/hook')).toBeNull()
    expect(refusedTarget('https://科协.中国/webhook')).toBeNull()
    expect(refusedTarget('http://10.0.0.5/hook')).toMatch(/private/)
  })

  it('WEBHOOK_ALLOW_PRIVATE=true opts in to intranet receivers', () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    expect(refusedTarget('http://localhost:3000/hook')).toBeNull()
    expect(refusedLiteral('http://192.168.1.20/hook')).toBeNull()
    // Only the exact words true and false: anything else is a configuration error, never a guess.
    process.env.WEBHOOK_ALLOW_PRIVATE = '1'
    expect(() => refusedTarget('http://192.168.1.20/hook')).toThrow(/^WEBHOOK_ALLOW_PRIVATE: /)
    delete process.env.WEBHOOK_ALLOW_PRIVATE
  })

  it('accepts only absolute http(s) URLs', () => {
    expect(isHttpUrl('https://hooks.example.com/kexie')).toBe(true)
    expect(isHttpUrl('http://科协.中国/hook')).toBe(true)
    for (const value of [
      'ftp://example.com/x',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '/relative/path',
      'hooks.example.com',
      '',
      42,
      null,
    ]) {
      expect({ value, isHttp: isHttpUrl(value) }).toEqual({ value, isHttp: false })
    }
  })
})

describe('the lookup a delivery connects with', () => {
  const lookup = (hostname: string, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown }>((resolve) => {
      guardedLookup(hostname, { all }, (error, address) => resolve({ error, address }))
    })

  it('refuses a name that resolves to this host, whichever form node asks for', async () => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE
    for (const all of [true, false]) {
      const { error, address } = await lookup('localhost', all)
      expect(error).toBeInstanceOf(RefusedAddressError)
      expect((error as RefusedAddressError).code).toBe('EWEBHOOKREFUSED')
      expect(error?.message).toMatch(/localhost resolves to .*not a public address \(loopback\)/)
      expect(address).toEqual([])
    }
  })

  it('answers in the form node asked for when private addresses are allowed', async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    const one = await lookup('localhost', false)
    expect(one.error).toBeNull()
    expect(typeof one.address).toBe('string')
    const all = await lookup('localhost', true)
    expect(all.error).toBeNull()
    expect(Array.isArray(all.address)).toBe(true)
  })
})
