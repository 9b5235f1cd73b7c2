import { createHmac } from 'node:crypto'

/**
 * A DingTalk robot's signature: HMAC-SHA256 of `${timestamp}\n${secret}` keyed with the secret,
 * base64 (https://open.dingtalk.com/document/robots/customize-robot-security-settings).
 */
export const dingtalkSignature = (secret: string, timestamp: number): string =>
  createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64')

/** The webhook URL with `&timestamp=…&sign=…` (the signature URL-encoded) appended. */
export const dingtalkSignedUrl = (url: string, secret: string, timestamp: number): string => {
  const separator = url.includes('?') ? '&' : '?'
  const sign = encodeURIComponent(dingtalkSignature(secret, timestamp))
  return `${url}${separator}timestamp=${timestamp}&sign=${sign}`
}
