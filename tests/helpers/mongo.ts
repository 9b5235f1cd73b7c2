/** MongoDB for the test run: MONGODB_URI when set, else an in-memory replica set (transactions on). */
export const startMongo = async (): Promise<{ uri: string; stop: () => Promise<void> }> => {
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
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new Error(
      [
        `No mongod could be started for the MongoDB test run (${reason}).`,
        'mongodb-memory-server downloads mongod on first use; where that is impossible (offline machines), either',
        '  - point MONGOMS_SYSTEM_BINARY at an installed mongod (7.0 or later), or',
        '  - set MONGODB_URI to a running replica set, e.g. mongodb://localhost:27017/?replicaSet=rs0',
      ].join('\n'),
    )
  }
}
