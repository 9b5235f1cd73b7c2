import baseGlobalSetup from '../helpers/globalSetup'

/** Keeps the run alive when a suite makes the kernel refuse a write (see below). */
const ignoreFileSizeSignal = (): void => undefined

/**
 * The fault suites' setup: the shared one, plus a handler for SIGXFSZ in jest's own process.
 * media-disk-full lowers this process's RLIMIT_FSIZE; the kernel then fails the write with EFBIG
 * and sends SIGXFSZ, whose default action ends the process. Node starts with it ignored, but
 * packages in jest's process (signal-exit) reset it to the default when they stop listening. A
 * listener on the real process keeps it handled; the test's own `process` is a sandboxed copy whose
 * listeners never reach the signal. With --runInBand the suites run in this process.
 */
export default async function faultsGlobalSetup(): Promise<void> {
  process.on('SIGXFSZ', ignoreFileSizeSignal)
  await baseGlobalSetup()
}
