import type { IncomingHttpHeaders, Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { headers: IncomingHttpHeaders; body: string }

export type Receiver = { received: Received[]; url: string; close: () => void }

/** A local webhook endpoint answering `status` (or never, when `hang`), remembering what it got. */
export const startReceiver = async ({
  status = 200,
  hang = false,
  location,
}: { status?: number; hang?: boolean; location?: string } = {}): Promise<Receiver> => {
  const received: Received[] = []
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push({ headers: request.headers, body })
      if (!hang) response.writeHead(status, location ? { Location: location } : {}).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    received,
    url: `http://127.0.0.1:${port}/hook`,
    close: () => {
      server.closeAllConnections()
      server.close()
    },
  }
}
