// The dependency direction, enforced in `npm test` (npm run lint). Libraries form layers; a library may import only
// libraries in lower layers, and only through their entry point (@cti/<lib> → libs/<lib>/src/index.ts).
// Test files (*.spec.ts) may use higher layers as fixtures; production code may not.
const LAYERS = [
  ['domain', 'config'],
  ['persistence'],
  ['audit'],
  ['access', 'cohorts'],
  ['courses', 'analytics'],
  ['reporting'],
];
const layerOf = Object.fromEntries(LAYERS.flatMap((libs, i) => libs.map((lib) => [lib, i])));
// test files and test support (a browser test starts the API; a test helper may reach anything)
const notTest = '(\\.spec\\.ts$|/test/)';

const upward = Object.keys(layerOf).map((lib) => {
  const sameOrHigher = Object.keys(layerOf).filter((other) => other !== lib && layerOf[other] >= layerOf[lib]);
  return {
    name: `layer-${lib}`,
    comment: `libs/${lib} (layer ${layerOf[lib]}) may import only lower layers: not ${sameOrHigher.join(', ')}`,
    severity: 'error',
    from: { path: `^libs/${lib}/`, pathNot: notTest },
    to: { path: `^libs/(${sameOrHigher.join('|')})/` },
  };
}).filter((rule) => !rule.to.path.endsWith('()/'));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-are-separate',
      comment: 'an app imports libraries, never another app',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: notTest },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'entry-point-only',
      comment: "another library's code is reached through its index (@cti/<lib>), never a path into its src",
      severity: 'error',
      from: { path: '^libs/([^/]+)/', pathNot: notTest },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)', pathNot: '^libs/$1/' },
    },
    {
      name: 'apps-use-entry-points',
      comment: 'an app reaches a library through its index (@cti/<lib>)',
      severity: 'error',
      from: { path: '^apps/', pathNot: notTest },
      // the web app may name a library's types (erased in its build) where the API's document does not describe them
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'no import circles at run time (a type-only import back is harmless: it vanishes in the build)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
