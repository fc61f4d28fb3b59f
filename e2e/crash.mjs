// Crash test: nothing acknowledged is lost.
//
// On SQLite, and on PostgreSQL when SHARAKA_E2E_POSTGRES_URL is set: signed-in participants
// post comments as fast as the server takes them; while they do, `sharaka backup` runs
// (online) and the server is killed with SIGKILL. After a restart, every comment the server
// acknowledged (a 303 to the new comment) must be there with its text, and the backup taken
// under load must restore into an empty database (its foreign keys hold: one snapshot).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checker, run, runAsync, serve, Visitor, backupRows } from './lib.mjs';

const USERS = 40;
const KILL_AFTER = 150; // acknowledged comments before the kill
const { check, fail, report } = checker('crash checks');

async function crashTest(label, env, freshEnv) {
  console.log(`crash test on ${label}`);
  run(env, ['demo']);
  run(env, ['synth', '--users', String(USERS), '--comments', '0']);
  const port = 18300 + Math.floor(Math.random() * 500);
  let server = await serve(port, env);
  const proposal = /\/fr\/proposals\/(\d+)/.exec(await (await fetch(`${server.base}/fr/plans/morocco-3/proposals`)).text())[1];
  const sessions = await Promise.all(Array.from({ length: USERS }, (_, n) => new Visitor(server.base, n).signIn(`participant-${n}@synth.sharaka.test`, 'sharaka-bench-2026')));

  const acknowledged = new Map(); // comment id → text
  let killed = false;
  let backup = null;
  const backupFile = join(env.SHARAKA_DATA_DIR, 'under-load.backup');
  const worker = async (s, w) => {
    for (let i = 0; !killed; i += 1) {
      const text = `Crash test comment ${w}-${i} ${'ⴰ'.repeat(i % 5)} تعليق`;
      try {
        const r = await s.post(`/fr/proposals/${proposal}/comments`, { body: text, idempotency_key: `crash-${w}-${i}-${Math.random()}`, website: '' });
        const m = /notice=(created|pending)&comment=(\d+)#c-\2$/.exec(r.location);
        if (r.status === 303 && m) acknowledged.set(Number(m[2]), text);
        else if (r.status === 429) return; // this participant reached the hourly limit
      } catch { return; } // the server is gone
      if (!killed && acknowledged.size >= KILL_AFTER / 3 && backup === null) backup = runAsync(env, ['backup', '--out', backupFile]);
      if (!killed && acknowledged.size >= KILL_AFTER) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(sessions.map((s, w) => worker(s, w)));
  if (!killed) server.child.kill('SIGKILL');
  await new Promise((r) => (server.child.exitCode !== null || server.child.signalCode ? r() : server.child.on('exit', r)));
  check(server.child.signalCode === 'SIGKILL', `${label}: the server was killed with SIGKILL under load (${acknowledged.size} comments acknowledged)`);
  check(acknowledged.size >= KILL_AFTER / 2, `${label}: enough comments were acknowledged before the kill to mean something (${acknowledged.size})`);
  const backedUp = backup ? await backup : { code: -1, err: 'never started' };
  check(backedUp.code === 0, `${label}: an online backup taken under load succeeded ${backedUp.err.trim()}`);

  server = await serve(port, env);
  const after = join(env.SHARAKA_DATA_DIR, 'after.backup');
  run(env, ['backup', '--out', after]);
  const stored = new Map(backupRows(after, 'contributions').map((c) => [c.id, c.body]));
  const missing = [...acknowledged].filter(([id, text]) => stored.get(id) !== text);
  check(missing.length === 0, `${label}: every acknowledged comment is there after the restart (${acknowledged.size - missing.length}/${acknowledged.size})${missing.length ? ` missing ${missing.slice(0, 5).map(([id]) => id)}` : ''}`);
  const page = await fetch(`${server.base}/fr/proposals/${proposal}`);
  check(page.status === 200, `${label}: the proposal page answers after the restart (${page.status})`);
  server.child.kill('SIGTERM');

  if (backedUp.code === 0) {
    run(freshEnv, ['migrate']);
    const restored = await runAsync(freshEnv, ['restore', backupFile]);
    check(restored.code === 0, `${label}: the backup taken under load restores into an empty database ${restored.err.trim()}`);
  }
}

try {
  const dir = mkdtempSync(join(tmpdir(), 'sharaka-crash-'));
  await crashTest('SQLite', { SHARAKA_DATA_DIR: join(dir, 'sqlite'), SHARAKA_TRUST_FORWARDED_FOR: 'true' }, { SHARAKA_DATA_DIR: join(dir, 'sqlite-restored') });

  const pgUrl = process.env.SHARAKA_E2E_POSTGRES_URL;
  if (pgUrl) {
    const url = (name) => { const u = new URL(pgUrl); u.pathname = `/${name}`; return u.toString(); };
    const names = [`sharaka_crash_${Date.now()}`, `sharaka_crash_${Date.now()}_restored`];
    for (const name of names) execFileSync('psql', [pgUrl, '-q', '-c', `CREATE DATABASE ${name}`]);
    await crashTest(
      'PostgreSQL',
      { SHARAKA_DATABASE_URL: url(names[0]), SHARAKA_DATA_DIR: join(dir, 'pg'), SHARAKA_TRUST_FORWARDED_FOR: 'true' },
      { SHARAKA_DATABASE_URL: url(names[1]), SHARAKA_DATA_DIR: join(dir, 'pg-restored') },
    );
    for (const name of names) execFileSync('psql', [pgUrl, '-q', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  } else if (process.env.CI === 'true') {
    check(false, 'CI=true but SHARAKA_E2E_POSTGRES_URL is not set');
  }
} catch (err) {
  fail(err);
}
report();
