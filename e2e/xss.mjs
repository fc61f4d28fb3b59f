// Hostile text: every text field of every form the demo's accounts can reach is filled with
// script and markup payloads and submitted; then every page a visitor and the secretariat can
// reach (and every feed) is read, and none may carry a payload as live markup. The escaped
// payloads must show, so the check is known to have looked at the pages holding them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checker, run, serve, Visitor } from './lib.mjs';

const { check, fail, report } = checker('hostile-input checks');
const PASSWORD = 'sharaka-demo-2026';
// Each payload breaks out of a different context: element content, a quoted attribute, a
// URL, Markdown and an SVG/XML feed. `N` is replaced by a field number so a finding names it.
const payloads = [
  '<script>alert("xssN")</script> نص',
  '"><img src=x onerror=alert(N)>',
  "'><svg onload=alert(N)>",
  '[lien](javascript:alert(N)) <a href="javascript:alert(N)">x</a>',
  ']]></title><script>alert(N)</script>',
];
const live = [/<script>alert/i, /<img src=x onerror/i, /<svg onload/i, /<a\b[^>]*href="javascript:/i, /<\/title><script>/i];

function forms(html) {
  const found = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = m[1];
    if (!/method="post"/i.test(attrs) || /enctype="multipart/i.test(attrs)) continue;
    const action = (/action="([^"]*)"/.exec(attrs) || [])[1];
    if (!action) continue;
    const fields = [];
    for (const f of m[2].matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
      const name = (/name="([^"]*)"/.exec(f[2]) || [])[1];
      if (!name) continue;
      const type = f[1] === 'input' ? ((/type="([^"]*)"/.exec(f[2]) || [])[1] || 'text') : f[1];
      const value = (/value="([^"]*)"/.exec(f[2]) || [])[1] || '';
      let option = '';
      if (f[1] === 'select') {
        const rest = m[2].slice(f.index);
        const opts = [...rest.slice(0, rest.indexOf('</select>')).matchAll(/<option value="([^"]*)"/g)].map((o) => o[1]).filter(Boolean);
        option = opts[0] || '';
      }
      fields.push({ name, type, value: value.replace(/&amp;/g, '&'), option });
    }
    found.push({ action: action.replace(/&amp;/g, '&'), fields });
  }
  return found;
}

let counter = 0;
function fill(form) {
  const values = {};
  for (const f of form.fields) {
    counter += 1;
    const payload = payloads[counter % payloads.length].replaceAll('N', String(counter));
    switch (f.type) {
      case 'hidden': values[f.name] = f.value; break;
      case 'email': values[f.name] = `xss${counter}@example.ma`; break;
      case 'password': values[f.name] = 'xss-password-2026'; break;
      case 'url': values[f.name] = `https://example.ma/?q="><script>alert(${counter})</script>`; break;
      case 'date': values[f.name] = '2026-06-15'; break;
      case 'number': values[f.name] = '40'; break;
      case 'checkbox': case 'radio': values[f.name] = f.value || 'on'; break;
      case 'select': values[f.name] = f.option; break;
      case 'search': case 'submit': break;
      default:
        // Fields with a format of their own get a valid value; every free text gets a payload.
        if (/slug/.test(f.name)) values[f.name] = `xss-${counter}`;
        else if (/^(language|lang|locale)$/.test(f.name)) values[f.name] = 'fr';
        else if (/value|percent|baseline|target/.test(f.name)) values[f.name] = '40';
        else values[f.name] = payload;
    }
  }
  if ('idempotency_key' in values && !values.idempotency_key) values.idempotency_key = `xss-${counter}`;
  if ('website' in values) values.website = ''; // the honeypot
  return values;
}

// Forms that remove or sign out are left alone: the payloads must stay visible.
const skip = /logout|delete|revoke|withdraw|\/end$|hide|merge|adopt|grants|publish|check|unsubscribe|login|register|password|tokens|support|approve|flag|subscriptions/;

async function crawl(visitor, starts, limit) {
  const seen = new Set();
  const queue = [...starts];
  const pages = [];
  while (queue.length && seen.size < limit) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const started = Date.now();
    const r = await visitor.get(path);
    if (process.env.XSS_DEBUG && Date.now() - started > 500) console.log(`slow: ${path} ${Date.now() - started} ms`);
    const type = r.headers.get('content-type') || '';
    if (r.status !== 200 || !(type.includes('html') || type.includes('xml'))) continue;
    pages.push({ path, text: r.text, type });
    for (const m of r.text.matchAll(/href="(\/(?:fr|ar|feeds)[^"#]*)"/g)) {
      const next = m[1].replace(/&amp;/g, '&');
      if (!seen.has(next) && !/\/(logout|plan\.pdf|unsubscribe|verify)|\.(csv|xlsx|json|ics|pdf)|\/file$/.test(next)) queue.push(next);
    }
  }
  return pages;
}

