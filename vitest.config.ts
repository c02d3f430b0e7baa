import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

/** Two projects chosen by where a test runs: pure core in Node, app code in happy-dom with fake IndexedDB. */
export default defineConfig({
  plugins: [vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts', 'src/ingest/**/*.test.ts', 'src/cli/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', 'node_modules/**'],
          testTimeout: 60000,
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          include: ['src/{db,services,stores,composables,components,views,charts,worker}/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', 'node_modules/**'],
        },
      },
    ],
  },
})
