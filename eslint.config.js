// @ts-check
import { vueTsConfigs, withVueTs } from '@vue/eslint-config-typescript'
import pluginVue from 'eslint-plugin-vue'
import pluginVueA11y from 'eslint-plugin-vuejs-accessibility'

// ---------------------------------------------------------------------------
// Layer boundaries (see the import table in the architecture notes).
// ESLint replaces, not merges, a rule's options when several config objects
// match one file, so every zone below lists its full set of patterns and the
// zones do not overlap.
// ---------------------------------------------------------------------------

/**
 * Matches `@/<layer>` and `../<layer>` (any depth) imports of the given top-level src folders.
 * @param {string[]} layers
 * @param {string} message
 */
const layers = (layers, message) => ({
  regex: `^(@/|(\\.\\./)+)(${layers.join('|')})(/|$)`,
  message,
})

const DEXIE = { group: ['dexie', 'dexie/*'], message: 'Only src/db/ may import dexie.' }
const PDFMAKE = { group: ['pdfmake', 'pdfmake/*'], message: 'Only src/services/pdf/ may import pdfmake.' }
const VUE_I18N = {
  group: ['vue-i18n', 'vue-i18n/*', '@intlify/*'],
  message: 'Pass translated strings or a translate function in instead of importing vue-i18n.',
}
const FRAMEWORKS = {
  group: ['vue', 'vue/*', '@vue/*', 'pinia', 'pinia/*', 'vue-router', 'vue-router/*', 'vant', 'vant/*', 'virtual:*'],
  message: 'src/domain/ is pure TypeScript: no framework imports.',
}

/**
 * @param {...object} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

/** `@/domain/scoring/score`: outside src/domain/, the domain is reached through its contract only. */
const DEEP_DOMAIN = {
  regex: '^(@/|(\\.\\./)+)domain/.+',
  message: "Import from '@/domain' (src/domain/index.ts is the domain's contract), not from a file inside it.",
}
/** `@/db/exchange`: outside src/db/, the database is reached through `repos()` from '@/db' only. */
const DEEP_DB = {
  regex: '^(@/|(\\.\\./)+)db/.+',
  message: "Import from '@/db' (repos() and the declared interfaces), not from a file inside it.",
}

/**
 * The import table of DESIGN.md §3, one row per layer: what each layer must NOT import. Every layer
 * but app/ and main.ts (the wiring) has a row; files directly in src/ and src/styles, src/types,
 * src/i18n fall under `wiring`.
 */
const TABLE = {
  domain: {
    files: ['src/domain/**'],
    patterns: [
      FRAMEWORKS,
      DEXIE,
      VUE_I18N,
      PDFMAKE,
      layers(['db', 'stores', 'services', 'composables', 'components', 'views', 'app', 'i18n'], 'src/domain/ may import only other domain files.'),
    ],
  },
  db: {
    files: ['src/db/**'],
    patterns: [PDFMAKE, VUE_I18N, DEEP_DOMAIN, layers(['stores', 'services', 'composables', 'components', 'views', 'app', 'i18n'], 'src/db/ may import only the domain.')],
  },
  services: {
    files: ['src/services/**'],
    ignores: ['src/services/pdf/**', 'src/services/image/encode.ts'],
    patterns: [DEXIE, VUE_I18N, PDFMAKE, DEEP_DOMAIN, layers(['db', 'stores', 'composables', 'components', 'views', 'app', 'i18n'], 'src/services/ may import only the domain.')],
  },
  // Only the PDF service may import pdfmake.
  'services-pdf': {
    files: ['src/services/pdf/**'],
    patterns: [DEXIE, VUE_I18N, DEEP_DOMAIN, layers(['db', 'stores', 'composables', 'components', 'views', 'app', 'i18n'], 'src/services/ may import only the domain.')],
  },
  // The photo encoder runs inside the photo worker: it imports the photo plan directly so the
  // worker's bundle does not carry the whole domain (the reason is written in encode.ts too).
  'services-photo-worker': {
    files: ['src/services/image/encode.ts'],
    patterns: [DEXIE, VUE_I18N, PDFMAKE, layers(['db', 'stores', 'composables', 'components', 'views', 'app', 'i18n'], 'src/services/ may import only the domain.')],
  },
  stores: {
    files: ['src/stores/**'],
    patterns: [DEXIE, PDFMAKE, DEEP_DOMAIN, DEEP_DB, layers(['components', 'views', 'composables', 'app'], 'Stores orchestrate the domain, db and services; screens import stores, not the other way round.')],
  },
  composables: {
    files: ['src/composables/**'],
    patterns: [DEXIE, PDFMAKE, DEEP_DOMAIN, layers(['db', 'services', 'components', 'views', 'app'], 'Composables reach data through stores and the domain.')],
  },
  components: {
    files: ['src/components/**'],
    patterns: [DEXIE, PDFMAKE, DEEP_DOMAIN, layers(['db', 'services', 'views', 'app'], 'Components get data through stores and props.')],
  },
  views: {
    files: ['src/views/**'],
    patterns: [DEXIE, PDFMAKE, DEEP_DOMAIN, layers(['db', 'services', 'app'], 'Views get data through stores; the database and services are reached by stores.')],
  },
  wiring: {
    files: ['src/**'],
    ignores: ['src/domain/**', 'src/db/**', 'src/services/**', 'src/stores/**', 'src/composables/**', 'src/components/**', 'src/views/**'],
    patterns: [DEXIE, PDFMAKE, DEEP_DOMAIN, DEEP_DB],
  },
}

/** @type {import('eslint').Linter.Config[]} */
const boundaries = [
  ...Object.entries(TABLE).map(([name, row]) => ({
    name: `chiso/boundaries/${name}`,
    files: row.files,
    ...('ignores' in row ? { ignores: row.ignores } : {}),
    rules: restrict(...row.patterns),
  })),
  {
    name: 'chiso/boundaries/outside-src',
    ignores: ['src/**', 'tests/unit/db/**'],
    rules: restrict(DEXIE),
  },
]

export default withVueTs(
  {
    name: 'chiso/ignores',
    ignores: ['dist/**', 'dev-dist/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'public/**', '.bench/**', 'bench/**/dist/**'],
  },
  pluginVue.configs['flat/recommended'],
  pluginVueA11y.configs['flat/recommended'],
  vueTsConfigs.recommendedTypeChecked,
  {
    name: 'chiso/rules',
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-console': 'error',
      // Layout of templates is a matter of formatting, not correctness.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/html-indent': 'off',
      // A label works when it wraps its control or names it with `for`; either is enough.
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
      // FormField (components/ui) renders the label of the control in its slot, tied by id.
      'vuejs-accessibility/form-control-has-label': ['error', { labelComponents: ['FormField'] }],
    },
  },
  {
    name: 'chiso/scripts-and-tests',
    files: ['scripts/**', 'bench/**', 'tests/**'],
    rules: {
      'no-console': 'off',
    },
  },
  ...boundaries,
)
