// The main journeys in French, as the smoke test runs them in Arabic, plus following a
// commitment and leaving through the e-mail's unsubscribe link, and axe-core on every
// back-office page in the four languages.
//
// On a fresh SQLite data folder with the demo: a newcomer registers (with a mistake first),
// confirms the address from the e-mail and proposes an idea; a participant comments on the
// proposal and on one passage of an open consultation; the secretariat answers the comment
// with reasons and publishes; the participant follows MO0050 (news as it happens, checked hourly); the implementer reports
// progress with evidence on it; the server restarts, its mail worker sends the follower's
// news, and the unsubscribe link in that e-mail ends the subscription.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, checker, axeWith, visitWith, signIn, signOut, launchBrowser, latestMailLink, mailTo, submitAndWait } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });
const { check, fail, report } = checker('journey checks');
const axe = axeWith(check);
const demoPassword = 'sharaka-demo-2026';
const iso = (d) => d.toISOString().slice(0, 10);

const browser = await launchBrowser();
const dataDir = mkdtempSync(join(tmpdir(), 'sharaka-journeys-'));
const env = { SHARAKA_DATA_DIR: dataDir, SHARAKA_DATABASE_URL: '' };
const mailDir = join(dataDir, 'mail');
let server = null;

const visit = visitWith(check, axe, shots);

