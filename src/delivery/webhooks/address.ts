import { isProduction } from '@/env'

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

const PRIVATE_HOST = [
  /^localhost$/i,
  /\.localhost$/i,
  /^127\./,
  /^0\./,
  /^169\.254\./, // link-local, including the cloud metadata service 169.254.169.254
  /^\[?::1?\]?$/,
  /^\[?fe80:/i,
  /^\[?::ffff:127\./i,
  /^metadata\.google\.internal$/i,
]

/**
 * In production a webhook must not make the CMS call itself or the cloud metadata service (SSRF).
 * Only the literal host is checked, not what a DNS name resolves to. Tests deliver to 127.0.0.1,
 * so outside production every http(s) URL is allowed.
 */
export const isRefusedHost = (url: string): boolean => {
  if (!isProduction()) return false
  const { hostname } = new URL(url)
  return PRIVATE_HOST.some((pattern) => pattern.test(hostname))
}
