import unit from './jest.unit.config.js'

/**
 * The integration suites, one for every database: TEST_DATABASE=sqlite (default), postgres or
 * mongodb. tests/helpers/globalSetup.ts provides the database server; each test file gets its own
 * database. jest.faults.config.js and jest.e2e.config.js start from this one.
 * @type {import('jest').Config}
 */
export const integration = {
  displayName: 'integration',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.spec.ts'],
  // Fault, cluster and browser tests have runs of their own (npm run test:faults, test:cluster,
  // test:e2e); the unit tests are a project of their own (jest.unit.config.js).
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/unit/',
    '<rootDir>/tests/e2e/',
    '<rootDir>/tests/bench/',
    '<rootDir>/tests/faults/',
    '<rootDir>/tests/cluster/',
  ],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.js',
  },
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  setupFiles: ['<rootDir>/tests/helpers/setupEnv.ts'],
  // A cut-off for a hung test, not a speed check: generous, for slower CI machines.
  testTimeout: 180_000,
  maxWorkers: 2,
}

const { testTimeout, maxWorkers, ...integrationProject } = integration

/**
 * `npm test`: the unit tests (tests/unit, no database) and the integration suites as two jest
 * projects, one run and one report. The unit tests do not depend on the database, so the runs on
 * PostgreSQL and MongoDB leave them out instead of counting them again.
 * @type {import('jest').Config}
 */
const config = {
  projects: [
    ...(['postgres', 'mongodb'].includes(process.env.TEST_DATABASE ?? '') ? [] : [unit]),
    integrationProject,
  ],
  testTimeout,
  maxWorkers,
}

export default config
