// Test-only SMTP server for the Tailspin Surveys test suites.
//
// A real SMTP server (npm `smtp-server`) on a loopback port that accepts
// every message, parses it with `mailparser` and keeps it in memory, plus a
// small HTTP API on another loopback port through which tests read what was
// received. No TLS (loopback only). NEVER use this outside tests.
//
//   SMTP_PORT        SMTP port, default 2525 (0 = any free port)
//   SMTP_API_PORT    HTTP API port, default 2526 (0 = any free port)
//   SMTP_ENV_FILE    optional; written atomically once both listen:
//                      TEST_SMTP_URL=smtp://127.0.0.1:<port>
//                      TEST_SMTP_API_URL=http://127.0.0.1:<apiport>
//   SMTP_USER        optional, with SMTP_PASSWORD: AUTH PLAIN/LOGIN is then
//   SMTP_PASSWORD    required, and TEST_SMTP_URL is smtp://user:password@...
//
// HTTP API (JSON):
//   GET    /messages[?to=addr]   received messages, oldest first
//   GET    /messages/<id>/raw    the raw RFC 5322 message (text/plain)
//   DELETE /messages             forget every message
//   POST   /fail-next?count=N    answer the next N messages with 451 at DATA
//
// stdout, once both servers listen (after the env file is written):
//   SMTP_READY smtp://127.0.0.1:<port> http://127.0.0.1:<apiport>
// stderr: one line per accepted or rejected message.
//
// See README.md in this directory.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const HOST = '127.0.0.1';
const MAX_SIZE = 10 * 1024 * 1024;

