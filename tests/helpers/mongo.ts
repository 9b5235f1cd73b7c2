import net from 'node:net'

const PROBE_TIMEOUT_MS = 5000

/**
 * Says why no MongoDB can be had for the test run, as the whole message to print; undefined when
 * one can: MONGODB_URI answers, a mongod binary is already on this machine (MONGOMS_SYSTEM_BINARY
 * or mongodb-memory-server's cache), or its download host answers. Takes seconds at most: offline,
 * mongodb-memory-server would otherwise retry its download (and can wait a minute per try).
 */
export const mongoUnavailable = async (): Promise<string | undefined> => {
  const uri = process.env.MONGODB_URI
  if (uri) {
    const host = firstHost(uri)
    const failure = host && (await probe(host.hostname, host.port))
    return failure ? explain(`MONGODB_URI: ${host.hostname}:${host.port} ${failure}`) : undefined
  }

  const { DryMongoBinary } = await import('mongodb-memory-server')
  try {
    if (await DryMongoBinary.locateBinary(DryMongoBinary.getEnsuredOptions())) return undefined
  } catch (error) {
    // MONGOMS_SYSTEM_BINARY names a file that is not there (or cannot be run).
    return explain(`MONGOMS_SYSTEM_BINARY: ${firstLine(error)}`)
  }

  const source = new URL(
    process.env.MONGOMS_DOWNLOAD_URL ||
      process.env.MONGOMS_DOWNLOAD_MIRROR ||
      'https://fastdl.mongodb.org',
  )
  // Behind a proxy only the proxy can be probed; otherwise ask the download host itself, since
  // some networks accept any TCP connection and then never answer.
  const proxy = process.env.HTTPS_PROXY || process.env.https_proxy
  const failure = proxy
    ? await probe(new URL(proxy).hostname, Number(new URL(proxy).port || 80))
    : await probeHttp(source.origin)
  return failure
    ? explain(`no mongod on this machine, and its download from ${source.host} ${failure}`)
    : undefined
}

/** MongoDB for the test run: MONGODB_URI when set, else an in-memory replica set (transactions on). */
export const startMongo = async (): Promise<{ uri: string; stop: () => Promise<void> }> => {
  const problem = await mongoUnavailable()
  if (problem) throw messageOnly(problem)
  if (process.env.MONGODB_URI) {
    return { uri: process.env.MONGODB_URI, stop: async () => {} }
  }
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  try {
    const replSet = await MongoMemoryReplSet.create({
      replSet: { count: 1, storageEngine: 'wiredTiger' },
    })
    return { uri: replSet.getUri(), stop: async () => void (await replSet.stop()) }
  } catch (error) {
    throw messageOnly(explain(firstLine(error)))
  }
}

const explain = (reason: string): string =>
  [
    `The MongoDB test run needs a mongod and none can be had: ${reason}.`,
    'mongodb-memory-server downloads mongod on first use; where that is impossible (offline machines), either',
    '  - point MONGOMS_SYSTEM_BINARY at an installed mongod (7.0 or later):',
    '      MONGOMS_SYSTEM_BINARY=/usr/bin/mongod npm run test:mongodb',
    '  - or set MONGODB_URI to a running MongoDB (a replica set, for transactions):',
    "      MONGODB_URI='mongodb://localhost:27017/?replicaSet=rs0' npm run test:mongodb",
  ].join('\n')

/** An error that jest prints as its message alone: its stack would only point at this file. */
const messageOnly = (message: string): Error => {
  const error = new Error(message)
  error.stack = message
  return error
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].trim()

/** The first host of a mongodb:// URI; none for mongodb+srv://, whose hosts come from DNS. */
const firstHost = (uri: string): { hostname: string; port: number } | undefined => {
  const match = /^mongodb:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^,/?:]+)(?::(\d+))?/.exec(uri)
  if (!match) return undefined
  return { hostname: match[1].replace(/^\[|\]$/g, ''), port: Number(match[2] || 27017) }
}

/** Resolves to why host:port takes no TCP connection within the timeout, or '' when it does. */
const probe = (hostname: string, port: number): Promise<string> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port })
    const done = (failure: string) => {
      socket.destroy()
      resolve(failure)
    }
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(`gets no answer within ${PROBE_TIMEOUT_MS} ms`))
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done(`fails (${error.code || error.message})`),
    )
    socket.once('connect', () => done(''))
  })

/** Resolves to why the URL gives no HTTP answer within the timeout, or '' when it does. */
const probeHttp = async (url: string): Promise<string> => {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    return ''
  } catch (error) {
    const cause = (error as { cause?: NodeJS.ErrnoException }).cause
    if ((error as Error).name === 'TimeoutError')
      return `gets no answer within ${PROBE_TIMEOUT_MS} ms`
    return `fails (${cause?.code || cause?.message || (error as Error).message})`
  }
}
