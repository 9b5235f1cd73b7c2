// Bundles the server (our TypeScript, with the Payload config) into dist/server.mjs, so
// production runs plain `node` without a TypeScript loader. Packages in
// node_modules stay external, so the server and Next's route handlers share one copy of Payload.
// Plain JavaScript on purpose: it runs before anything is compiled.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Writes `<outdir>/server.mjs`; the outdir must sit inside the project so packages resolve. */
export const buildServer = async ({ outdir = path.join(projectRoot, 'dist') } = {}) => {
  await build({
    absWorkingDir: projectRoot,
    entryPoints: { server: 'src/server.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    tsconfig: 'tsconfig.json',
    // Some bundled modules are CommonJS-flavoured (`require`): give them one.
    banner: {
      js: [
        "import { createRequire as __kexieCreateRequire } from 'node:module'",
        'const require = __kexieCreateRequire(import.meta.url)',
      ].join('\n'),
    },
  })
  return path.join(outdir, 'server.mjs')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await buildServer()
  console.log(`server bundle written to ${path.relative(projectRoot, file)}`)
}
