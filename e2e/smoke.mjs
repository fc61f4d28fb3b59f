// Browser smoke test: a person using Sharaka in headless Chromium.
//
// Starts the real `sharaka` binary on a fresh SQLite data folder, opens the home page in the
// four languages (checking lang/dir), registers and signs in through the real forms (reading
// the verification e-mail from the file transport), visits the back office as the demo
// secretariat, and runs axe-core on every page: any serious or critical finding fails.
// With SHARAKA_E2E_POSTGRES_URL set it also runs two server processes on one PostgreSQL
// database and checks that a session made on one works on the other.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, mkdirSync, existsSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, axeWith, visitWith, signIn, signOut, launchBrowser, latestMailLink, mailTo, Visitor, watchdog, submitAndWait } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { Validator: OpenApiValidator } = await import('@seriousme/openapi-schema-validator');
const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });

const failures = [];
const servers = [];
let checks = 0;
function check(condition, message) {
  checks += 1;
  if (!condition) {
    failures.push(message);
    console.error(`  ✗ ${message}`);
  }
}

async function startServer(port, env) {
  const { child, base } = await serve(port, env);
  servers.push(child);
  return base;
}

const axe = axeWith(check);

const visit = visitWith(check, axe, shots);

const browser = await launchBrowser();
const step = watchdog('smoke', 15 * 60);