try {
  const dir = mkdtempSync(join(tmpdir(), 'sharaka-xss-'));
  const env = { SHARAKA_DATA_DIR: dir, SHARAKA_TRUST_FORWARDED_FOR: 'true' };
  run(env, ['demo']);
  const { child, base } = await serve(18850 + Math.floor(Math.random() * 100), env);
  const accounts = [
    ['participant', 'participant@demo.sharaka.ma', ['/fr/plans/morocco-3/proposals', '/fr/account/contributions']],
    ['implementer', 'implementer@demo.sharaka.ma', ['/fr/admin/implementation']],
    ['secretariat', 'secretariat@demo.sharaka.ma', ['/fr/admin']],
  ];
  let written = 0;
  let tried = 0;
  for (const [label, email, starts] of accounts) {
    const visitor = await new Visitor(base, 40 + written).signIn(email, PASSWORD);
    const pages = await crawl(visitor, starts, label === 'secretariat' ? 120 : 40);
    const done = new Set();
    for (const page of pages) {
      for (const form of forms(page.text)) {
        const key = form.action.replace(/^\/[a-z]+\//, '/').replace(/\d+/g, '#');
        if (done.has(key) || skip.test(form.action) || !form.fields.some((f) => ['text', 'textarea'].includes(f.type))) continue;
        done.add(key);
        tried += 1;
        const r = await visitor.post(form.action, fill(form));
        if (r.status === 303) written += 1;
        else if (process.env.XSS_DEBUG) console.log(label, form.action, r.status, (/class="field-error"[^>]*>([^<]*)/.exec(r.text) || [])[1], (/<title>([^<]*)/.exec(r.text) || [])[1]);
        check(r.status < 500, `${label}: ${form.action} answers ${r.status} to hostile text`, { quiet: true });
      }
    }
  }
  check(written >= 8, `hostile text saved through ${written} of ${tried} forms`);

  // A newcomer registers with a hostile name (shown to the secretariat among the accounts);
  // sign-in and registration forms sent back with hostile text show it escaped.
  const newcomer = await new Visitor(base, 30).token();
  const registration = forms((await newcomer.get('/fr/register')).text).find((f) => f.action.endsWith('/register'));
  const answers = fill(registration);
  const registered = await newcomer.post(registration.action, answers);
  check(registered.status === 200 && !registered.text.includes("field-error"), `a newcomer registers with hostile text in every free field (${registered.status})`);
  const usersPage = (await (await new Visitor(base, 31).signIn('secretariat@demo.sharaka.ma', PASSWORD)).get('/fr/admin/users')).text;
  check(usersPage.includes(answers.email), 'the secretariat\'s list of accounts shows the newcomer');
  const hostileEmail = '"><script>alert("login")</script>@example.ma';
  for (const [path, fields] of [['/fr/login', { email: hostileEmail, password: 'x' }], ['/fr/register', { ...answers, email: hostileEmail }], ['/fr/password/forgot', { email: hostileEmail }]]) {
    const r = await newcomer.post(path, fields);
    check(r.status < 500 && !live.some((p) => p.test(r.text)), `${path} sent back with hostile text shows it escaped (${r.status})`);
  }

  const reader = await new Visitor(base, 90).token();
  const secretariat = await new Visitor(base, 91).signIn('secretariat@demo.sharaka.ma', PASSWORD);
  let pages = 0;
  let shown = 0;
  const findings = [];
  for (const [who, visitor, starts] of [['anonymous', reader, ['/fr/', '/ar/', '/fr/news', '/fr/portals', '/fr/institutions', '/fr/meetings', '/feeds/news.atom', '/feeds/meetings.atom', '/feeds/consultations.atom']], ['secretariat', secretariat, ['/fr/admin', '/fr/admin/users', '/fr/admin/institutions', '/fr/admin/news', '/fr/admin/portals', '/fr/admin/moderation']]]) {
    for (const page of await crawl(visitor, starts, 250)) {
      pages += 1;
      if (/(&lt;|&#60;)(script(&gt;|&#62;)alert|img src=x onerror|svg onload)/.test(page.text)) shown += 1;
      for (const pattern of live) if (pattern.test(page.text)) findings.push(`${who} ${page.path}: ${pattern}`);
    }
  }
  child.kill('SIGTERM');
  check(shown >= 10, `the escaped payloads show on ${shown} of ${pages} pages read`);
  check(findings.length === 0, `no payload is live markup on any of the ${pages} pages and feeds${findings.length ? `: ${findings.slice(0, 10).join('; ')}` : ''}`);
} catch (err) {
  fail(err);
}
report();
