// @ts-check
// The workspace's rules, plus Vue's for the single-file components (type-checked by vue-tsc).
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import vueParser from 'vue-eslint-parser'
import workspace from '../../eslint.config.js'

export default tseslint.config(
  { ignores: ['eslint.config.js', 'scripts/**', 'e2e-artifacts/**'] },
  ...workspace,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    files: ['**/*.vue'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The compiler (vue-tsc) knows the browser's globals; ESLint's no-undef does not.
    files: ['**/*.vue'],
    rules: { 'no-undef': 'off' },
  },
  {
    // An ambient module declaration has a default export by nature.
    files: ['src/vue-modules.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Formatting is Prettier's; Vue's layout rules would fight it.
    files: ['**/*.vue'],
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
)
