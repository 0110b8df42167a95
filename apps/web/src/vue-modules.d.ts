// For the TypeScript of ESLint's type-aware rules, which does not read `.vue` files (vue-tsc does,
// and resolves each to its own component type first).
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
