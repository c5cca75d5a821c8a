// Jest runs TypeScript through swc (NestJS 12 is ESM-only; ts-jest cannot load it). Type-checking is `npm run typecheck`.
// Tests come in tiers, one Jest project each, told apart by their file names:
//   *.spec.ts          unit: no database, no DuckDB, no whole cohorts; runs in seconds (`npm run test:unit`)
//   *.cohort.spec.ts   cohort files: the bundle reader on whole fixture cohorts (CSV, workbooks, archives), no database
//   *.duckdb.spec.ts   analytics: reports computed in DuckDB in process (no PostgreSQL), checked against R
//   *.db.spec.ts       database: the real PostgreSQL and the embedded one
//   *.http.spec.ts     HTTP: the API (or the built processes) over real sockets, on both databases
//   *.browser.spec.ts  browser: Debian's Chromium driving the pages (SKIPPED visibly without it)
const fs = require('node:fs');
const swcConfig = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;

// ESM-only packages that must be transformed to CommonJS for Jest's runtime.
const esmPackages = ['@nestjs', 'vega', 'vega-[a-z-]+', 'd3-[a-z-]+', 'internmap', 'delaunator', 'robust-predicates', 'fast-check', 'pure-rand', 'commander'];
const LIBS = ['domain', 'config', 'persistence', 'audit', 'cohorts', 'analytics', 'reporting', 'courses', 'access'];

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    [`^@cti/(${LIBS.join('|')})$`]: '<rootDir>/libs/$1/src/index.ts',
    '^@cti/testing/(.*)$': '<rootDir>/test/support/$1',
    '^vega-canvas$': '<rootDir>/node_modules/vega-canvas/build/vega-canvas.browser.js',
  },
};
// The database tiers share one set of servers per run: the set-up is idempotent, so it starts them once.
const withDatabases = { globalSetup: '<rootDir>/test/global-setup.ts', globalTeardown: '<rootDir>/test/global-teardown.ts' };
const tier = (displayName, testMatch, extra = {}) => ({ ...shared, displayName, testMatch, ...extra });

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  maxWorkers: 2,
  projects: [
    tier('unit', ['**/*.spec.ts'], { testPathIgnorePatterns: ['/node_modules/', '\\.(cohort|duckdb|db|http|browser)\\.spec\\.ts$'] }),
    tier('cohort-files', ['**/*.cohort.spec.ts']),
    tier('analytics', ['**/*.duckdb.spec.ts']),
    tier('database', ['**/*.db.spec.ts'], withDatabases),
    tier('http', ['**/*.http.spec.ts'], withDatabases),
    tier('browser', ['**/*.browser.spec.ts'], { ...withDatabases, setupFiles: ['<rootDir>/test/support/browser-tier-env.ts'] }),
  ],
};
