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

const ZONES = {
  domain: 'src/domain/**',
  db: 'src/db/**',
  pdf: 'src/services/pdf/**',
  services: 'src/services/**',
  components: 'src/components/**',
}

/** @type {import('eslint').Linter.Config[]} */
const boundaries = [
  {
    name: 'chiso/boundaries/domain',
    files: [ZONES.domain],
    rules: restrict(
      FRAMEWORKS,
      DEXIE,
      VUE_I18N,
      PDFMAKE,
      layers(
        ['db', 'stores', 'services', 'composables', 'components', 'views', 'app', 'i18n'],
        'src/domain/ may import only other domain files.',
      ),
    ),
  },
  {
    name: 'chiso/boundaries/db',
    files: [ZONES.db],
    rules: restrict(
      PDFMAKE,
      layers(
        ['stores', 'services', 'composables', 'components', 'views', 'app'],
        'src/db/ may import only domain types.',
      ),
    ),
  },
  {
    name: 'chiso/boundaries/services',
    files: [ZONES.services],
    ignores: [ZONES.pdf],
    rules: restrict(
      DEXIE,
      VUE_I18N,
      PDFMAKE,
      layers(['db', 'stores', 'composables', 'components', 'views', 'app'], 'src/services/ may import only domain.'),
    ),
  },
  {
    name: 'chiso/boundaries/services-pdf',
    files: [ZONES.pdf],
    rules: restrict(
      DEXIE,
      VUE_I18N,
      layers(['db', 'stores', 'composables', 'components', 'views', 'app'], 'src/services/ may import only domain.'),
    ),
  },
  {
    name: 'chiso/boundaries/components',
    files: [ZONES.components],
    rules: restrict(
      DEXIE,
      PDFMAKE,
      layers(['db', 'services', 'views', 'app'], 'Components get data through stores and props.'),
    ),
  },
  {
    name: 'chiso/boundaries/src',
    files: ['src/**'],
    ignores: Object.values(ZONES),
    rules: restrict(DEXIE, PDFMAKE),
  },
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
