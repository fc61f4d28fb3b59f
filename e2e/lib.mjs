// Helpers shared by the scripts that drive the real `sharaka` binary over HTTP.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const bin = process.env.SHARAKA_BIN || join(here, '..', 'target', 'debug', 'sharaka');

/// Debian's Chromium, headless, with nothing that would reach the internet.
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/// axe-core on the page as it is: any serious or critical finding fails `check`.
export function axeWith(check) {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return async function axe(page, label) {
    await page.addScriptTag({ content: source });
    const result = await page.evaluate(async () => await window.axe.run(document));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of bad) {
      console.error(`  axe ${label}: ${v.impact} ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    }
    check(bad.length === 0, `axe: ${bad.length} serious/critical findings on ${label}`, { quiet: true });
    return result.violations.length;
  };
}

/// Opens `url`, checks its status, runs axe, and saves a screenshot when asked.
export function visitWith(check, axe, shots) {
  return async function visit(page, url, label, { status = 200, screenshot } = {}) {
    const response = await page.goto(url);
    check(response.status() === status, `${label}: status ${response.status()} (want ${status})`, { quiet: true });
    await axe(page, label);
    if (screenshot) await page.screenshot({ path: join(shots, `${screenshot}.png`), fullPage: true });
    return response;
  };
}

/// Signs in through the real form.
export async function signIn(page, base, locale, email, password) {
  await page.goto(`${base}/${locale}/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await submitAndWait(page, `form[action="/${locale}/login"] button[type=submit]`);
}

/// Clicks a form's submit button and waits for the answer to its POST and the page that
/// follows, so the next navigation cannot cancel the form's request.
export async function submitAndWait(page, selector) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().frame() === page.mainFrame());
  await page.click(selector);
  await answered;
  await page.waitForLoadState();
}

/// Signs out with the header's button.
export async function signOut(page, locale) {
  await submitAndWait(page, `form[action="/${locale}/logout"] button[type=submit]`);
}

// A single-part text message as lettre writes it: headers, blank line, body in base64,
// quoted-printable or 7bit.
export function decodeMail(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  let body = raw.slice(split).trim();
  const encoding = (headers.match(/^Content-Transfer-Encoding:\s*(\S+)/im) || [])[1] || '7bit';
  if (/base64/i.test(encoding)) body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    body = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  }
  return `${headers}\n\n${body}`;
}