function envPort(name, fallback) {
  const raw = process.env[name] ?? String(fallback);
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) {
    throw new Error(`${name}: bad port ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

const SMTP_PORT = envPort('SMTP_PORT', 2525);
const API_PORT = envPort('SMTP_API_PORT', 2526);
const USER = process.env.SMTP_USER || '';
const PASSWORD = process.env.SMTP_PASSWORD || '';
if (!USER !== !PASSWORD) throw new Error('set both SMTP_USER and SMTP_PASSWORD, or neither');

// ---------------------------------------------------------------- state

const messages = []; // arrival order
let nextId = 1;
let failNext = 0;

const log = (line) => process.stderr.write(`test-smtp-server: ${line}\n`);

// Header lines as sent, unfolded, keyed by lowercased name. A repeated
// header's values are joined with "\n" (which an unfolded value never holds).
function headerObject(headerLines) {
  const out = {};
  for (const { key, line } of headerLines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    out[key] = key in out ? `${out[key]}\n${value}` : value;
  }
  return out;
}

// mailparser gives one address object per header, or an array when the
// header is repeated.
const addressText = (a) => (Array.isArray(a) ? a.map((x) => x.text).join(', ') : a?.text ?? null);

function summary(m) {
  const p = m.parsed;
  return {
    id: m.id,
    envelope: m.envelope,
    from: addressText(p.from),
    to: addressText(p.to),
    subject: p.subject ?? null,
    messageId: p.messageId ?? null,
    date: p.date ? p.date.toISOString() : null,
    text: p.text ?? null,
    html: p.html || null,
    headers: headerObject(p.headerLines),
    attachments: p.attachments.length,
  };
}

// ---------------------------------------------------------------- SMTP

function smtpError(code, message) {
  const err = new Error(message);
  err.responseCode = code;
  return err;
}

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

async function onData(stream, session) {
  const raw = await readAll(stream);
  const envelope = {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((r) => r.address),
  };
  if (stream.sizeExceeded) {
    log(`rejected with 552 (over ${MAX_SIZE} bytes) to=${envelope.to.join(',')}`);
    return; // rejectOversized replaces our reply with the 552
  }
  if (failNext > 0) {
    failNext -= 1;
    log(`rejected with 451 (fail-next, ${failNext} left) to=${envelope.to.join(',')}`);
    throw smtpError(451, 'Temporary failure requested by the test (fail-next)');
  }
  let parsed;
  try {
    parsed = await simpleParser(raw);
  } catch (err) {
    log(`rejected with 554, unparsable message: ${err.message}`);
    throw smtpError(554, 'Message could not be parsed');
  }
  const id = nextId++;
  messages.push({ id, envelope, raw, parsed });
  log(`#${id} accepted subject=${JSON.stringify(parsed.subject ?? '')} to=${envelope.to.join(',')}`);
}

const smtp = new SMTPServer({
  name: 'tailspin-test-smtp',
  banner: 'Tailspin test SMTP server',
  logger: false,
  size: MAX_SIZE,
  rejectOversized: true,
  closeTimeout: 1000,
  // No TLS: loopback only. Without credentials AUTH is not offered at all.
  disabledCommands: USER ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
  authMethods: ['PLAIN', 'LOGIN'],
  authOptional: !USER,
  allowInsecureAuth: true,
  onAuth(auth, session, callback) {
    if (auth.username === USER && auth.password === PASSWORD) {
      return callback(null, { user: auth.username });
    }
    return callback(smtpError(535, 'Authentication failed'));
  },
  onData(stream, session, callback) {
    onData(stream, session).then(() => callback(null, 'OK: message stored'), (err) => callback(err));
  },
});
smtp.on('error', (err) => log(`smtp error: ${err.message}`));

// ---------------------------------------------------------------- HTTP API

function send(res, status, body, type = 'application/json') {
  const data = type === 'application/json' ? `${JSON.stringify(body, null, 2)}\n` : body;
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(data);
}

function api(req, res) {
  const url = new URL(req.url, `http://${HOST}`);
  const route = `${req.method} ${url.pathname.replace(/\/+$/, '')}`;
  let m;
  if (route === 'GET /messages') {
    const to = url.searchParams.get('to')?.toLowerCase();
    const list = to ? messages.filter((x) => x.envelope.to.some((a) => a.toLowerCase() === to)) : messages;
    return send(res, 200, list.map(summary));
  }
  if (route === 'DELETE /messages') {
    messages.length = 0;
    return send(res, 200, { deleted: true });
  }
  if ((m = /^GET \/messages\/(\d+)\/raw$/.exec(route))) {
    const msg = messages.find((x) => x.id === Number(m[1]));
    if (!msg) return send(res, 404, { error: `no message ${m[1]}` });
    return send(res, 200, msg.raw, 'text/plain');
  }
  if (route === 'POST /fail-next') {
    const count = url.searchParams.get('count') ?? '1';
    if (!/^\d+$/.test(count)) return send(res, 400, { error: 'count must be a whole number' });
    failNext = Number(count);
    return send(res, 200, { failNext });
  }
  return send(res, 404, { error: `no route ${route}` });
}

const apiServer = http.createServer((req, res) => {
  // The body is never used; drain it so keep-alive clients are not stuck.
  req.resume();
  req.on('end', () => {
    try {
      api(req, res);
    } catch (err) {
      send(res, 500, { error: String(err.message || err) });
    }
  });
});

// ---------------------------------------------------------------- main

// smtp-server's listen() takes net.Server's arguments and re-emits its errors.
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// Percent-encode all but [A-Za-z0-9._-], so the URL is also safe to source
// unquoted in a shell (encodeURIComponent leaves !'()*~ alone).
const pct = (s) => encodeURIComponent(s)
  .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

async function main() {
  const shutdown = (signal) => {
    log(`${signal}, exiting`);
    apiServer.close();
    apiServer.closeAllConnections();
    // smtp-server waits up to closeTimeout for open sessions, then drops them.
    smtp.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await listen(smtp, SMTP_PORT);
  await listen(apiServer, API_PORT);
  const smtpPort = smtp.server.address().port;
  const apiPort = apiServer.address().port;

  const userinfo = USER ? `${pct(USER)}:${pct(PASSWORD)}@` : '';
  const smtpUrl = `smtp://${userinfo}${HOST}:${smtpPort}`;
  const apiUrl = `http://${HOST}:${apiPort}`;

  if (process.env.SMTP_ENV_FILE) {
    const file = path.resolve(process.env.SMTP_ENV_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `TEST_SMTP_URL=${smtpUrl}\nTEST_SMTP_API_URL=${apiUrl}\n`, { mode: 0o600 });
    fs.renameSync(tmp, file);
  }
  console.log(`SMTP_READY smtp://${HOST}:${smtpPort} ${apiUrl}`);
}

main().catch((err) => {
  console.error(`test-smtp-server: ${err.stack || err}`);
  process.exit(1);
});
