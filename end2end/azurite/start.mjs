// Azurite (Microsoft's Azure Storage emulator, npm) for the blob-store
// tests: blob service only, in memory, on a free loopback port, with the
// `tailspin` container created. Writes AZURITE_ENV_FILE once it is ready:
//   TEST_AZURE_BLOB_ENDPOINT=http://127.0.0.1:PORT/devstoreaccount1
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

const ACCOUNT = 'devstoreaccount1';
// Azurite's published development key (not a secret).
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const port = await new Promise((resolve) => {
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

const require = createRequire(import.meta.url);
const main = require.resolve('azurite/dist/src/blob/main.js');
const child = spawn(process.execPath, [main, '--blobHost', '127.0.0.1', '--blobPort', String(port),
  '--inMemoryPersistence', '--silent', '--skipApiVersionCheck', '--disableProductStyleUrl'], { stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => { child.kill('SIGTERM'); process.exit(0); });
}
child.on('exit', (code) => process.exit(code ?? 1));

const endpoint = `http://127.0.0.1:${port}/${ACCOUNT}`;
const service = new BlobServiceClient(endpoint, new StorageSharedKeyCredential(ACCOUNT, KEY));
for (let attempt = 0; ; attempt++) {
  try {
    await service.getContainerClient('tailspin').createIfNotExists();
    break;
  } catch (error) {
    if (attempt > 100) throw error;
    await new Promise((r) => setTimeout(r, 100));
  }
}
console.log(`azurite: blob service at ${endpoint}, container tailspin`);
if (process.env.AZURITE_ENV_FILE) {
  writeFileSync(process.env.AZURITE_ENV_FILE, `TEST_AZURE_BLOB_ENDPOINT=${endpoint}\n`);
}
