/**
 * One jest suite for every database: TEST_DATABASE=sqlite (default), postgres or mongodb.
 * tests/helpers/globalSetup.ts provides the database server; each test file gets its own database.
 * @type {import('jest').Config}
 */
const config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.spec.ts'],
  // Fault and browser tests have runs of their own (npm run test:faults, test:e2e).
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/e2e/',
    '<rootDir>/tests/bench/',
    '<rootDir>/tests/faults/',
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
  testTimeout: 90_000,
  maxWorkers: 2,
}

export default config