try {
  // ---------- one server on SQLite with the demo data ----------
  const dataDir = mkdtempSync(join(tmpdir(), 'sharaka-e2e-'));
  const base = await startServer(18080, { SHARAKA_DATA_DIR: dataDir, SHARAKA_DATABASE_URL: '' });
  const context = await browser.newContext({ locale: 'ar-MA', bypassCSP: true });
  const page = await context.newPage();
  step('home page in four languages');
  for (const [code, dir] of [['ar', 'rtl'], ['fr', 'ltr'], ['en', 'ltr'], ['zgh', 'ltr']]) {
    await visit(page, `${base}/${code}/`, `/${code}/`, { screenshot: `home-${code}` });
    check(await page.getAttribute('html', 'lang') === code, `/${code}/ lang`);
    check(await page.getAttribute('html', 'dir') === dir, `/${code}/ dir`);
    const switcher = await page.locator('nav.lang-switcher a').count();
    check(switcher === 4, `/${code}/ language switcher has ${switcher} links`);
  }
  // The last language chosen is remembered (cookie) over the browser's preference.
  await page.goto(`${base}/`);
  check(await page.getAttribute('html', 'lang') === 'zgh', '/ remembers the last language chosen');
  const fresh = await browser.newContext({ locale: 'fr-MA' });
  const freshPage = await fresh.newPage();
  await freshPage.goto(`${base}/`);
  check(await freshPage.getAttribute('html', 'lang') === 'fr', '/ follows the browser language for a new visitor (fr-MA)');
  await fresh.close();

  step('public pages');
  await visit(page, `${base}/ar/institutions`, '/ar/institutions', { screenshot: 'institutions-ar' });
  await visit(page, `${base}/zgh/institutions/transparency-maroc`, 'institution with fallback', { screenshot: 'institution-fallback-zgh' });
  check(await page.locator('.untranslated').count() > 0, 'fallback is marked as not yet translated');
  await visit(page, `${base}/fr/no-such-page`, '404 page', { status: 404 });
  for (const code of ['ar', 'fr']) {
    await visit(page, `${base}/${code}/plans`, `/${code}/plans`);
    await visit(page, `${base}/${code}/plans/morocco-2`, `/${code}/plans/morocco-2`, { screenshot: `plan-${code}` });
    check(await page.locator('table a[href*="/commitments/MO00"]').count() === 8, `/${code}/plans/morocco-2 lists its 8 commitments`);
    await visit(page, `${base}/${code}/plans/morocco-2/quality`, `/${code}/plans/morocco-2/quality`, { screenshot: `quality-${code}` });
    await visit(page, `${base}/${code}/commitments/MO0012`, `/${code}/commitments/MO0012`, { screenshot: `commitment-${code}` });
    await page.click('details.full-text summary');
    await axe(page, `/${code}/commitments/MO0012 with the full text open`);
  }
  await visit(page, `${base}/ar/password/forgot`, 'forgot password');

  step('the forum register, meetings and documents (four languages)');
  await page.goto(`${base}/ar/`);
  check(await page.locator('#meetings-heading + ul.card-list > li').count() === 2, 'the home page shows the two upcoming demo meetings');
  for (const code of ['ar', 'fr', 'en', 'zgh']) {
    await visit(page, `${base}/${code}/forum`, `/${code}/forum`, { screenshot: `forum-${code}` });
    check(await page.locator('a[href$="/forum/participation-citoyenne"]').count() === 1, `/${code}/forum lists the sub-commissions`);
    await visit(page, `${base}/${code}/forum/comite-pilotage`, `/${code}/forum/comite-pilotage`, { screenshot: `body-${code}` });
    await visit(page, `${base}/${code}/meetings`, `/${code}/meetings`, { screenshot: `meetings-${code}` });
    await visit(page, `${base}/${code}/documents`, `/${code}/documents`);
  }
  await visit(page, `${base}/ar/meetings/2`, '/ar/meetings/2 (the workshop)', { screenshot: 'workshop-ar' });
  check(await page.locator('ol.recommendations > li').count() === 3, 'the workshop shows its three recommendations');
  check(await page.locator('a[href="/ar/commitments/MO0050"]').count() === 1, 'a recommendation links to its commitment');
  await visit(page, `${base}/ar/commitments/MO0050`, '/ar/commitments/MO0050 with recommendations', { screenshot: 'commitment-recommendations-ar' });
  check(await page.locator('#recommendations-heading').count() === 1, 'the commitment shows the recommendations that shaped it');
  await visit(page, `${base}/fr/documents?kind=minutes`, 'documents filtered by type');
  check(await page.locator('.document-list > li').count() === 1, 'one set of minutes');
  await visit(page, `${base}/ar/plans/morocco-3/proposals`, '/ar/plans/morocco-3/proposals (co-creation)', { screenshot: 'proposals-ar' });
  check(await page.locator('a[href^="/ar/proposals/"]').count() === 3, 'the plan in co-creation shows three proposals');
  await visit(page, `${base}/fr/proposals/1`, '/fr/proposals/1', { screenshot: 'proposal-fr' });
  const calendar = await page.request.get(`${base}/fr/meetings.ics`);
  check(calendar.headers()['content-type'].startsWith('text/calendar'), 'the calendar feed is text/calendar');

  step('register, verify and sign in through the forms (Arabic)');
  await visit(page, `${base}/ar/register`, '/ar/register');
  await page.fill('#f-name', 'أمينة بنعلي');
  await page.fill('#f-email', 'amina@example.ma');
  await page.fill('#f-password', 'tifinagh-ⵣ-2026');
  await page.fill('#f-password_confirm', 'different-2026');
  await page.click('form[action="/ar/register"] button[type=submit]');
  check(await page.locator('.error-summary').isVisible(), 'mismatched passwords show an error summary');
  check(await page.getAttribute('#f-password_confirm', 'aria-invalid') === 'true', 'the confirmation field is marked invalid');
  await axe(page, 'register with errors');
  await page.screenshot({ path: join(shots, 'register-errors-ar.png'), fullPage: true });
  await page.fill('#f-password', 'tifinagh-ⵣ-2026');
  await page.fill('#f-password_confirm', 'tifinagh-ⵣ-2026');
  await page.click('form[action="/ar/register"] button[type=submit]');
  check((await page.textContent('h1')).includes('تفقّد بريدك الإلكتروني'), 'registration asks to check the inbox');
  const verifyLink = await latestMailLink(join(dataDir, 'mail'), '/ar/verify?token=', 'amina@example.ma');
  await visit(page, verifyLink, 'verification link');
  check((await page.textContent('h1')).includes('تم تأكيد العنوان'), 'address confirmed');
  await page.goto(`${base}/ar/login`);
  await page.fill('#f-email', 'amina@example.ma');
  await page.fill('#f-password', 'tifinagh-ⵣ-2026');
  await page.click('form[action="/ar/login"] button[type=submit]');
  check(page.url().endsWith('/ar/account'), `after sign-in the account page opens (${page.url()})`);
  check((await page.textContent('main')).includes('أمينة بنعلي'), 'account page shows the name');
  await axe(page, '/ar/account');
  await page.click('form[action="/ar/logout"] button');
  check((await page.textContent('main')).includes('تم تسجيل خروجك'), 'signed out notice');

  step('a participant proposes an idea in Arabic during co-creation');
  await page.goto(`${base}/ar/login`);
  await page.fill('#f-email', 'participant@demo.sharaka.ma');
  await page.fill('#f-password', 'sharaka-demo-2026');
  await page.click('form[action="/ar/login"] button[type=submit]');
  await visit(page, `${base}/ar/plans/morocco-3/proposals`, 'proposal form (signed in)');
  await page.click('form[action="/ar/plans/morocco-3/proposals"] button[type=submit]');
  check(await page.locator('.error-summary').isVisible(), 'an empty proposal shows an error summary');
  await axe(page, 'proposal form with errors');
  await page.screenshot({ path: join(shots, 'proposal-errors-ar.png'), fullPage: true });
  await page.selectOption('#f-theme_id', { index: 2 });
  await page.fill('#f-title', 'فتح معطيات الصفقات العمومية');
  await page.fill('#f-body', 'نشر جميع الصفقات العمومية وتعديلاتها بصيغة مفتوحة.');
  await page.click('form[action="/ar/plans/morocco-3/proposals"] button[type=submit]');
  check(/\/ar\/proposals\/\d+/.test(page.url()), `the proposal page opens (${page.url()})`);
  check(await page.locator('form[action$="/support"]').count() === 0, 'an author is not offered to support their own proposal');
  check((await page.textContent('main')).includes('هذا اقتراحك'), 'the author is told others can support it');
  await visit(page, `${base}/ar/account/contributions`, '/ar/account/contributions', { screenshot: 'my-contributions-ar' });
  check((await page.textContent('main')).includes('فتح معطيات الصفقات العمومية'), 'my contributions lists the new proposal');
  await page.click('form[action="/ar/logout"] button[type=submit]');

  step('back office as the demo secretariat');
  await page.goto(`${base}/fr/login`);
  await page.fill('#f-email', 'secretariat@demo.sharaka.ma');
  await page.fill('#f-password', 'sharaka-demo-2026');
  await page.click('form[action="/fr/login"] button[type=submit]');
  for (const path of ['/ar/admin', '/ar/admin/users', '/ar/admin/institutions', '/ar/admin/institutions/new', '/fr/admin/institutions/1/edit', '/zgh/admin/users/2',
    '/ar/admin/forum', '/ar/admin/forum/4', '/fr/admin/meetings', '/ar/admin/meetings/new', '/ar/admin/meetings/2/edit', '/ar/admin/documents', '/ar/admin/news', '/fr/admin/implementation']) {
    await visit(page, `${base}${path}`, path, { screenshot: `admin-${path.replace(/\//g, '_')}` });
  }
  await page.goto(`${base}/ar/admin/institutions/new`);
  await page.click('form[action="/ar/admin/institutions"] button[type=submit]');
  check(await page.locator('.field-error').count() >= 2, 'empty institution form shows field errors');
  await axe(page, 'institution form with errors');
  await page.screenshot({ path: join(shots, 'admin-institution-errors-ar.png'), fullPage: true });

  step('forum back office: a member with a seat, a refused double chair, an upload');
  await page.goto(`${base}/ar/admin/forum/4`);
  await page.fill('#f-person_name', 'سعاد المرابط');
  await page.selectOption('#f-role', 'chair');
  await page.click('form[action="/ar/admin/forum/4/memberships"] button[type=submit]');
  check(await page.locator('.error-summary').isVisible(), 'a second chair is refused with an error summary');
  await axe(page, 'membership form with errors');
  await page.screenshot({ path: join(shots, 'admin-membership-errors-ar.png'), fullPage: true });
  await page.selectOption('#f-role', 'member');
  await page.click('form[action="/ar/admin/forum/4/memberships"] button[type=submit]');
  check((await page.textContent('main')).includes('سعاد المرابط'), 'the new member is listed');
  await page.goto(`${base}/fr/admin/documents`);
  await page.setInputFiles('#f-up-file', { name: 'compte-rendu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
  await page.selectOption('#f-up-kind', 'evidence');
  await page.fill('#f-up-title_fr', 'Compte rendu de la consultation');
  await page.click('form[action="/fr/admin/documents/upload"] button[type=submit]');
  check(page.url().includes('notice=created'), `the upload is saved (${page.url()})`);
  await page.goto(`${base}/fr/documents?kind=evidence`);
  const download = await page.request.get(`${base}${await page.getAttribute('.document-list a[download]', 'href')}`);
  check(download.status() === 200 && download.headers()['content-type'] === 'application/pdf', 'the uploaded file downloads as a PDF');
  await page.goto(`${base}/fr/admin/documents`);
  await page.setInputFiles('#f-up-file', { name: 'rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await page.fill('#f-up-title_fr', 'Faux PDF');
  await page.click('form[action="/fr/admin/documents/upload"] button[type=submit]');
  check((await page.textContent('#f-up-file-error')).length > 0, 'a PNG named .pdf is refused next to the file field');
  await axe(page, 'upload with errors');

  step('drafting a commitment and reading its history (Arabic)');
  await visit(page, `${base}/ar/admin/commitments/MO0012/edit`, 'edit adopted commitment (status only)');
  await page.selectOption('#f-status', 'draft');
  await page.click('form[action="/ar/admin/commitments/MO0012"] button[type=submit]');
  await visit(page, `${base}/ar/admin/commitments/MO0012/edit`, 'edit commitment', { screenshot: 'edit-commitment-ar' });
  await page.fill('#f-problem_ar', 'لا تُنشر وثائق الميزانية في وقتها');
  await page.click('form[action="/ar/admin/commitments/MO0012"] button[type=submit]');
  check(page.url().includes('/ar/commitments/MO0012/history'), `after saving, the history opens (${page.url()})`);
  await page.fill('#f-problem_ar', '').catch(() => {});
  await page.goto(`${base}/ar/admin/commitments/MO0012/edit`);
  await page.fill('#f-problem_ar', 'لا تُنشر وثائق الميزانية المفتوحة في وقتها');
  await page.click('form[action="/ar/admin/commitments/MO0012"] button[type=submit]');
  await axe(page, '/ar/commitments/MO0012/history');
  check(await page.locator('p.diff ins').count() >= 1, 'the history shows the added words');
  await page.screenshot({ path: join(shots, 'history-ar.png'), fullPage: true });
  await visit(page, `${base}/fr/commitments/MO0012/history`, '/fr/commitments/MO0012/history', { screenshot: 'history-fr' });

  step('public consultation in Arabic: comment on a passage, reasoned response, e-mail');
  for (const path of ['/ar/consultations/1', '/ar/plans/morocco-2/consultation-report', '/ar/admin/plans/2/contributions', '/ar/admin/plans/2/consultations', '/ar/admin/moderation', '/ar/admin/audit', '/zgh/consultations/1', '/fr/plans/morocco-2/consultation-report']) {
    await visit(page, `${base}${path}`, path, { screenshot: `consultation-${path.replace(/\//g, '_')}` });
  }
  check((await page.textContent('main')).includes('Retenue'), 'the demo report counts published responses');
  const iso = (d) => d.toISOString().slice(0, 10);
  const today = new Date();
  await page.goto(`${base}/ar/admin/plans/2/consultations`);
  await page.fill('#f-new-opens_on', iso(today));
  await page.fill('#f-new-closes_on', iso(new Date(today.getTime() + 5 * 86400000)));
  await page.click('form[action="/ar/admin/plans/2/consultations"] button[type=submit]');
  check(await page.locator('#f-new-closes_on-error').isVisible(), 'a consultation shorter than 14 days is refused next to the field');
  await axe(page, 'consultation form with errors');
  await page.fill('#f-new-closes_on', iso(new Date(today.getTime() + 20 * 86400000)));
  await page.click('form[action="/ar/admin/plans/2/consultations"] button[type=submit]');
  const consultationUrl = page.url().split('?')[0];
  check(/\/ar\/consultations\/\d+$/.test(consultationUrl), `the new consultation opens (${page.url()})`);
  await signOut(page, 'ar');

  await signIn(page, base, 'ar', 'participant@demo.sharaka.ma', 'sharaka-demo-2026');
  await visit(page, consultationUrl, 'open consultation (signed in)');
  // Commitments come folded (a table of contents on a phone); opening one shows its passages.
  await page.click('#MO0050 a[href$="?open=MO0050#MO0050"]');
  await axe(page, 'open consultation, MO0050 unfolded');
  await page.click('a[href="?target=MO0050/problem/ar/1#comment-form"]');
  check(await page.inputValue('#f-target') === 'MO0050/problem/ar/1', 'the paragraph link chooses the passage in the form');
  await page.screenshot({ path: join(shots, 'consultation-comment-form-ar.png'), fullPage: false });
  const passageComment = 'ينبغي تحديد أجل لنشر محاضر الجلسات على المنصة.';
  await page.fill('#f-body', passageComment);
  await page.click(`#comment-form form button[type=submit]`);
  check(page.url().includes('notice=created'), `the comment is saved (${page.url()})`);
  const anchored = page.locator('#p-MO0050-problem-ar-1 .comment');
  check((await anchored.count()) === 1 && (await anchored.first().textContent()).includes(passageComment), 'the comment appears under its paragraph');
  await axe(page, 'consultation with a comment');
  await page.locator('#MO0050').screenshot({ path: join(shots, 'consultation-commented-ar.png') });
  await signOut(page, 'ar');

  await signIn(page, base, 'ar', 'secretariat@demo.sharaka.ma', 'sharaka-demo-2026');
  await visit(page, `${base}/ar/admin/plans/2/contributions?status=unanswered`, 'unanswered contributions');
  await page.click('table.data a[href^="/ar/admin/contributions/"]');
  await axe(page, 'respond to a contribution');
  await page.selectOption('#f-status', 'partly-adopted');
  const justification = 'سيُضاف أجل شهر لنشر المحاضر إلى المعلم الأول.';
  await page.fill('#f-justification_ar', justification);
  await page.click('form[action$="/response"] button[type=submit]');
  check(page.url().includes('notice=saved'), `the draft response is saved (${page.url()})`);
  await page.screenshot({ path: join(shots, 'admin-respond-ar.png'), fullPage: true });
  await page.click('form[action$="/publish"] button[type=submit]');
  check(page.url().includes('notice=published'), `the response is published (${page.url()})`);
  await signOut(page, 'ar');

  await signIn(page, base, 'ar', 'participant@demo.sharaka.ma', 'sharaka-demo-2026');
  await visit(page, `${base}/ar/account/contributions`, 'my contributions with a response', { screenshot: 'my-contributions-response-ar' });
  await page.goto(`${base}/ar/commitments/MO0050`);
  await page.selectOption('form.follow-form select', 'weekly');
  await page.click('form.follow-form button[type=submit]');
  check(page.url().includes('notice=following'), `following a commitment by e-mail (${page.url()})`);
  await visit(page, `${base}/ar/account/subscriptions`, 'what I follow', { screenshot: 'follow-ar' });
  check((await page.textContent('main')).includes('MO0050'), 'the followed commitment is listed');
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${consultationUrl}?show=MO0050/problem/ar/1#p-MO0050-problem-ar-1`);
  await page.locator('#MO0050').screenshot({ path: join(shots, 'phone-consultation-response-ar.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  check((await page.textContent('main')).includes(justification), 'the participant reads the response on their page');
  const responseMail = await mailTo(join(dataDir, 'mail'), 'participant@demo.sharaka.ma', justification);
  check(responseMail !== null, 'the participant received the response by e-mail (file transport)');
  await signOut(page, 'ar');
  await signIn(page, base, 'fr', 'secretariat@demo.sharaka.ma', 'sharaka-demo-2026');

  step('implementation: an implementer reports progress with evidence; dashboards in Arabic');
  await signOut(page, 'fr');
  await signIn(page, base, 'ar', 'implementer@demo.sharaka.ma', 'sharaka-demo-2026');
  await visit(page, `${base}/ar/admin/implementation`, 'implementer desk', { screenshot: 'implementer-desk-ar' });
  await page.click('a[href$="/progress"]');
  await axe(page, 'progress form');
  await page.fill('#f-percent', '10');
  await page.fill('#f-narrative_ar', 'تأخر الربط مع أنظمة اللجان بسبب تغيير المزوّد.');
  await page.fill('#f-links', 'ftp://example.ma/x');
  await page.click('form[action$="/progress"] button[type=submit]');
  check(await page.locator('.error-summary').isVisible(), 'a lower percent without a reason and a non-web link are refused');
  await axe(page, 'progress form with errors');
  await page.screenshot({ path: join(shots, 'progress-errors-ar.png'), fullPage: true });
  await page.fill('#f-reason', 'تغيير المزوّد');
  await page.fill('#f-links', 'https://www.chambredesrepresentants.ma/');
  await page.click('form[action$="/progress"] button[type=submit]');
  check(page.url().includes('notice=saved'), `the progress report is saved (${page.url()})`);
  await visit(page, `${base}/ar/commitments/MO0050`, 'commitment with progress', { screenshot: 'commitment-progress-ar' });
  check((await page.textContent('main')).includes('تغيير المزوّد'), 'the commitment page shows the new report and its reason');
  await visit(page, `${base}/ar/account/tokens`, 'API tokens');
  await page.fill('#f-name', 'نظام الإحصاء');
  await page.click('form[action="/ar/account/tokens"] button[type=submit]');
  const apiToken = (await page.textContent('code.token')).trim();
  const apiResponse = await fetch(`${base}/api/v1/indicators/1/measurements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` },
    body: JSON.stringify({ value: '80', unit: '%', date: new Date().toISOString().slice(0, 10) }),
  });
  check(apiResponse.status === 422 || apiResponse.status === 201, `the write API answers with a token (${apiResponse.status})`);
  await signOut(page, 'ar');
  for (const path of ['/ar/plans/morocco-2/dashboard', '/fr/plans/morocco-2/dashboard', '/zgh/plans/morocco-2/dashboard', '/ar/plans/morocco-2/self-assessment', '/fr/plans/morocco-2/self-assessment', '/ar/plans/morocco-3/compliance', '/fr/plans/morocco-2/compliance', '/ar/open-data', '/zgh/open-data', '/ar/news', '/fr/news/1', '/ar/search?q=%D8%A7%D9%84%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D9%87', '/fr/search?q=societe']) {
    await visit(page, `${base}${path}`, path, { screenshot: `implementation-${path.replace(/\//g, '_')}` });
  }
  await page.goto(`${base}/ar/plans/morocco-2/dashboard`);
  check(await page.locator('svg.chart[direction="rtl"] title').count() >= 4, 'the Arabic dashboard draws titled, mirrored charts');
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${base}/fr/plans/morocco-2/self-assessment`);
  check(!(await page.locator('header').isVisible()), 'the print stylesheet hides the site header');
  await page.screenshot({ path: join(shots, 'self-assessment-print-fr.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  step('the printable plan: a print page and a PDF with Arabic in logical order');
  for (const path of ['/ar/plans/morocco-2/print', '/zgh/plans/morocco-2/print', '/fr/plans/morocco-2/print']) {
    await visit(page, `${base}${path}`, path, { screenshot: `print-${path.replace(/\//g, '_')}` });
  }
  {
    const response = await fetch(`${base}/ar/plans/morocco-2/plan.pdf`);
    check(response.status === 200 && response.headers.get('content-type') === 'application/pdf', `the Arabic PDF is served (${response.status})`);
    const pdf = join(shots, 'plan-morocco-2-ar.pdf');
    writeFileSync(pdf, Buffer.from(await response.arrayBuffer()));
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', pdf, join(shots, 'pdf-ar')]);
    const rendered = readdirSync(shots).filter((f) => f.startsWith('pdf-ar') && f.endsWith('.png'));
    check(rendered.length === 3 && rendered.every((f) => statSync(join(shots, f)).size > 5000), `the PDF renders to images (${rendered.join(', ')})`);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    const title = 'خطة العمل الوطنية الثانية للحكومة المنفتحة';
    check(text.includes(title), 'the PDF text holds the demo plan\'s Arabic title in logical order');
    check(text.includes('MO0047') && text.includes('المحتويات'), 'the PDF text holds the contents and the commitments');
  }
  step('linked portals and the embeddable progress widget');
  for (const path of ['/ar/portals', '/zgh/portals', '/fr/embed/commitments/MO0050', '/ar/embed/commitments/MO0050']) {
    await visit(page, `${base}${path}`, path, { screenshot: `portals-${path.replace(/\//g, '_')}` });
  }
  await page.goto(`${base}/ar/commitments/MO0012`);
  check(await page.locator('#portals a[rel~="external"]').count() === 2, 'MO0012 links to the two demo portals');
  {
    const badge = await fetch(`${base}/ar/embed/commitments/MO0050/badge.svg`);
    check(badge.status === 200 && (badge.headers.get('content-type') || '').startsWith('image/svg+xml'), 'the progress badge is an SVG image');
    // Another site frames the widget: the browser must allow it.
    // A ministry's page on another origin frames the widget: the browser must allow it.
    const ministry = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="fr"><title>Ministère</title><iframe id="w" title="MO0050" src="${base}/fr/embed/commitments/MO0050" width="360" height="240"></iframe></html>`);
    });
    await new Promise((resolve) => ministry.listen(0, '127.0.0.1', resolve));
    const host = await browser.newPage();
    await host.goto(`http://localhost:${ministry.address().port}/`);
    const frame = await (await host.$('#w')).contentFrame();
    await frame.waitForSelector('h1', { timeout: 10000 }).catch(() => {});
    check(await frame.locator('body.embed-widget h1 a').count() === 1, 'the widget renders inside another site\'s iframe');
    await host.screenshot({ path: join(shots, 'widget-in-another-site.png') });
    await host.close();
    ministry.close();
  }
  await signIn(page, base, 'fr', 'secretariat@demo.sharaka.ma', 'sharaka-demo-2026');
  await visit(page, `${base}/fr/admin/portals`, '/fr/admin/portals', { screenshot: 'admin-portals-fr' });

  step('the OpenAPI document is valid OpenAPI 3.1');
  {
    const spec = await (await fetch(`${base}/api/openapi.json`)).json();
    const validator = new OpenApiValidator();
    const result = await validator.validate(spec);
    if (!result.valid) console.error(JSON.stringify(result.errors, null, 2).slice(0, 2000));
    check(result.valid && validator.version === '3.1', `OpenAPI document valid (version ${validator.version})`);
  }

  step('phone-sized screen in Arabic');
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'ar', bypassCSP: true });
  const phonePage = await phone.newPage();
  await visit(phonePage, `${base}/ar/`, 'phone /ar/', { screenshot: 'phone-home-ar' });
  const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
  await visit(phonePage, `${base}/ar/register`, 'phone /ar/register', { screenshot: 'phone-register-ar' });
  for (const path of ['/ar/forum/comite-pilotage', '/ar/meetings/2', '/ar/documents', '/ar/consultations/1', '/ar/plans/morocco-2/consultation-report', '/ar/account/contributions', '/ar/plans/morocco-2/dashboard', '/ar/commitments/MO0050']) {
    await visit(phonePage, `${base}${path}`, `phone ${path}`, { screenshot: `phone-${path.replace(/\//g, '_')}` });
    const wide = await phonePage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(wide <= 0, `no horizontal scrolling on a phone for ${path} (overflow ${wide}px)`);
  }
  await phone.close();
  await context.close();

  // ---------- two server processes on one PostgreSQL database ----------
  const pgUrl = process.env.SHARAKA_E2E_POSTGRES_URL;
  if (pgUrl) {
    step('two servers on one PostgreSQL database');
    const dbName = `sharaka_e2e_${Date.now()}`;
    execFileSync('psql', [pgUrl, '-q', '-c', `CREATE DATABASE ${dbName}`]);
    const url = new URL(pgUrl);
    url.pathname = `/${dbName}`;
    const env = { SHARAKA_DATABASE_URL: url.toString(), SHARAKA_SEED_DEMO: 'true', SHARAKA_DATA_DIR: mkdtempSync(join(tmpdir(), 'sharaka-pg-')) };
    const a = await startServer(18081, env);
    const b = await startServer(18082, env);
    const ctx = await browser.newContext({ bypassCSP: true });
    const p = await ctx.newPage();
    await p.goto(`${a}/en/login`);
    await p.fill('#f-email', 'secretariat@demo.sharaka.ma');
    await p.fill('#f-password', 'sharaka-demo-2026');
    await p.click('form[action="/en/login"] button[type=submit]');
    check(p.url() === `${a}/en/admin`, `signed in on server A, the secretariat lands on the back office (${p.url()})`);
    // Cookies belong to the host, not the port: the same browser now asks server B.
    const r = await p.goto(`${b}/en/admin/users`);
    check(r.status() === 200, `server B accepts the session made by server A (status ${r.status()})`);
    check((await p.textContent('main')).includes('secretariat@demo.sharaka.ma'), 'server B shows the back office');
    await p.click('form[action="/en/logout"] button');
    const after = await p.goto(`${a}/en/account`);
    check(after.url().includes('/en/login'), 'signing out on B ends the session on A');

    step('  two servers: a write through A drops the page B keeps');
    // A page kept by B is dropped when A writes (LISTEN/NOTIFY between the processes).
    const anon = async (base, path) => { const r = await fetch(`${base}${path}`); return { cache: r.headers.get('x-sharaka-cache'), text: await r.text() }; };
    await anon(b, '/en/portals');
    check((await anon(b, '/en/portals')).cache === 'hit', 'server B keeps the anonymous portals page');
    await signIn(p, a, 'en', 'secretariat@demo.sharaka.ma', 'sharaka-demo-2026');
    await p.goto(`${a}/en/admin/portals`);
    await p.selectOption('#f-kind', 'budget');
    await p.fill('#f-name_en', 'Citizen budget portal (two-node check)');
    await p.fill('#f-url', 'https://budget.example.ma');
    const written = Date.now();
    await submitAndWait(p, 'form[action="/en/admin/portals"] button[type=submit]');
    let seenAfter = null;
    for (let i = 0; i < 40 && seenAfter === null; i += 1) {
      if ((await anon(b, '/en/portals')).text.includes('Citizen budget portal (two-node check)')) seenAfter = Date.now() - written;
      else await new Promise((r) => setTimeout(r, 50));
    }
    check(seenAfter !== null && seenAfter < 2000, `a write through A shows on B's kept page at once (${seenAfter} ms after the click)`);

    step('  two servers: each queued e-mail sent once');
    // Both mail workers run on one outbox: each message goes out once.
    const mailDir = join(env.SHARAKA_DATA_DIR, 'mail');
    const before = existsSync(mailDir) ? readdirSync(mailDir).length : 0;
    // Plain HTTP visitors, each waiting for its answer: a browser page closed right after
    // its click could cancel the request it had just sent.
    for (const [n, base] of [a, b, a].entries()) {
      const visitor = await new Visitor(base, 40 + n).token();
      const r = await visitor.post('/en/password/forgot', { email: 'participant@demo.sharaka.ma' });
      check(r.status === 200, `password reset asked on ${base}: status ${r.status}`);
    }
    let sent = 0;
    for (let i = 0; i < 100 && sent < 3; i += 1) {
      sent = (existsSync(mailDir) ? readdirSync(mailDir).length : 0) - before;
      if (sent < 3) await new Promise((r) => setTimeout(r, 100));
    }
    // Give a duplicate every chance to appear: both workers poll at least every 30 s, and
    // each wakes at once for its own messages; a second delivery would come within a tick.
    await new Promise((r) => setTimeout(r, 1500));
    sent = (existsSync(mailDir) ? readdirSync(mailDir).length : 0) - before;
    check(sent === 3, `three reset e-mails queued on two servers, ${sent} delivered`);
    await ctx.close();
    execFileSync('psql', [pgUrl, '-q', '-c', `SELECT 1`]);
    console.log('  two-process session, cache and mail checks done');
  } else if (process.env.CI === 'true') {
    check(false, 'CI=true but SHARAKA_E2E_POSTGRES_URL is not set');
  }
} catch (err) {
  failures.push(String(err && err.stack || err));
  console.error(err);
} finally {
  await browser.close();
  for (const s of servers) s.kill('SIGTERM');
}

console.log(`${checks} browser checks, ${failures.length} failed; screenshots in ${shots}`);
process.exit(failures.length === 0 ? 0 : 1);
