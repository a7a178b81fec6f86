import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..');
const cacheDir =
  process.env.TAILSPIN_CACHE ?? path.join(os.homedir(), '.cache', 'tailspin');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(cacheDir, 'target');

// `cargo leptos build` (debug) puts the server here and the site in
// ./target/site; both can be overridden to test another build.
const serverBin =
  process.env.TAILSPIN_SERVER_BIN ?? path.join(targetDir, 'debug', 'server');
const siteRoot =
  process.env.TAILSPIN_SITE_ROOT ?? path.join(repoRoot, 'target', 'site');

const port = Number(process.env.E2E_PORT ?? 3197);
const baseURL = `http://127.0.0.1:${port}`;

// A fresh database and blob store for every run, so tests see only the demo
// data plus what they themselves submit. The config is evaluated again in
// each worker process; the env var hands them the same dir instead of
// making a new one per process. global-teardown.ts deletes it.
process.env.TAILSPIN_E2E_RUN_DIR ??= fs.mkdtempSync(
  path.join(os.tmpdir(), 'tailspin-e2e-'),
);
const runDir = process.env.TAILSPIN_E2E_RUN_DIR;
fs.mkdirSync(path.join(runDir, 'blobs'), { recursive: true });

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export default defineConfig({
  testDir: './tests',
  // 2 cores: the server, Chromium and the test runner already share them.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalTeardown: './global-teardown.ts',

  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },

  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium: Playwright's own browser download cannot
          // reach its host here. The background-networking flags stop
          // Chromium from dialling out on a machine with no network.
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],

  webServer: {
    // Fail with a hint rather than "not found" when nothing was built yet;
    // exec so that Playwright's shutdown signal reaches the server itself.
    command:
      `test -x ${shellQuote(serverBin)} || ` +
      `{ echo "e2e: no server binary at ${serverBin}; run 'cargo leptos build' first" >&2; exit 1; }; ` +
      `exec ${shellQuote(serverBin)}`,
    cwd: repoRoot,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    // A debug build runs migrations and loads the demo data before listening.
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      DATABASE_URL: `sqlite://${path.join(runDir, 'e2e.db')}`,
      TAILSPIN_BLOB_DIR: path.join(runDir, 'blobs'),
      TAILSPIN_LISTEN_ADDR: `127.0.0.1:${port}`,
      // Same address for Leptos' own config, in case anything reads it.
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: siteRoot,
      TAILSPIN_DEMO_DATA: 'true',
      RUST_LOG: process.env.RUST_LOG ?? 'info',
    },
  },
});
