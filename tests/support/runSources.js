#!/usr/bin/env node
'use strict';
// The `baton` command run from the TypeScript sources through tsx's loader, for tests and
// benchmarks when dist/ is missing or older than the sources (see batonBin.ts).
process.noDeprecation = true;
require('tsx/cjs');
require('../../src/cli/bin.ts');
