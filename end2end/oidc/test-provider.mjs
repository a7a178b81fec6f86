// Test-only OpenID Connect provider for the Tailspin Surveys test suites.
//
// Runs several issuers (one per simulated tenant IdP) in ONE node process,
// each on its own loopback port, built on the `oidc-provider` library.
// NEVER use this outside tests: accounts accept any password, secrets and
// cookie keys are fixed strings, storage is in memory.
//
//   OIDC_ISSUERS   comma list of name:port (port 0 = any free port),
//                  default adatum:3198,fabrikam:3199,social:3200
//   OIDC_ENV_FILE  optional; written atomically once all issuers listen,
//                  one line per issuer: TEST_OIDC_<NAME>_URL=http://127.0.0.1:<port>
//
// stdout, once every issuer listens:
//   OIDC_ISSUER <name> http://127.0.0.1:<port>   (one per issuer)
//   OIDC_READY
// (oidc-provider's own warnings go to stderr.)
//
// See README.md in this directory for clients and accounts.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import Provider from 'oidc-provider';
import {
  SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair,
} from 'jose';

// ---------------------------------------------------------------- config

const HOST = '127.0.0.1';
const SPEC = process.env.OIDC_ISSUERS || 'adatum:3198,fabrikam:3199,social:3200';

const CLIENT_NORMAL = 'tailspin';
const CLIENT_EXPIRING = 'tailspin-expiring';
const CLIENT_WRONG_AUD = 'tailspin-wrong-audience';
const EXPIRING_DELAY_MS = 2000;
const WRONG_AUDIENCE = 'someone-else';
// Registered only because a client needs one; redirectUriAllowed below
// accepts any http://127.0.0.1:<port>/<path>.
const PLACEHOLDER_REDIRECT = 'http://127.0.0.1:9/oidc-placeholder-callback';

const SCOPES = 'openid email profile';

// Groups per issuer and login id; ids not listed get no groups.
const GROUPS = {
  adatum: { alice: ['Domain Users'], bob: ['Domain Admins'], carol: [] },
  fabrikam: { frank: ['Domain Users'], fiona: ['Domain Admins'] },
  social: {},
};

function parseIssuers(spec) {
  const out = [];
  for (const raw of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9_]+):(\d{1,5})$/.exec(raw);
    if (!m || Number(m[2]) > 65535) {
      throw new Error(`OIDC_ISSUERS: bad entry ${JSON.stringify(raw)}, expected name:port`);
    }
    if (out.some((i) => i.name === m[1])) {
      throw new Error(`OIDC_ISSUERS: duplicate issuer name ${m[1]}`);
    }
    out.push({ name: m[1], port: Number(m[2]) });
  }
  if (out.length === 0) throw new Error('OIDC_ISSUERS is empty');
  return out;
}

// ---------------------------------------------------------------- helpers

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

// Only http://127.0.0.1:<explicit port>/<path>, no credentials, no fragment.
function isLoopbackRedirect(value) {
  if (typeof value !== 'string' || !/^http:\/\/127\.0\.0\.1:\d{1,5}\//.test(value)) return false;
  let u;
  try { u = new URL(value); } catch { return false; }
  return u.protocol === 'http:' && u.hostname === HOST && u.port !== ''
    && u.username === '' && u.password === '' && u.hash === '' && !value.includes('#');
}

// Self-contained pages: no external CSS/fonts/scripts, lang + title for axe.
function page(title, bodyHtml) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:22rem;color:#1a1a1a;background:#fff}
label{display:block;margin-top:1rem;font-weight:600}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}
button{margin-top:1rem;padding:.5rem 1rem;font-size:1rem}
pre{white-space:pre-wrap}
</style>
</head>
<body>
<main>
${bodyHtml}
</main>
</body>
</html>
`;
}

function loginPage({ issuerName, uid, clientId, error, login }) {
  return page(`Sign-in - ${issuerName} test identity provider`, `<h1>Sign-in</h1>
