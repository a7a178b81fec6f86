import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MIN_FILL_SECONDS } from './timing';

const repoRoot = path.resolve(__dirname, '..');
const cacheDir =
  process.env.TAILSPIN_CACHE ?? path.join(os.homedir(), '.cache', 'tailspin');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(cacheDir, 'target');

// `.ci/build-site.sh` (debug) puts the server here and the site in
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

// Federated sign-in runs against real OpenID providers (oidc/test-provider.mjs)
// and a second server whose tenants sign in through them: adatum and fabrikam
// (Premium, own providers), northwind and woodgrove (Premium, on the
// provider's misbehaving clients: expired tokens, another audience) and
// contoso (Trial, owned by the social identity `sam`).
const oidcPorts = { adatum: 3198, fabrikam: 3199, social: 3200 };
const issuer = (name: keyof typeof oidcPorts) => `http://127.0.0.1:${oidcPorts[name]}`;
const fedPort = Number(process.env.E2E_FED_PORT ?? 3196);
// Email goes to a real SMTP server (smtp/test-smtp-server.mjs); tests read
// what it received through its HTTP API (fixtures.ts: SMTP_API_URL).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3201);
const smtpApiPort = Number(process.env.E2E_SMTP_API_PORT ?? 3202);
const federatedURL = `http://127.0.0.1:${fedPort}`;
const rulesFile = path.join(runDir, 'claim-rules.txt');
fs.writeFileSync(
  rulesFile,
  'groups = Domain Users => Survey Creator\ngroups = Domain Admins => Administrator\n',
);
const premium = (alias: string, name: string, idp: 'adatum' | 'fabrikam', client: string, admin: string) =>
  `TAILSPIN_CLIENT_SECRET=tailspin-secret-${idp} ${shellQuote(serverBin)} tenant create ` +
  `--alias ${alias} --name ${shellQuote(name)} --plan premium --issuer ${issuer(idp)} ` +
  `--client-id ${client} --administrator ${admin} --claim-rules-file ${shellQuote(rulesFile)}`;
const socialProviders = JSON.stringify([
  { id: 'social', name: 'Social ID', issuer: issuer('social'), client_id: 'tailspin', client_secret: 'tailspin-secret-social' },
]);
const serverEnv = (dbFile: string, blobDir: string, port: number) => ({
  DATABASE_URL: `sqlite://${path.join(runDir, dbFile)}`,
  TAILSPIN_BLOB_DIR: path.join(runDir, blobDir),
  TAILSPIN_SECRET_KEY_FILE: path.join(runDir, `${dbFile}.key`),
  TAILSPIN_LISTEN_ADDR: `127.0.0.1:${port}`,
  // Same address for Leptos' own config, in case anything reads it.
  LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
  LEPTOS_SITE_ROOT: siteRoot,
  TAILSPIN_SOCIAL_PROVIDERS: socialProviders,
  // Every test comes from 127.0.0.1; the per-address limits have their own tests.
  TAILSPIN_SUBMISSIONS_PER_MINUTE: '6000',
  TAILSPIN_SIGN_INS_PER_MINUTE: '6000',
  // The test identity providers listen on loopback, which the outbound
  // guard refuses unless allow-listed.
  TAILSPIN_OUTBOUND_ALLOW: '127.0.0.1/32',
  // Scenarios answer at machine speed; spam.spec.ts meets the minimum
  // fill time on the federated server, which keeps the default.
  TAILSPIN_MIN_FILL_SECONDS: '0',
  RUST_LOG: process.env.RUST_LOG ?? 'info',
});
const needServer =
  `test -x ${shellQuote(serverBin)} || ` +
  `{ echo "e2e: no server binary at ${serverBin}; run .ci/build-site.sh first" >&2; exit 1; }; `;

export default defineConfig({
  testDir: './tests',
  // 2 cores: the server, Chromium and the test runner already share them.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Two cores run the server, the browser and axe: long scenarios need the room.
  timeout: 60_000,
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

  webServer: [
    {
      // Fail with a hint rather than "not found" when nothing was built yet;
      // exec so that Playwright's shutdown signal reaches the server itself.
      command: `${needServer}exec ${shellQuote(serverBin)}`,
      cwd: repoRoot,
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      // A debug build runs migrations and loads the demo data before listening.
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: {
        ...serverEnv('e2e.db', 'blobs', port),
        TAILSPIN_DEMO_DATA: 'true',
        // A region with a database of its own, for regions.spec.ts (the
        // others keep their data in the main database).
        TAILSPIN_REGIONS: `europe,north-america,asia-pacific,us=sqlite://${path.join(runDir, 'region-us.db')}`,
        TAILSPIN_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        TAILSPIN_MAIL_FROM: 'Tailspin Surveys <no-reply@surveys.example>',
      },
    },
    {
      command: 'exec node smtp/test-smtp-server.mjs',
      cwd: __dirname,
      url: `http://127.0.0.1:${smtpApiPort}/messages`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: { SMTP_PORT: String(smtpPort), SMTP_API_PORT: String(smtpApiPort) },
    },
    {
      command: 'exec node oidc/test-provider.mjs',
      cwd: __dirname,
      url: `${issuer('social')}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: {
        OIDC_ISSUERS: Object.entries(oidcPorts).map(([n, p]) => `${n}:${p}`).join(','),
      },
    },
    {
      command:
        `${needServer}set -e; ` +
        [
          premium('adatum', 'Adatum Corporation', 'adatum', 'tailspin', 'ada@adatum.example'),
          premium('fabrikam', 'Fabrikam, Inc.', 'fabrikam', 'tailspin', 'fiona@fabrikam.example'),
          premium('northwind', 'Northwind Traders', 'adatum', 'tailspin-expiring', 'ada@adatum.example'),
          premium('woodgrove', 'Woodgrove Bank', 'adatum', 'tailspin-wrong-audience', 'ada@adatum.example'),
          `${shellQuote(serverBin)} tenant create --alias contoso --name Contoso --plan trial ` +
            `--social-provider social --owner-subject sam --owner-name Sam`,
          // plan.spec.ts moves it up to Standard; contoso stays a Trial.
          `${shellQuote(serverBin)} tenant create --alias litware --name Litware --plan trial ` +
            `--social-provider social --owner-subject lee --owner-name Lee`,
        ].join('; ') +
        `; exec ${shellQuote(serverBin)}`,
      cwd: repoRoot,
      url: `${federatedURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      env: {
        ...serverEnv('federated.db', 'federated-blobs', fedPort),
        TAILSPIN_DEMO_DATA: 'false',
        TAILSPIN_MIN_FILL_SECONDS: String(MIN_FILL_SECONDS),
        TAILSPIN_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        TAILSPIN_MAIL_FROM: 'Tailspin Surveys <no-reply@surveys.example>',
      },
    },
  ],
});
