import { integration as base } from './jest.config.js'

/**
 * `npm run test:faults`: the fault-injection suites in tests/faults (a database that goes away, a
 * server killed mid-publish, a webhook receiver that hangs), one file at a time since
 * they start servers and break things on purpose. Same harness as `npm test`; TEST_DATABASE works.
 * @type {import('jest').Config}
 */
const config = {
  ...base,
  displayName: 'faults',
  testMatch: ['<rootDir>/tests/faults/**/*.faults.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // The shared setup, plus a SIGXFSZ handler for the full-disk suite (see the file).
  globalSetup: '<rootDir>/tests/faults/globalSetup.ts',
  testTimeout: 180_000,
  maxWorkers: 1,
}

export default config
