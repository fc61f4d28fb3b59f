// A citizen on a 375 px phone, in Arabic, from the home page: find the open co-creation,
// register, confirm the address (file transport), come back to the proposal they started
// from, support it and comment. Then the number of taps from the home page to a comment form
// for a person already signed in (at most 4), the page heights of home, plan, commitment,
// consultation and dashboard in ar, fr and zgh (the consultation under 6,000 px), and the
// consultation with 10,000 comments (under 8,000 px); searching from the home page in Arabic
// (a word without its article), French and Tifinagh. axe on every page visited; screenshots
// in e2e/screenshots/phone-*.png.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, checker, axeWith, launchBrowser, latestMailLink, submitAndWait, watchdog, run } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });
const step = watchdog('phone.mjs', 20 * 60);
const { check, fail, report } = checker('phone checks');
const axe = axeWith(check);
const phone = { width: 375, height: 740 };

const browser = await launchBrowser();
const dataDir = mkdtempSync(join(tmpdir(), 'sharaka-phone-'));
const env = { SHARAKA_DATA_DIR: dataDir, SHARAKA_DATABASE_URL: '' };
const servers = [];

async function height(page) {
  return page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
}

/// Taps a link or button and waits for the page it leads to; counts the tap.
function tapper(page) {
  const taps = { count: 0 };
  taps.tap = async (selector) => {
    taps.count += 1;
    await Promise.all([page.waitForLoadState(), page.click(selector)]);
    await page.waitForLoadState();
  };
  return taps;
}

