/**
 * `npm run test:unit`: fast tests of the pure modules (the workflow state machine, search text and
 * query parsing, webhook address rules, request bodies, slugs) in tests/unit. No database, no
 * Payload instance, no server: they run in seconds. `npm test` runs them too (jest.config.js).
 * @type {import('jest').Config}
 */
const config = {
  displayName: 'unit',
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/tests/unit'],
  testMatch: ['**/*.unit.spec.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } },
    ],
  },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
  },
}

export default config
