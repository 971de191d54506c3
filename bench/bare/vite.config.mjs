// Builds the baseline page with the app's own Vite config (same Vite, plugins, PWA/workbox options);
// only the root and the output folder differ. Output goes to .bench/ (not committed).
import { fileURLToPath, URL } from 'node:url'
import { mergeConfig } from 'vite'
import appConfig from '../../vite.config.ts'

export default mergeConfig(appConfig, {
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../.bench/bare-dist', import.meta.url)),
    emptyOutDir: true,
  },
})
