import { removeStaleBundles } from './staleBundles'

export default async function globalTeardown(): Promise<void> {
  for (const stop of globalThis.__kexieTeardown ?? []) await stop()
  removeStaleBundles()
}
