import net from 'node:net'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from '@jest/globals'

import { mongoUnavailable, startMongo } from '../helpers/mongo'

// `npm run test:mongodb` on an operator's own MongoDB: MONGODB_URI is the server the run uses, and
// one that does not answer is said at once instead of falling back to a download.
const saved = process.env.MONGODB_URI

afterEach(() => {
  if (saved === undefined) delete process.env.MONGODB_URI
  else process.env.MONGODB_URI = saved
})

const closedPort = async () => {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('the MongoDB test run and MONGODB_URI', () => {
  it('uses the server MONGODB_URI names when it answers', async () => {
    const server = net.createServer((socket) => socket.destroy())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const uri = `mongodb://127.0.0.1:${port}/?replicaSet=rs0`
    process.env.MONGODB_URI = uri
    try {
      expect(await mongoUnavailable()).toBeUndefined()
      const mongo = await startMongo()
      expect(mongo.uri).toBe(uri)
      await mongo.stop()
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('names MONGODB_URI when its server does not answer, and does not fall back', async () => {
    const port = await closedPort()
    process.env.MONGODB_URI = `mongodb://kexie:secret@127.0.0.1:${port}/kexie?replicaSet=rs0`
    const problem = await mongoUnavailable()
    expect(problem).toContain(`MONGODB_URI: 127.0.0.1:${port} fails (ECONNREFUSED)`)
    await expect(startMongo()).rejects.toThrow(/MONGODB_URI/)
  })
})
