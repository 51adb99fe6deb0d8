// Two projects: pure unit tests of lib/domain (fast) and integration tests of
// services and route handlers against real SQLite files (one per test file).
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
};
const moduleNameMapper = { '^@/(.*)$': '<rootDir>/$1' };
// approx-string-match and stemmer ship only ES modules; let swc turn it into CommonJS too.
const transformIgnorePatterns = ['/node_modules/(?!(?:approx-string-match|stemmer)/)'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      setupFiles: ['<rootDir>/tests/integration/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/integration/disconnect.ts'],
      testTimeout: 30000,
    },
  ],
};
