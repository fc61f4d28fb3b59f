// The JSON API against its own OpenAPI document: schemathesis (pinned, installed into
// e2e/.venv by scripts/install-deps.sh from PyPI) runs every check over every operation, read
// and write, with a real personal API token of the demo implementer, on the demo instance
// (SQLite, and PostgreSQL when SHARAKA_E2E_POSTGRES_URL is set). The run must end with zero
// failures; the number of generated cases and the time are printed. The regressions of the
// security findings themselves (HEAD ETag, Allow on 405, 413 and 401 in the request's
// language, revoked roles) are integration tests in crates/web/tests/it/ (api.rs, security.rs,
// implementation.rs).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checker, run, serve, Visitor } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { check, fail, report } = checker('API conformance checks');
const schemathesis = join(here, '.venv', 'bin', 'schemathesis');

async function conformance(label, env) {
  console.log(`schemathesis on ${label}`);
  run(env, ['demo']);
  const port = 18800 + Math.floor(Math.random() * 150);
  const { child, base } = await serve(port, env);
  try {
    const implementer = await new Visitor(base, 5).signIn('implementer@demo.sharaka.ma', 'sharaka-demo-2026');
    const form = await implementer.get('/fr/account/tokens');
    const institution = /name="institution_id"[\s\S]*?value="(\d+)"/.exec(form.text)[1];
    const created = await implementer.post('/fr/account/tokens', { name: 'schemathesis', institution_id: institution });
    const token = /(shk_[0-9a-f]+)/.exec(created.text)[1];
    // The measurements on the indicators of the token's institution, before and after: the
    // generated writes must reach the rules and land, not all stop at 401, 404 or 422.
    const measurements = async () => {
      let n = 0;
      const plans = await (await fetch(`${base}/api/v1/plans?per_page=200`)).json();
      for (const plan of plans.items) {
        const cs = await (await fetch(`${base}/api/v1/plans/${plan.id}/commitments?institution=${institution}&per_page=200`)).json();
        for (const c of cs.items) {
          const detail = await (await fetch(`${base}/api/v1/commitments/${c.code}`)).json();
          for (const i of detail.indicators) n += i.measurements.length;
        }
      }
      return n;
    };
    const before = await measurements();
    const started = Date.now();
    // Run without blocking the event loop: the keep-alive connections of `fetch` are then
    // dropped on time (a blocked loop kept one the server had closed after its header-read
    // timeout, and the next request failed with "other side closed").
    const result = await new Promise((resolve) => {
      const proc = spawn(schemathesis, [
        '--config-file', join(here, 'schemathesis.toml'),
        'run', `${base}/api/openapi.json`, '--url', base, '--checks', 'all', '--no-color', '--seed', process.env.SHARAKA_SCHEMATHESIS_SEED || '20261207',
      ], { env: { ...process.env, SHARAKA_API_TOKEN: token } });
      let stdout = '';
      let stderr = '';
      proc.stdout.on('data', (d) => { stdout += d; });
      proc.stderr.on('data', (d) => { stderr += d; });
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15 * 60 * 1000);
      proc.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
    });
    const out = `${result.stdout || ''}${result.stderr || ''}`;
    const tail = out.slice(out.indexOf('SUMMARY') >= 0 ? out.lastIndexOf('====', out.indexOf('SUMMARY')) : 0);
    console.log(result.status === 0 ? tail : out);
    const generated = /(\d+) generated/.exec(out);
    const operations = /Tested: (\d+)/.exec(out);
    console.log(`  ${label}: ${operations ? operations[1] : '?'} operations, ${generated ? generated[1] : '?'} generated cases in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    check(result.status === 0, `schemathesis on ${label}: zero failures over every operation (exit ${result.status})`);
    const after = await measurements();
    check(after > before, `generated measurements reached the rules and were stored (${before} before, ${after} after)`);
  } finally {
    child.kill('SIGTERM');
  }
}

try {
  if (!existsSync(schemathesis)) throw new Error('schemathesis is missing: run scripts/install-deps.sh');
  await conformance('SQLite', { SHARAKA_DATA_DIR: mkdtempSync(join(tmpdir(), 'sharaka-api-')) });
  const pg = process.env.SHARAKA_E2E_POSTGRES_URL;
  if (pg) {
    const name = `sharaka_api_${Date.now()}`;
    const url = new URL(pg);
    url.pathname = `/${name}`;
    execFileSync('psql', [pg, '-q', '-c', `CREATE DATABASE ${name}`]);
    try {
      await conformance('PostgreSQL', { SHARAKA_DATA_DIR: mkdtempSync(join(tmpdir(), 'sharaka-api-pg-')), SHARAKA_DATABASE_URL: url.toString() });
    } finally {
      execFileSync('psql', [pg, '-q', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
    }
  } else if (process.env.CI === 'true') {
    fail(new Error('CI=true but SHARAKA_E2E_POSTGRES_URL is not set'));
  }
} catch (err) {
  fail(err);
}
report();