<p>Test identity provider <strong>${esc(issuerName)}</strong>, signing in to <strong>${esc(clientId)}</strong>. Any password works.</p>
${error ? `<p role="alert">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}" autocomplete="off">
<input type="hidden" name="prompt" value="login">
<label for="login">Login</label>
<input id="login" name="login" type="text" value="${esc(login || '')}" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password">
<button type="submit">Sign-in</button>
</form>
<form method="post" action="/interaction/${esc(uid)}/abort">
<button type="submit">Cancel</button>
</form>`);
}

async function readForm(ctx, limit = 16 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > limit) ctx.throw(413, 'request body too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

function capitalise(id) {
  return id ? id[0].toUpperCase() + id.slice(1) : id;
}

// ---------------------------------------------------------------- provider

async function createProvider({ name, issuer }) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `${name}-test-key-1`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const secret = `tailspin-secret-${name}`;
  const groups = GROUPS[name] || {};

  const client = (clientId) => ({
    client_id: clientId,
    client_secret: secret,
    redirect_uris: [PLACEHOLDER_REDIRECT],
    post_logout_redirect_uris: [PLACEHOLDER_REDIRECT],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  });

  const provider = new Provider(issuer, {
    clients: [client(CLIENT_NORMAL), client(CLIENT_EXPIRING), client(CLIENT_WRONG_AUD)],
    jwks: { keys: [privateJwk] },
    pkce: { required: () => true }, // S256 is the only method in oidc-provider 9
    scopes: SCOPES.split(' '),
    claims: {
      // Like an enterprise provider configured to emit group claims: they
      // come with every ID token, without a provider-specific scope.
      openid: ['sub', 'groups'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    conformIdTokenClaims: false, // scope claims go into the ID token too
    ttl: {
      IdToken: (ctx, token, c) => (c?.clientId === CLIENT_EXPIRING ? 1 : 3600),
    },
    cookies: {
      keys: [`test-only-cookie-key-${name}-do-not-use-in-production`],
      // Browsers share cookies across ports of 127.0.0.1, so keep each
      // issuer's cookies (and the app's) apart by name.
      names: {
        session: `_op_${name}_session`,
        interaction: `_op_${name}_interaction`,
        resume: `_op_${name}_interaction_resume`,
      },
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page(`Sign out - ${name} test identity provider`, `<h1>Sign out</h1>
<p>Do you want to sign out from the ${esc(name)} test identity provider?</p>
${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page(`Signed out - ${name} test identity provider`,
            '<h1>Signed out</h1>\n<p>You have been signed out.</p>');
        },
      },
    },
    interactions: {
      url: (ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page(`Error - ${name} test identity provider`, `<h1>Error</h1>
${Object.entries(out).map(([k, v]) => `<pre>${esc(k)}: ${esc(v)}</pre>`).join('\n')}`);
    },
    // Never undefined: unknown ids get a generated account with no groups.
    async findAccount(ctx, id) {
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            email: `${id}@${name}.example`,
            // Accounts named unverified-… have an address the provider has not checked.
            email_verified: !id.startsWith('unverified'),
            name: capitalise(id),
            groups: [...(groups[id] || [])],
          };
        },
      };
    },
    // Skip consent: every client gets all scopes.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId
        || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(SCOPES);
      await grant.save();
      return grant;
    },
  });

  // Accept any loopback http redirect (the app under test binds random ports),
  // refuse everything else (other hosts, localhost, https, fragments...).
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value) {
    return isLoopbackRedirect(value);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutAllowed(value) {
    return isLoopbackRedirect(value);
  };

  // Misbehaving-provider simulations on the token endpoint (run after the
  // tokens have been minted).
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.method !== 'POST' || ctx.path !== '/token' || ctx.status !== 200) return;
    let body = ctx.body;
    if (typeof body === 'string' || Buffer.isBuffer(body)) {
      try { body = JSON.parse(body.toString()); } catch { return; }
    }
    if (!body || typeof body !== 'object' || typeof body.id_token !== 'string') return;
    const clientId = ctx.oidc?.client?.clientId ?? decodeJwt(body.id_token).aud;

    if (clientId === CLIENT_WRONG_AUD) {
      const header = decodeProtectedHeader(body.id_token);
      const payload = { ...decodeJwt(body.id_token), aud: WRONG_AUDIENCE };
      body.id_token = await new SignJWT(payload)
        .setProtectedHeader({ ...header, alg: 'RS256', kid })
        .sign(privateKey);
      ctx.body = body;
    } else if (clientId === CLIENT_EXPIRING) {
      await sleep(EXPIRING_DELAY_MS); // ID token (TTL 1 s) is expired on arrival
    }
  });

  // Our own accessible login page (replaces devInteractions, whose layout
  // pulls fonts from fonts.googleapis.com).
  provider.use(async (ctx, next) => {
    const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/abort)?$/.exec(ctx.path);
    if (!m) return next();
    const [, uid, abort] = m;
    ctx.set('Cache-Control', 'no-store');
    try {
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      if (details.uid !== uid) ctx.throw(400, 'interaction mismatch');
      const { prompt, params } = details;

      if (abort) {
        if (ctx.method !== 'POST') ctx.throw(405);
        const to = await provider.interactionResult(ctx.req, ctx.res, {
          error: 'access_denied', error_description: 'End-User aborted interaction',
        }, { mergeWithLastSubmission: false });
        ctx.redirect(to);
        ctx.status = 303;
        return;
      }

      if (prompt.name === 'consent') { // not normally reached: loadExistingGrant
        const grant = details.grantId
          ? await provider.Grant.find(details.grantId)
          : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
        if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
        if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
        const to = await provider.interactionResult(ctx.req, ctx.res, {
          consent: { grantId: await grant.save() },
        }, { mergeWithLastSubmission: true });
        ctx.redirect(to);
        ctx.status = 303;
        return;
      }
      if (prompt.name !== 'login') ctx.throw(501, `prompt ${prompt.name} not implemented`);

      if (ctx.method === 'GET' || ctx.method === 'HEAD') {
        ctx.type = 'html';
        ctx.body = loginPage({ issuerName: name, uid, clientId: params.client_id });
        return;
      }
      if (ctx.method !== 'POST') ctx.throw(405);
      const form = await readForm(ctx);
      const login = (form.get('login') || '').trim();
      if (!login) {
        ctx.status = 400;
        ctx.type = 'html';
        ctx.body = loginPage({
          issuerName: name, uid, clientId: params.client_id, error: 'Enter a login.',
        });
        return;
      }
      const to = await provider.interactionResult(ctx.req, ctx.res, {
        login: { accountId: login },
      }, { mergeWithLastSubmission: false });
      ctx.redirect(to);
      ctx.status = 303;
    } catch (err) {
      const status = err.status || err.statusCode || 500;
      ctx.status = status >= 400 && status < 600 ? status : 500;
      ctx.type = 'html';
      ctx.body = page(`Error - ${name} test identity provider`,
        `<h1>Error</h1>\n<pre>${esc(err.name)}: ${esc(err.error_description || err.message)}</pre>`);
    }
  });

  return provider;
}

// ---------------------------------------------------------------- main

async function main() {
  const issuers = parseIssuers(SPEC);
  const servers = [];

  const shutdown = (signal) => {
    for (const s of servers) {
      s.close();
      s.closeAllConnections?.();
    }
    process.stderr.write(`test-provider: ${signal}, exiting\n`);
    process.exit(0);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  // Listen first (port 0 -> actual port), then build each provider with
  // its final issuer URL.
  for (const iss of issuers) {
    let handler = (req, res) => { res.statusCode = 503; res.end('starting'); };
    const server = http.createServer((req, res) => handler(req, res));
    servers.push(server);
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(iss.port, HOST, () => { server.off('error', reject); resolve(); });
    });
    iss.port = server.address().port;
    iss.issuer = `http://${HOST}:${iss.port}`;
    const provider = await createProvider(iss);
    handler = provider.callback();
  }

  if (process.env.OIDC_ENV_FILE) {
    const file = path.resolve(process.env.OIDC_ENV_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, issuers.map((i) => `TEST_OIDC_${i.name.toUpperCase()}_URL=${i.issuer}\n`).join(''));
    fs.renameSync(tmp, file);
  }
  for (const i of issuers) console.log(`OIDC_ISSUER ${i.name} ${i.issuer}`);
  console.log('OIDC_READY');
}

main().catch((err) => {
  console.error(`test-provider: ${err.stack || err}`);
  process.exit(1);
});
