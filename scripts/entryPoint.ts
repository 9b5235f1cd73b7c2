/**
 * How every command-line entry point in scripts/ ends: `main` runs to the end, and the process
 * exits with the code it returns (0 when it returns nothing). A failure prints one line,
 * `kexie-cms <name>: <what went wrong>` (the whole error with `DEBUG=1`), and exits with
 * `failureCode`. The exit is explicit because Payload keeps database handles open after
 * `destroy()` on some adapters.
 *
 * A process that ends on its own before `main` settled is a failure too: Payload's SQL adapters
 * may end it with exit code 0 from inside a database prompt that has no terminal to answer it,
 * and Node's module loader may drop an import (payload#16381), so the event loop drains with the
 * work half done. That is reported and exits 1 instead of passing for success.
 */
export const runEntryPoint = (
  name: string,
  main: () => Promise<number | void>,
  { failureCode = 1 }: { failureCode?: number } = {},
): void => {
  let isSettled = false
  process.on('exit', (code) => {
    if (isSettled || code !== 0) return
    console.error(`kexie-cms ${name}: the process ended before it finished; run it again`)
    process.exitCode = 1
  })
  main().then(
    (code) => {
      isSettled = true
      process.exit(code ?? 0)
    },
    (error: unknown) => {
      isSettled = true
      console.error(`kexie-cms ${name}: ${firstLine(error)}`)
      if (process.env.DEBUG) console.error(error)
      process.exit(failureCode)
    },
  )
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(/^Error: /, '')
