// Authorisation matrix: every route of the router × every kind of visitor, against the demo.
//
// The routes are read from the router (crates/web/src/router/*.rs and the API's routes), so a new route is in the matrix the day
// it is added. Each visitor (anonymous, a citizen, a participant, the demo implementer, an
// implementer of another institution, a moderator, a reviewer, the secretariat) sends every
// route one request: GETs as they are, POSTs with a valid CSRF token and an empty form. The
// outcome is classed as allowed / login / denied / missing, compared with the committed
// e2e/authorization-matrix.txt (UPDATE_MATRIX=1 rewrites it after a reviewed change), and
// checked against rules that must hold whatever the file says: nothing ever answers 5xx,
// no back-office or account route lets an anonymous visitor or a participant in, another
// institution's implementer cannot report progress on this institution's milestones, and the
// secretariat reaches every back-office page.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checker, run, serve, Visitor, backupRows } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { check, fail, report } = checker('authorisation checks');
const PASSWORD = 'sharaka-demo-2026';

/// `[method, path]` for every route in the router (paths without the locale prefix): the page
/// sub-routers in crates/web/src/router/*.rs, and the JSON API's routes, each declared with its
/// OpenAPI operation beside its handler in crates/web/src/controllers/api/*.rs.
function routes() {
  const dir = join(here, '..', 'crates', 'web', 'src');
  const found = [];
  const re = /\.route\(\s*"([^"]+)",([\s\S]*?)\)\s*(?=\.route|\.layer|\.merge|;|\n\s*\}|\n\s*\/\/)/g;
  // The sub-routers, and the API's own router (its OpenAPI document's address).
  const routers = readdirSync(join(dir, 'router')).filter((f) => f.endsWith('.rs')).map((f) => join(dir, 'router', f));
  for (const file of [...routers, join(dir, 'controllers', 'api', 'mod.rs')]) {
    const body = readFileSync(file, 'utf8');
    for (const m of body.matchAll(re)) {
      for (const method of ['get', 'post']) if (new RegExp(`(^|[^_a-z])${method}\\(`).test(m[2])) found.push([method.toUpperCase(), m[1]]);
    }
  }
  for (const file of readdirSync(join(dir, 'controllers', 'api')).filter((f) => f.endsWith('.rs'))) {
    const api = readFileSync(join(dir, 'controllers', 'api', file), 'utf8');
    for (const m of api.matchAll(/path:\s*"([^"]+)",\s*method:\s*"(get|post)"/g)) found.push([m[2].toUpperCase(), m[1]]);
  }
  return found;
}

/// A path with its parameters filled from the demo data.
function fill(path, ids) {
  const kind = (p) => {
    if (p.startsWith('/admin/plans/')) return 'planId';
    if (p.startsWith('/admin/users/') && p.includes('{grant}')) return 'user';
    const first = p.split('/').filter(Boolean);
    const key = first[0] === 'admin' ? first[1] : first[0] === 'api' ? first[2] : first[0];
    return key;
  };
  const k = kind(path);
  return path
    .replace('{plan}', ids.planSlug)
    .replace('{code}', ids.code)
    .replace('{slug}', k === 'forum' ? ids.bodySlug : ids.institutionSlug)
    .replace('{grant}', ids.grant)
    .replace('{file}', k === 'feeds' && path.includes('plans') ? `${ids.planSlug}.atom` : `${ids.code}.atom`)
    .replace('{id}', String(ids[k] ?? 999999));
}

function outcome(r) {
  if (r.status >= 500) return `error ${r.status}`;
  if (r.status === 303 && r.location.includes('/login')) return 'login';
  if (r.status === 401 || r.status === 403) return 'denied';
  if (r.status === 404) return 'missing';
  return 'allowed';
}

