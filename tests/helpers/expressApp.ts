import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload, SanitizedConfig } from 'payload'

import { createApp } from '@/http/app'

import { payloadNextHandler } from './nextHandler'

export type InProcessServer = {
  server: Server
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string
  close: () => Promise<void>
}

/**
 * The real express front (`createApp`: probes, guards, limits, cache) over Payload's route handlers,
 * listening on a free loopback port in this process: HTTP through every layer without a Next build.
 */
export const listenInProcess = async (
  payload: Payload,
  config: Promise<SanitizedConfig> | SanitizedConfig,
  { isProduction = false }: { isProduction?: boolean } = {},
): Promise<InProcessServer> => {
  const app = createApp({ payload, nextHandler: payloadNextHandler(config), isProduction })
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
