import fs from 'node:fs';

// Deletes the per-run database and blob dir made in playwright.config.ts.
// Set E2E_KEEP_DATA=1 to keep it for a look after a failure.
export default async function globalTeardown() {
  const dir = process.env.TAILSPIN_E2E_RUN_DIR;
  if (!dir) return;
  if (process.env.E2E_KEEP_DATA) {
    console.log(`e2e: kept run data in ${dir}`);
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