try {
  const dir = mkdtempSync(join(tmpdir(), 'sharaka-authz-'));
  const env = { SHARAKA_DATA_DIR: dir, SHARAKA_TRUST_FORWARDED_FOR: 'true' };
  run(env, ['demo']);
  run(env, ['synth', '--users', '4', '--comments', '0']);
  run(env, ['backup', '--out', join(dir, 'demo.backup')]);
  const rows = (t) => backupRows(join(dir, 'demo.backup'), t);
  const first = (t, where = () => true) => (rows(t).find(where) || {}).id;

  const own = 1; // the demo implementer's institutions are 1 and 4
  const other = rows('institutions').find((i) => i.slug === 'ministere-economie-finances').id;
  const commitments = rows('commitments');
  const ownCommitment = commitments.find((c) => c.lead_institution_id === 4);
  const milestone = rows('milestones').find((m) => m.commitment_id === ownCommitment.id) || rows('milestones')[0];
  const indicator = rows('indicators')[0];
  const users = rows('users');
  const ids = {
    planSlug: 'morocco-3', code: ownCommitment.code, bodySlug: rows('bodies')[0].slug, institutionSlug: rows('institutions')[0].slug,
    planId: rows('plans').find((p) => p.slug === 'morocco-3').id,
    grant: rows('role_grants').find((g) => g.role === 'implementer').id,
    proposals: first('contributions', (c) => c.kind === 'proposal'),
    contributions: first('contributions', (c) => c.kind === 'comment'),
    consultations: first('consultations'),
    progress: first('progress_updates'), measurements: first('measurement_reports'),
    indicators: indicator && indicator.id, milestones: milestone.id,
    meetings: first('meetings'), documents: first('documents'), news: first('news_posts'), portals: first('portals'),
    users: users.find((u) => u.email === 'participant@demo.sharaka.ma').id, user: users.find((u) => u.email === 'implementer@demo.sharaka.ma').id,
    institutions: own, forum: first('bodies'), memberships: first('memberships'), recommendations: first('recommendations'),
    people: first('people'), communication: first('communication_actions'),
  };
  ids.account = 999999;

  const { child, base } = await serve(18400 + Math.floor(Math.random() * 400), env);
  const visitors = [];
  const add = async (label, email, n) => visitors.push([label, email ? await new Visitor(base, n).signIn(email, email.includes('synth') ? 'sharaka-bench-2026' : PASSWORD) : await new Visitor(base, n).token()]);
  await add('anonymous', null, 1);
  await add('citizen', 'citizen@demo.sharaka.ma', 2);
  await add('participant', 'participant@demo.sharaka.ma', 3);
  await add('implementer', 'implementer@demo.sharaka.ma', 4);
  const secretariat = await new Visitor(base, 9).signIn('secretariat@demo.sharaka.ma', PASSWORD);
  const grant = async (email, role, scope) => {
    const id = users.find((u) => u.email === email).id;
    const r = await secretariat.post(`/fr/admin/users/${id}/grants`, { role, scope });
    if (r.status !== 303) throw new Error(`granting ${role} to ${email}: ${r.status}`);
  };
  await grant('participant-0@synth.sharaka.test', 'implementer', `institution:${other}`);
  await grant('participant-1@synth.sharaka.test', 'moderator', 'global');
  await grant('participant-2@synth.sharaka.test', 'reviewer', 'global');
  await add('other implementer', 'participant-0@synth.sharaka.test', 5);
  await add('moderator', 'participant-1@synth.sharaka.test', 6);
  await add('reviewer', 'participant-2@synth.sharaka.test', 7);
  visitors.push(['secretariat', secretariat]);

  // Signing out last, so every other route is asked with the session.
  const all = routes().sort(([, a], [, b]) => (a === '/logout') - (b === '/logout'));
  check(all.length >= 130, `routes read from the router (${all.length})`);
  const matrix = new Map(); // "METHOD path" → outcome per visitor
  for (const [label, visitor] of visitors) {
    for (const [method, path] of all) {
      const url = /^\/(api|feeds|static|healthz)/.test(path) ? fill(path, ids) : `/fr${fill(path, ids)}`;
      const r = method === 'GET' ? await visitor.get(url) : await visitor.post(url);
      const key = `${method} ${path}`;
      if (!matrix.has(key)) matrix.set(key, []);
      matrix.get(key).push(outcome(r));
    }
  }
  child.kill('SIGTERM');

  const labels = visitors.map(([l]) => l);
  const table = [`# route | ${labels.join(' | ')}`, ...[...matrix].map(([k, v]) => `${k} | ${v.join(' | ')}`)].join('\n') + '\n';
  const file = join(here, 'authorization-matrix.txt');
  if (process.env.UPDATE_MATRIX === '1') writeFileSync(file, table);
  const expected = readFileSync(file, 'utf8');
  const diff = table.split('\n').filter((l) => !expected.split('\n').includes(l));
  check(diff.length === 0, `the matrix matches e2e/authorization-matrix.txt${diff.length ? `; changed rows:\n    ${diff.join('\n    ')}` : ''}`);

  const at = (key, label) => matrix.get(key)[labels.indexOf(label)];
  const errors = [...matrix].flatMap(([k, v]) => v.map((o, i) => [k, labels[i], o])).filter(([, , o]) => o.startsWith('error'));
  check(errors.length === 0, `no route answers 5xx to anyone${errors.length ? `: ${errors.slice(0, 8).map((e) => e.join(' ')).join('; ')}` : ''}`);
  const closed = [...matrix.keys()].filter((k) => / \/(admin|account)/.test(k));
  for (const label of ['anonymous', 'citizen', 'participant']) {
    const open = closed.filter((k) => at(k, label) === 'allowed' && (label === 'anonymous' || k.includes('/admin')));
    check(open.length === 0, `${label}: no back-office${label === 'anonymous' ? ' or account' : ''} route lets them in${open.length ? `: ${open.join(', ')}` : ''}`);
  }
  for (const key of ['GET /admin/milestones/{id}/progress', 'POST /admin/milestones/{id}/progress', 'GET /admin/indicators/{id}/measure', 'POST /admin/indicators/{id}/measure']) {
    check(at(key, 'other implementer') === 'denied', `another institution's implementer is refused: ${key} (${at(key, 'other implementer')})`);
    check(at(key, 'implementer') === 'allowed', `the institution's own implementer gets in: ${key} (${at(key, 'implementer')})`);
  }
  // By rule, not oversight: an adopted plan's commitments keep their design (only their
  // status moves), and assessments are the independent reviewers' alone.
  const byRule = ['/admin/commitments/{code}/milestones/new', '/admin/commitments/{code}/indicators/new', '/admin/milestones/{id}/edit', '/admin/indicators/{id}/edit', '/admin/commitments/{code}/assessment'];
  // The API's writes take a bearer token and no CSRF token: a session cookie must not do.
  const apiWrites = [...matrix.keys()].filter((k) => k.startsWith('POST /api/'));
  check(apiWrites.length >= 2, `API writes in the matrix (${apiWrites.length})`);
  for (const key of apiWrites) {
    const let_in = labels.filter((l) => at(key, l) !== 'denied');
    check(let_in.length === 0, `${key} refuses a signed-in browser's cookie${let_in.length ? `: ${let_in.join(', ')} got ${let_in.map((l) => at(key, l)).join(', ')}` : ''}`);
  }
  const shut = [...matrix.keys()].filter((k) => k.startsWith('GET /admin') && !byRule.includes(k.slice(4)) && !['allowed', 'missing'].includes(at(k, 'secretariat')));
  check(shut.length === 0, `the secretariat reaches every back-office page${shut.length ? `: ${shut.join(', ')}` : ''}`);
} catch (err) {
  fail(err);
}
report();