try {
  server = await serve(18085, env);
  let base = server.base;
  const context = await browser.newContext({ locale: 'fr-MA', bypassCSP: true });
  const page = await context.newPage();

  console.log('register, confirm and propose (French)');
  await visit(page, `${base}/fr/register`, '/fr/register');
  await page.fill('#f-name', 'Salma Idrissi');
  await page.fill('#f-email', 'salma@example.ma');
  await page.fill('#f-password', 'participation-2026');
  await page.fill('#f-password_confirm', 'participation-2027');
  await page.click('form[action="/fr/register"] button[type=submit]');
  check(await page.locator('.error-summary').isVisible(), 'mismatched passwords are explained above the form');
  check((await page.textContent('.error-summary')).includes('Les deux mots de passe ne correspondent pas'), 'the explanation is in French');
  await axe(page, 'register with errors (fr)');
  await page.fill('#f-password', 'participation-2026');
  await page.fill('#f-password_confirm', 'participation-2026');
  await page.click('form[action="/fr/register"] button[type=submit]');
  const verifyLink = await latestMailLink(mailDir, '/fr/verify?token=', 'salma@example.ma');
  check(verifyLink.includes('/fr/verify'), 'the confirmation e-mail links to the French page');
  await visit(page, verifyLink, 'verification link (fr)');
  await signIn(page, base, 'fr', 'salma@example.ma', 'participation-2026');
  check(page.url().endsWith('/fr/account'), `signed in, the account page opens (${page.url()})`);
  await visit(page, `${base}/fr/plans/morocco-3/proposals`, 'proposals (fr, signed in)');
  await page.selectOption('#f-theme_id', { index: 1 });
  await page.fill('#f-title', 'Publier les marchés publics en données ouvertes');
  await page.fill('#f-body', 'Chaque marché, ses avenants et ses paiements, au format ouvert, dans le mois.');
  await page.click('form[action="/fr/plans/morocco-3/proposals"] button[type=submit]');
  const proposalUrl = page.url().split('?')[0];
  check(/\/fr\/proposals\/\d+$/.test(proposalUrl), `the proposal page opens (${page.url()})`);
  await signOut(page, 'fr');

  console.log('comment on the proposal and on a passage of a consultation (French)');
  await signIn(page, base, 'fr', 'participant@demo.sharaka.ma', demoPassword);
  await page.goto(proposalUrl);
  await page.fill('#f-body', 'Oui, et avec les noms des entreprises retenues.');
  await page.click('form[action$="/comments"] button[type=submit]');
  check(page.url().includes('notice=created') && page.url().includes('comment='), `the comment is saved and its page opens (${page.url()})`);
  check((await page.textContent('#comments')).includes('avec les noms des entreprises retenues'), 'the comment shows in the discussion');
  await axe(page, 'proposal with a comment (fr)');
  await signOut(page, 'fr');

  console.log('an official replies with their badge; an official name cannot be borrowed (Arabic on a 375 px phone, French)');
  await signIn(page, base, 'fr', 'implementer@demo.sharaka.ma', demoPassword);
  await page.goto(proposalUrl);
  await page.fill('#f-body', 'Le ministère publiera ces données chaque trimestre, à partir du prochain.');
  await page.click('form[action$="/comments"] button[type=submit]');
  check(page.url().includes('notice=created'), `the implementer's reply is saved (${page.url()})`);
  await signOut(page, 'fr');
  const phone = await browser.newContext({ locale: 'ar-MA', viewport: { width: 375, height: 740 }, bypassCSP: true });
  const phonePage = await phone.newPage();
  await phonePage.goto(proposalUrl.replace('/fr/', '/ar/'));
  const badge = phonePage.locator('#comments .badge-official');
  const badges = await badge.allTextContents();
  check(badges.length === 1 && badges[0].includes('مسؤول عن التنفيذ'), `one official badge in the discussion, the implementer's (${badges.join(' | ')})`);
  await badge.first().scrollIntoViewIfNeeded();
  const box = await badge.first().boundingBox();
  check(box !== null && box.x >= 0 && box.x + box.width <= 375, `the badge fits the 375 px screen (${box && Math.round(box.x)}–${box && Math.round(box.x + box.width)} px)`);
  await phonePage.screenshot({ path: join(shots, 'journey-official-badge-ar-375.png') });
  await axe(phonePage, 'proposal with an official reply (ar, 375 px)');
  await phone.close();
  await page.goto(`${base}/fr/register`);
  await page.fill('#f-name', 'Secrétariat OGP Maroc');
  await page.fill('#f-email', 'imposteur@example.ma');
  await page.fill('#f-password', 'participation-2026');
  await page.fill('#f-password_confirm', 'participation-2026');
  await page.click('form[action="/fr/register"] button[type=submit]');
  check((await page.textContent('.error-summary') || '').includes('Ce nom ressemble à celui d'), 'a newcomer cannot register under the secretariat\'s name, and is told why');

  const today = new Date();
  await signIn(page, base, 'fr', 'secretariat@demo.sharaka.ma', demoPassword);
  await page.goto(`${base}/fr/admin/plans/2/consultations`);
  await page.fill('#f-new-opens_on', iso(today));
  await page.fill('#f-new-closes_on', iso(new Date(today.getTime() + 20 * 86400000)));
  await page.click('form[action="/fr/admin/plans/2/consultations"] button[type=submit]');
  const consultationUrl = page.url().split('?')[0];
  check(/\/fr\/consultations\/\d+$/.test(consultationUrl), `the consultation opens (${page.url()})`);
  await signOut(page, 'fr');

  await signIn(page, base, 'fr', 'participant@demo.sharaka.ma', demoPassword);
  await page.goto(`${consultationUrl}?open=MO0050`);
  const passage = page.locator('a[href^="?target=MO0050/"]').first();
  const target = (await passage.getAttribute('href')).replace('?target=', '').replace('#comment-form', '');
  await passage.click();
  check(await page.inputValue('#f-target') === target, `the passage link chooses ${target} in the form`);
  const remark = 'Il faut un délai pour publier les procès-verbaux des séances.';
  await page.fill('#f-body', remark);
  await page.click('#comment-form form button[type=submit]');
  check(page.url().includes('notice=created'), `the comment on the passage is saved (${page.url()})`);
  await axe(page, 'consultation with a comment (fr)');
  await page.screenshot({ path: join(shots, 'journey-consultation-fr.png'), fullPage: true });

  console.log('follow MO0050 by e-mail, as news happens (French)');
  await page.goto(`${base}/fr/commitments/MO0050`);
  await page.selectOption('form.follow-form select', 'immediate');
  await page.click('form.follow-form button[type=submit]');
  check(page.url().includes('notice=following'), `following MO0050 (${page.url()})`);
  await visit(page, `${base}/fr/account/subscriptions`, 'what I follow (fr)');
  check((await page.textContent('main')).includes('MO0050'), 'MO0050 is listed among what I follow');
  await signOut(page, 'fr');

  console.log('the secretariat answers with reasons (French)');
  await signIn(page, base, 'fr', 'secretariat@demo.sharaka.ma', demoPassword);
  await visit(page, `${base}/fr/admin/plans/2/contributions?status=unanswered`, 'unanswered contributions (fr)');
  await page.click('table.data a[href^="/fr/admin/contributions/"]');
  await axe(page, 'respond to a contribution (fr)');
  await page.selectOption('#f-status', 'adopted');
  const reasons = 'Le délai d\'un mois est ajouté au premier jalon.';
  await page.fill('#f-justification_fr', reasons);
  await page.click('form[action$="/response"] button[type=submit]');
  check(page.url().includes('notice=saved'), `the draft answer is saved (${page.url()})`);
  await page.click('form[action$="/publish"] button[type=submit]');
  check(page.url().includes('notice=published'), `the answer is published (${page.url()})`);
  await signOut(page, 'fr');
  const answered = await mailTo(mailDir, 'participant@demo.sharaka.ma', reasons);
  check(answered !== null, 'the participant receives the reasoned answer by e-mail');

  console.log('the implementer reports progress with evidence (French)');
  await signIn(page, base, 'fr', 'implementer@demo.sharaka.ma', demoPassword);
  await visit(page, `${base}/fr/admin/implementation`, 'implementer desk (fr)');
  await page.click('a[href$="/progress"]');
  await page.fill('#f-percent', '10');
  await page.fill('#f-narrative_fr', 'Le raccordement aux systèmes des commissions a pris du retard.');
  await page.fill('#f-links', 'ftp://example.ma/x');
  await page.click('form[action$="/progress"] button[type=submit]');
  check(await page.locator('.error-summary').isVisible(), 'a lower percent without reason and a non-web link are refused');
  check((await page.textContent('.error-summary')).length > 0, 'the refusal is explained');
  await axe(page, 'progress form with errors (fr)');
  await page.fill('#f-reason', 'Changement de prestataire');
  await page.fill('#f-links', 'https://www.chambredesrepresentants.ma/');
  await page.click('form[action$="/progress"] button[type=submit]');
  check(page.url().includes('notice=saved'), `the progress report is saved (${page.url()})`);
  await visit(page, `${base}/fr/commitments/MO0050`, 'commitment with progress (fr)', { screenshot: 'journey-progress-fr' });
  check((await page.textContent('main')).includes('Changement de prestataire'), 'the commitment shows the report and its reason');
  check(await page.locator('main a[href="https://www.chambredesrepresentants.ma/"]').count() >= 1, 'the evidence link is shown');
  await signOut(page, 'fr');

  console.log('the follower\'s e-mail and its unsubscribe link');
  // The mail worker looks for followers' news when it starts, then hourly: a restart is the
  // hour passing.
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  server = await serve(18085, env);
  base = server.base;
  // The e-mail is in the follower's language (the demo participant reads Arabic), whatever
  // the language of the page they followed from; the implementer's narrative is as written.
  const narrative = 'Le raccordement aux systèmes des commissions';
  const news = await mailTo(mailDir, 'participant@demo.sharaka.ma', narrative);
  check(news !== null && news.includes('List-Unsubscribe-Post: List-Unsubscribe=One-Click'), 'the news e-mail offers one-click unsubscribe (RFC 8058)');
  const unsubscribe = await latestMailLink(mailDir, '/ar/unsubscribe?token=', narrative);
  check(unsubscribe.startsWith(`${base}/ar/unsubscribe?token=`), 'the unsubscribe link opens in the follower\'s language');
  const stranger = await browser.newContext({ locale: 'fr-MA', bypassCSP: true });
  const mailPage = await stranger.newPage();
  await visit(mailPage, unsubscribe, 'unsubscribe confirmation (ar)', { screenshot: 'journey-unsubscribe-ar' });
  await submitAndWait(mailPage, 'main form button[type=submit]');
  check(!mailPage.url().includes('/login'), `unsubscribing needs no sign-in (${mailPage.url()})`);
  await axe(mailPage, 'unsubscribed (ar)');
  await mailPage.screenshot({ path: join(shots, 'journey-unsubscribed-ar.png'), fullPage: true });
  await stranger.close();
  await signIn(page, base, 'fr', 'participant@demo.sharaka.ma', demoPassword);
  await page.goto(`${base}/fr/account/subscriptions`);
  check(!(await page.textContent('main')).includes('MO0050'), 'MO0050 is no longer followed');
  await signOut(page, 'fr');

  console.log('the back office in four languages, checked by axe');
  const backOffice = ['/admin', '/admin/users', '/admin/users/2', '/admin/institutions', '/admin/institutions/new', '/admin/institutions/1/edit',
    '/admin/forum', '/admin/forum/4', '/admin/meetings', '/admin/meetings/new', '/admin/meetings/2/edit', '/admin/documents', '/admin/news',
    '/admin/implementation', '/admin/plans/2/contributions', '/admin/plans/2/consultations', '/admin/moderation', '/admin/audit',
    '/admin/portals', '/admin/commitments/MO0050/edit', '/account', '/account/subscriptions', '/account/tokens', '/account/contributions'];
  await signIn(page, base, 'fr', 'secretariat@demo.sharaka.ma', demoPassword);
  let pages = 0;
  for (const locale of ['ar', 'fr', 'en', 'zgh']) {
    for (const path of backOffice) {
      await visit(page, `${base}/${locale}${path}`, `/${locale}${path}`);
      pages += 1;
    }
    check(await page.getAttribute('html', 'dir') === (locale === 'ar' ? 'rtl' : 'ltr'), `/${locale} back office direction`);
  }
  check(pages === backOffice.length * 4, `axe ran on ${pages} back-office pages (${backOffice.length} × 4 languages)`);
  await page.goto(`${base}/ar/admin/implementation`);
  await page.screenshot({ path: join(shots, 'back-office-implementation-ar.png'), fullPage: true });
  await context.close();
} catch (err) {
  fail(err);
} finally {
  await browser.close();
  if (server) server.child.kill('SIGTERM');
}
report();
