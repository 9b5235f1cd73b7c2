import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../../dist', import.meta.url))

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Removes the production server bundles (`dist/test-<pid>-*`, see server.ts) of test workers that
 * have exited. Jest's global set-up and teardown call it: workers can outlive the teardown.
 */
export const removeStaleBundles = (): void => {
  if (!existsSync(dist)) return
  for (const name of readdirSync(dist)) {
    const pid = Number(/^test-(\d+)-/.exec(name)?.[1])
    if (pid && !isAlive(pid)) rmSync(path.join(dist, name), { recursive: true, force: true })
  }
}
