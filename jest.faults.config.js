/** The fault suite's long cases (`npm run test:faults`): real processes, real Redis, a filling disk. */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/faults'],
  testMatch: ['**/*.fault.ts'],
  testTimeout: 180000,
};
