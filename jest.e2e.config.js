import { integration as base } from './jest.config.js'

/**
 * `npm run test:e2e`: the admin UI in Chromium against the production build (tests/e2e). One
 * worker: each spec starts its own server and browser, and the machine has few cores.
 * @type {import('jest').Config}
 */
const config = {
  ...base,
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 10 * 60_000,
  maxWorkers: 1,
}

export default config