try {
  const server = await serve(18091, env);
  servers.push(server);
  const base = server.base;
  const context = await browser.newContext({ locale: 'ar-MA', viewport: phone, bypassCSP: true, hasTouch: true, isMobile: true });
  const page = await context.newPage();

  step('a newcomer in Arabic: home → open co-creation → proposal → register → confirm → back on the proposal');
  await page.goto(`${base}/ar/`);
  await axe(page, 'home (ar, phone)');
  const open = page.locator('.open-now .card-open');
  check(await open.count() >= 1, 'the home page leads with what is open now');
  const openText = await open.first().textContent();
  check(openText.includes('الإنشاء المشترك مفتوح') && openText.includes('حتى'), `the open co-creation says until when: ${openText.replace(/\s+/g, ' ').trim().slice(0, 140)}`);
  await page.screenshot({ path: join(shots, 'phone-home-ar.png'), fullPage: false });
  const newcomer = tapper(page);
  await newcomer.tap('.open-now .card-open a.button');
  check(/\/ar\/plans\/morocco-3\/proposals$/.test(page.url()), `the call to action opens the proposals (${page.url()})`);
  await newcomer.tap('main .card-list a[href^="/ar/proposals/"]');
  const proposalUrl = page.url();
  check(/\/ar\/proposals\/\d+$/.test(proposalUrl), `a proposal opens (${proposalUrl})`);
  const proposalPath = new URL(proposalUrl).pathname.replace(/^\/ar/, '');
  await newcomer.tap('main a[href*="/login?next="]');
  check(page.url().includes(`next=${encodeURIComponent(proposalPath)}`), `sign-in keeps where the person came from (${page.url()})`);
  await axe(page, 'sign-in with next (ar, phone)');
  await newcomer.tap('main a[href*="/register?next="]');
  check(page.url().includes('/ar/register?next='), `registration keeps it too (${page.url()})`);
  await page.fill('#f-name', 'هند الإدريسي');
  await page.fill('#f-email', 'hind@example.ma');
  await page.fill('#f-password', 'musharaka-2026-hind');
  await page.fill('#f-password_confirm', 'musharaka-2026-hind');
  newcomer.count += 1;
  await submitAndWait(page, 'form[action="/ar/register"] button[type=submit]');
  await axe(page, 'registered, check your mail (ar, phone)');
  const verifyLink = await latestMailLink(join(dataDir, 'mail'), '/ar/verify?token=', 'hind@example.ma');
  check(true, `the confirmation e-mail arrived (${verifyLink.replace(/token=[^&]+/, 'token=…')})`);
  const fullLink = await (async () => {
    // The link in the mail carries the proposal too.
    const { readdirSync, readFileSync } = await import('node:fs');
    const { decodeMail } = await import('./lib.mjs');
    const dir = join(dataDir, 'mail');
    for (const f of readdirSync(dir)) {
      const text = decodeMail(readFileSync(join(dir, f), 'utf8'));
      const m = text.match(/https?:\/\/\S*\/ar\/verify\?token=[A-Za-z0-9]+&next=\S+/);
      if (text.includes('hind@example.ma') && m) return m[0];
    }
    return verifyLink;
  })();
  check(fullLink.includes(`next=${encodeURIComponent(proposalPath)}`), 'the confirmation link carries the proposal');
  await page.goto(fullLink);
  await axe(page, 'address confirmed (ar, phone)');
  await newcomer.tap('main a[href*="/login"]');
  await page.fill('#f-email', 'hind@example.ma');
  await page.fill('#f-password', 'musharaka-2026-hind');
  newcomer.count += 1;
  await submitAndWait(page, 'form[action="/ar/login"] button[type=submit]');
  check(page.url() === proposalUrl, `signed in, the person is back on the proposal (${page.url()})`);
  await submitAndWait(page, `form[action="${proposalPath.replace(/^/, '/ar')}/support"] button[type=submit]`);
  check((await page.textContent('main')).includes('أنت تؤيد') || page.url().includes('notice=saved'), `the support is recorded (${page.url()})`);
  await page.fill('#f-body', 'أؤيد هذا الاقتراح، ويجب نشر المعطيات كل ثلاثة أشهر.');
  await submitAndWait(page, `form[action="${proposalPath.replace(/^/, '/ar')}/comments"] button[type=submit]`);
  check((await page.textContent('main')).includes('ويجب نشر المعطيات كل ثلاثة أشهر'), 'the comment shows on the proposal');
  await axe(page, 'proposal supported and commented (ar, phone)');
  await page.screenshot({ path: join(shots, 'phone-proposal-commented-ar.png'), fullPage: true });
  console.log(`  newcomer: ${newcomer.count} taps from the home page to a posted comment, registration and confirmation included`);

  step('taps from the home page to a comment form, signed in');
  const signedIn = tapper(page);
  await page.goto(`${base}/ar/`);
  await signedIn.tap('.open-now .card-open a.button');
  await signedIn.tap('main .card-list a[href^="/ar/proposals/"]');
  const formVisible = await page.locator('form[action$="/comments"] textarea').isVisible();
  console.log(`  signed in: ${signedIn.count} taps from the home page to a comment form`);
  check(formVisible && signedIn.count <= 4, `a signed-in person reaches a comment form in ${signedIn.count} taps (at most 4)`);

  step('page heights at 375 px');
  const anonymous = await browser.newContext({ viewport: phone, bypassCSP: true, isMobile: true, hasTouch: true });
  const reader = await anonymous.newPage();
  const pages = [
    ['home', '/'],
    ['plan', '/plans/morocco-2'],
    ['commitment', '/commitments/MO0050'],
    ['consultation', '/consultations/1'],
    ['dashboard', '/plans/morocco-2/dashboard'],
  ];
  const table = [];
  for (const locale of ['ar', 'fr', 'zgh']) {
    for (const [name, path] of pages) {
      const response = await reader.goto(`${base}/${locale}${path}`);
      check(response.status() === 200, `${name} (${locale}): status ${response.status()}`, { quiet: true });
      await axe(reader, `${name} (${locale}, phone)`);
      const h = await height(reader);
      table.push([locale, name, h]);
      if (locale === 'ar') await reader.screenshot({ path: join(shots, `phone-${name}-ar.png`), fullPage: true });
      if (name === 'dashboard') {
        // Chart labels as a phone shows them: the rendered size of every SVG text.
        const sizes = await reader.evaluate(() => [...document.querySelectorAll('svg.chart text')].map((t) => {
          const svg = t.ownerSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return parseFloat(getComputedStyle(t).fontSize) * scale;
        }));
        const smallest = Math.min(...sizes);
        console.log(`  dashboard charts (${locale}): ${sizes.length} labels, smallest ${smallest.toFixed(1)} px at 375 px`);
        check(sizes.length > 0 && smallest >= 12, `chart labels on the dashboard (${locale}) are at least 12 px at 375 px (smallest ${smallest.toFixed(1)})`);
      }
    }
  }
  for (const [locale, name, h] of table) console.log(`  height at 375 px: ${name.padEnd(12)} ${locale.padEnd(3)} ${String(h).padStart(6)} px`);
  for (const [locale, name, h] of table.filter(([, n]) => n === 'consultation')) {
    check(h < 6000, `the demo consultation in ${locale} is ${h} px tall at 375 px (under 6,000)`);
  }
  const closed = await reader.goto(`${base}/ar/consultations/1?open=MO0050`);
  check(closed.status() === 200, 'a commitment of the closed consultation unfolds');
  check(await reader.locator('main form textarea, main a[href*="?target="]').count() === 0, 'a closed consultation shows no comment links or forms');
  check(await reader.locator('#MO0050 details.place-comments').count() >= 1, 'its comments are there, folded by passage');
  await axe(reader, 'closed consultation, one commitment unfolded (ar, phone)');
  console.log(`  height at 375 px: closed consultation with MO0050 unfolded: ${await height(reader)} px`);
  await reader.screenshot({ path: join(shots, 'phone-consultation-open-commitment-ar.png'), fullPage: true });

  step('searching on a phone: Arabic without the article, French by a derived word, Tifinagh');
  for (const [locale, query, expected, name] of [
    ['ar', 'برلمان', '/ar/commitments/MO0050', 'ar'],
    ['fr', 'parlementaire', '/fr/commitments/MO0050', 'fr'],
    ['zgh', 'ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ', '/zgh/plans/morocco-2', 'zgh'],
  ]) {
    await reader.goto(`${base}/${locale}/`);
    const searching = tapper(reader);
    await searching.tap(`.main-nav a[href="/${locale}/search"]`);
    await reader.fill('#f-q', query);
    await searching.tap('form[role="search"] button[type="submit"]');
    const hits = await reader.locator('.search-results > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const rank = hits.indexOf(expected) + 1;
    const marked = await reader.locator('.search-results mark').count();
    const top = await reader.locator('.search-results').boundingBox();
    const h = await height(reader);
    console.log(`  search (${locale}) "${query}": ${hits.length} hits, ${expected} at rank ${rank}, ${marked} words marked; first hit ${Math.round(top?.y ?? -1)} px from the top, page ${h} px at 375 px; ${searching.count} taps and the words typed`);
    check(rank >= 1 && rank <= 5, `"${query}" finds ${expected} among the first five hits (rank ${rank})`);
    check(top && top.y < 740, `the results start on the first screen (${Math.round(top?.y ?? -1)} px)`);
    await axe(reader, `search results (${locale}, phone)`);
    await reader.screenshot({ path: join(shots, `phone-search-${name}.png`), fullPage: false });
  }
  const nothing = await reader.goto(`${base}/ar/search?q=${encodeURIComponent('\u200f***')}`);
  check(nothing.status() === 200 && (await reader.locator('main [role="status"]').count()) >= 1, 'a query with no word says so');

  step('a consultation with 10,000 comments');
  const bigDir = mkdtempSync(join(tmpdir(), 'sharaka-phone-big-'));
  const bigEnv = { ...process.env, SHARAKA_DATA_DIR: bigDir, SHARAKA_DATABASE_URL: `sqlite://${bigDir}/sharaka.db`, SHARAKA_SEED_DEMO: 'true' };
  run(bigEnv, ['demo']);
  run(bigEnv, ['synth', '--users', '200', '--comments', '0', '--consultation-comments', '10000']);
  const big = await serve(18092, { SHARAKA_DATA_DIR: bigDir, SHARAKA_DATABASE_URL: '' });
  servers.push(big);
  for (const [label, path] of [['folded', '/ar/consultations/1'], ['MO0050 unfolded', '/ar/consultations/1?open=MO0050'], ['one passage\'s comments, page 3', '/ar/consultations/1?show=MO0050/problem/ar/1&cpage=3']]) {
    const times = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const r = await fetch(`${big.base}${path}${path.includes('?') ? '&' : '?'}n=${i}`);
      await r.text();
      times.push(performance.now() - started);
    }
    await reader.goto(`${big.base}${path}`);
    const h = await height(reader);
    times.sort((a, b) => a - b);
    console.log(`  10,000 comments, ${label}: ${h} px at 375 px; server answer ${times.map((t) => t.toFixed(0)).join(' / ')} ms (debug build, uncached; bench/run measures the release build)`);
    check(h < 8000, `10,000 comments, ${label}: ${h} px (under 8,000)`);
    await axe(reader, `consultation with 10,000 comments, ${label}`);
  }
  await reader.screenshot({ path: join(shots, 'phone-consultation-10000-ar.png'), fullPage: true });
} catch (err) {
  fail(err);
} finally {
  for (const s of servers) s.child.kill('SIGTERM');
  await browser.close();
}
report();
