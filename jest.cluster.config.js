import { integration as base } from './jest.config.js'

/**
 * `npm run test:cluster`: the cluster test in tests/cluster. It starts, from the production build,
 * three app instances, a jobs worker and Debian's nginx in front (docs/deployment/nginx.conf), on a
 * throwaway PostgreSQL (TEST_DATABASE=postgres, set by the script), Redis and s3rver. One file,
 * in band: it owns the machine's cores while it runs.
 * @type {import('jest').Config}
 */
const config = {
  ...base,
  displayName: 'cluster',
  testMatch: ['<rootDir>/tests/cluster/**/*.cluster.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 240_000,
  maxWorkers: 1,
}

export default config