/// The first link containing `marker` in a message (file transport) that mentions `since`.
export async function latestMailLink(mailDir, marker, since) {
  for (let i = 0; i < 100; i += 1) {
    if (existsSync(mailDir)) {
      const files = readdirSync(mailDir).filter((f) => f.endsWith('.eml')).map((f) => join(mailDir, f));
      for (const file of files) {
        const text = decodeMail(readFileSync(file, 'utf8'));
        if (!text.includes(since)) continue;
        const match = text.match(new RegExp(`https?://\\S*${marker.replace(/[?]/g, '\\?')}[A-Za-z0-9]+`));
        if (match) return match[0];
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail with ${marker} for ${since}`);
}

/// A message to `to` containing `needle`, or null after 10 s.
export async function mailTo(mailDir, to, needle) {
  for (let i = 0; i < 100; i += 1) {
    if (existsSync(mailDir)) {
      for (const f of readdirSync(mailDir).filter((f) => f.endsWith('.eml'))) {
        const text = decodeMail(readFileSync(join(mailDir, f), 'utf8'));
        if (text.includes(to) && text.includes(needle)) return text;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/// Ends the script with a failure when it runs past `seconds`, naming the step it was in,
/// so a hung browser or server fails the run instead of holding CI. Returns `step(label)`,
/// which prints a section heading and records it.
export function watchdog(script, seconds) {
  let current = 'starting';
  const timer = setTimeout(() => {
    console.error(`  ✗ ${script}: still in step '${current}' after ${seconds} s; giving up`);
    process.exit(1);
  }, seconds * 1000);
  timer.unref();
  return (label) => { current = label; console.log(label); };
}

/// Counts checks and keeps the failures; `report()` prints the total and exits.
export function checker(what) {
  const failures = [];
  let checks = 0;
  return {
    check(condition, message, { quiet = false } = {}) {
      checks += 1;
      if (condition) { if (!quiet) console.log(`  ✓ ${message}`); }
      else {
        failures.push(message);
        console.error(`  ✗ ${message}`);
      }
    },
    fail(err) {
      failures.push(String(err && err.stack || err));
      console.error(err);
    },
    report() {
      console.log(`${checks} ${what}, ${failures.length} failed`);
      process.exit(failures.length === 0 ? 0 : 1);
    },
  };
}

export function run(env, args) {
  return execFileSync(bin, args, { env: { ...process.env, RUST_LOG: 'warn', ...env }, encoding: 'utf8' });
}

export function runAsync(env, args) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { env: { ...process.env, RUST_LOG: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => resolve({ code, err }));
  });
}

/// Starts `sharaka serve` and waits until /healthz answers.
/// An empty value in `env` removes that variable (e.g. SHARAKA_DATABASE_URL: '' for the
/// embedded SQLite database in the data folder).
export async function serve(port, env) {
  const childEnv = { ...process.env, RUST_LOG: 'warn', SHARAKA_BASE_URL: `http://127.0.0.1:${port}`, ...env };
  for (const [k, v] of Object.entries(childEnv)) if (v === '') delete childEnv[k];
  const base = `http://127.0.0.1:${port}`;
  // A server left over from an earlier run would answer /healthz in place of this one.
  if (await fetch(`${base}/healthz`).then(() => true, () => false)) {
    throw new Error(`port ${port} is already taken by another process (a server left from an earlier run?)`);
  }
  const child = spawn(bin, ['serve', '--bind', `127.0.0.1:${port}`], {
    env: childEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${port} did not become healthy`);
}

/// A browser without a browser: a cookie jar, the CSRF token of its forms, and a client
/// address of its own (the server trusts X-Forwarded-For in these tests).
export class Visitor {
  constructor(base, n) {
    this.base = base;
    this.jar = new Map();
    this.headers = { 'X-Forwarded-For': `10.9.${n}.1` };
    this.csrf = '';
  }
  cookie() { return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '); }
  keep(r) {
    for (const c of r.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      if (attrs.some((a) => a.trim().toLowerCase() === 'max-age=0')) this.jar.delete(pair.slice(0, i));
      else this.jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  async get(path) {
    const r = await fetch(`${this.base}${path}`, { redirect: 'manual', headers: { ...this.headers, Cookie: this.cookie() } });
    this.keep(r);
    return { status: r.status, location: r.headers.get('location') || '', headers: r.headers, text: await r.text() };
  }
  async post(path, fields = {}) {
    const body = new URLSearchParams({ ...fields, csrf: this.csrf });
    const r = await fetch(`${this.base}${path}`, {
      method: 'POST', body, redirect: 'manual', headers: { ...this.headers, Cookie: this.cookie(), Origin: this.base },
    });
    this.keep(r);
    return { status: r.status, location: r.headers.get('location') || '', headers: r.headers, text: await r.text() };
  }
  async token() {
    const page = await this.get('/fr/login');
    this.csrf = /name="csrf" value="([^"]+)"/.exec(page.text)[1];
    return this;
  }
  async signIn(email, password) {
    await this.token();
    const r = await this.post('/fr/login', { email, password });
    if (r.status !== 303) throw new Error(`${email} could not sign in (${r.status})`);
    // The form token is bound to the session: the one from before sign-in no longer works.
    const account = await this.get('/fr/account');
    this.csrf = /name="csrf" value="([^"]+)"/.exec(account.text)[1];
    return this;
  }
}

/// The rows of `table` in a backup written by `sharaka backup`.
export function backupRows(file, table) {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return lines.filter((l) => l.table === table).map((l) => l.row);
}
