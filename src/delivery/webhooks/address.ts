import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns'
import { lookup as dnsLookup } from 'node:dns'
import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

import { settings } from '@/env'

/** True for absolute http(s) URLs: the only schemes a delivery may use. */
export const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  try {
    const { protocol } = new URL(value)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * `WEBHOOK_ALLOW_PRIVATE=true` lets webhooks reach loopback, private and link-local addresses:
 * for receivers on an intranet, and for tests with a local receiver. Off by default.
 */
export const isPrivateAllowed = (): boolean => settings().WEBHOOK_ALLOW_PRIVATE

/**
 * Why a delivery may not connect to `address`, or null when it may: only global unicast
 * addresses are allowed. Everything else (loopback, 0.0.0.0, link-local with the cloud metadata
 * service 169.254.169.254, private 10/8, 172.16/12, 192.168/16, CGNAT 100.64/10, IPv6 unique-local,
 * multicast, reserved ranges) names the range refused. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is
 * judged as the IPv4 address it carries.
 */
export const refusedRange = (address: string): null | string => {
  if (!ipaddr.isValid(address)) return 'invalid'
  const range = ipaddr.process(address).range()
  return range === 'unicast' ? null : range
}

/** The URL's host without the brackets of an IPv6 literal. */
const hostOf = (url: string): string => new URL(url).hostname.replace(/^\[(.*)\]$/, '$1')

/**
 * Refusal of an address literal outside global unicast, checked before connecting (node does
 * not look up a literal, so `guardedLookup` never sees it). The URL parser has already turned
 * `0x7f.1` or `2130706433` into `127.0.0.1`. Null for a name: its DNS answers are checked as the
 * socket connects.
 */
export const refusedLiteral = (url: string): null | string => {
  if (isPrivateAllowed()) return null
  const host = hostOf(url)
  if (!isIP(host)) return null
  const range = refusedRange(host)
  return range ? `${host} is not a public address (${range})` : null
}

const NAMES_FOR_THIS_HOST = [
  /^localhost\.?$/i,
  /\.localhost\.?$/i,
  /^metadata\.google\.internal\.?$/i,
]

/**
 * What saving a webhook refuses, for a clear answer at once: a refused address literal, or a
 * name that always means this host or the metadata service. Other names are checked at delivery.
 */
export const refusedTarget = (url: string): null | string => {
  if (isPrivateAllowed()) return null
  const host = hostOf(url)
  if (NAMES_FOR_THIS_HOST.some((pattern) => pattern.test(host))) {
    return `${host} is this host or the metadata service`
  }
  return refusedLiteral(url)
}

/** The error a refused target fails its connection with, so the task can tell it apart. */
export class RefusedAddressError extends Error {
  readonly code = 'EWEBHOOKREFUSED'
  constructor(message: string) {
    super(message)
    this.name = 'RefusedAddressError'
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: LookupAddress[] | string,
  family?: number,
) => void

/**
 * A `lookup` for `http.request`: resolves the name as usual and refuses the connection unless
 * every address is allowed. The addresses checked are the ones the socket then connects to, so a
 * DNS answer that changes between a check and the connection (rebinding) cannot slip through.
 */
export const guardedLookup = (
  hostname: string,
  options: LookupAllOptions | LookupOneOptions,
  callback: LookupCallback,
): void => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    if (!isPrivateAllowed()) {
      for (const { address } of addresses) {
        const range = refusedRange(address)
        if (range) {
          return callback(
            new RefusedAddressError(
              `${hostname} resolves to ${address}, not a public address (${range})`,
            ),
            [],
          )
        }
      }
    }
    if (options.all) return callback(null, addresses)
    const [first] = addresses
    return callback(null, first.address, first.family)
  })
}

/**
 * The save-time check of an address we post to (a webhook, a group robot): an http(s) URL that is
 * not a private or local address, unless WEBHOOK_ALLOW_PRIVATE. Names are resolved and checked
 * again at every delivery (`guardedLookup`), where a name pointing inside is refused too.
 */
export const validateDeliveryUrl = (value: unknown): string | true => {
  if (!isHttpUrl(value)) return '请填写 http 或 https 地址 / Must be an http(s) URL'
  if (refusedTarget(value as string)) {
    return '不允许内网或本机地址（WEBHOOK_ALLOW_PRIVATE=true 可放开）/ Internal addresses are refused (WEBHOOK_ALLOW_PRIVATE=true allows them)'
  }
  return true
}
