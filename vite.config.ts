/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { criteriaSets } from './scripts/vite-criteria-sets'

/**
 * The production page's Content-Security-Policy: no inline or foreign scripts, no requests to any
 * other origin. Inline style attributes stay allowed (Vant sets some).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** The app's own modules every screen needs (with the libraries they import): one shared chunk. */
const SHELL = /[\\/]src[\\/](stores|db|services|domain|components[\\/]ui|composables)[\\/]/
/**
 * Shared code the first screen does not use (the desk, rankings, submissions, exchange files, the
 * record): kept out of the `app` chunk, so it is loaded with the screens that use it.
 */
const LATER =
  /[\\/]src[\\/](domain[\\/](record|ranking|submission|desk|planner|sheets)[\\/]|domain[\\/]exchange[\\/](?!backupNudge\.)|stores[\\/](submit|fieldEdits|lastYear|years|summaryImage|madeFile)\.|services[\\/](share|shareImage)\.|composables[\\/](useVirtualRows|useFormDraft|useFilePick)\.|db[\\/](desk|exchange)\.)/
/** Needed only by the screens that work inside one assessment (scoring, evidence, team). */
const WORK =
  /[\\/]src[\\/](stores[\\/](assessment|evidence|team)\.|domain[\\/](evidence|team)[\\/]|services[\\/]image[\\/]|composables[\\/](useDebouncedText|useObjectUrl|useSheetFocus)\.)/
/**
 * Loaded only when used (exchange files, backup, the record PDF and Word file, sets as spreadsheets, confirm dialogs): left to their own
 * chunks. The backup reminder's rule (`domain/exchange/backupNudge`) is read by the home screen, so it
 * stays in the shell.
 */
const LAZY =
  /[\\/]src[\\/](services[\\/](pdf|docx|exchange)[\\/]|services[\\/](setWorkbook|rankingWorkbook|sectorTable)\.|domain[\\/]criteria[\\/](workbook|template)\.|services[\\/]image[\\/]exif|domain[\\/]exchange[\\/](?!backupNudge\.)|domain[\\/](record|planner)[\\/]|db[\\/]exchangeWrites\.|stores[\\/](exchange|record|desk|rankings)\.|services[\\/]desk[\\/]|components[\\/]ui[\\/]confirm\.)/

export default defineConfig({
  plugins: [
    criteriaSets(fileURLToPath(new URL('./criteria-sets', import.meta.url))),
    {
      // Vant's icon font has a fallback on a foreign CDN; the app never requests another origin.
      name: 'chiso-no-foreign-fonts',
      enforce: 'pre',
      transform: (code, id) =>
        id.includes('vant/es/icon/index.css') ? code.replace(/,url\(\/\/at\.alicdn\.com[^)]*\) format\("woff"\)/g, '') : undefined,
    },
    {
      name: 'chiso-csp',
      apply: 'build',
      transformIndexHtml: (html) =>
        html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
    vue(),
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      // Every message is precompiled at build time, so the runtime compiler is not shipped.
      dropMessageCompiler: true,
    }),
    VitePWA({
      strategies: 'generateSW',
      // 'prompt': a new version waits until the user accepts it, so an update never reloads mid-edit.
      registerType: 'prompt',
      // registerSW() is called from src/app/pwa.ts.
      injectRegister: false,
      // workbox.globPatterns already cover the svg/png icons; only the .ico needs adding.
      includeAssets: ['favicon.ico'],
      includeManifestIcons: false,
      manifest: {
        name: 'Chỉ số CĐS — Tự đánh giá chuyển đổi số',
        // The name under the home-screen icon: one a principal recognises, short enough not to be cut.
        short_name: 'Chỉ số CĐS',
        description: 'Tự đánh giá mức độ chuyển đổi số của cơ sở giáo dục — ngoại tuyến, trên điện thoại',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d4ed8',
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // The installed app opens exchange files received over Zalo, email or USB (where the browser supports it).
        file_handlers: [{ action: '/open', accept: { 'application/zip': ['.zip'], 'application/x-chiso': ['.chiso'] } }],
        // Shown by the install sheet; made by `node scripts/screenshots.mjs`.
        screenshots: [
          { src: 'screenshots/home.png', sizes: '360x740', type: 'image/png', form_factor: 'narrow', label: 'Các trường trên máy' },
          { src: 'screenshots/score.png', sizes: '360x740', type: 'image/png', form_factor: 'narrow', label: 'Chấm điểm từng tiêu chí' },
          { src: 'screenshots/summary.png', sizes: '360x740', type: 'image/png', form_factor: 'narrow', label: 'Tổng hợp điểm và mức độ' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf,json,webmanifest}'],
        // Install-sheet and README pictures are not needed offline.
        // The main-thread copy of pdfmake is only for a browser where the PDF worker cannot run; the
        // worker (which carries its own pdfmake) is precached, so the PDF is made offline.
        globIgnores: ['screenshots/**', 'assets/pdfmake-*.js'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // Take control on the first visit so it works offline without a reload.
        // No skipWaiting: updates wait for the user (registerType 'prompt').
        clientsClaim: true,
        // Workbox silently drops larger files from the precache (default 2 MiB).
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    // The lazily loaded PDF chunk is large by design.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Fewer, larger files for the app's own code: over a slow connection (and HTTP/1.1's six
        // connections) twenty small chunks cost more round trips than their bytes.
        codeSplitting: {
          groups: [
            { name: 'app', test: (id: string) => SHELL.test(id) && !WORK.test(id) && !LAZY.test(id) && !LATER.test(id), priority: 2 },
            { name: 'work', test: (id: string) => WORK.test(id) && !LAZY.test(id), priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    // Vant ships per-component CSS imports; let Vite process them instead of Node.
    server: { deps: { inline: ['vant'] } },
  },
})
