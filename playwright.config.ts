import { defineConfig, devices } from '@playwright/test'
import { BASE_URL, PORT } from './tests/e2e/helpers/baseUrl'

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 45_000,
  reporter: 'list',
  use: {
    ...devices['Pixel 7'],
    viewport: { width: 360, height: 740 },
    baseURL: BASE_URL,
    locale: 'vi-VN',
    serviceWorkers: 'allow',
    launchOptions: {
      // Debian's chromium package; Playwright's own browser download is not used.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
  },
})
