// Browser walk over the resident pages in Debian's headless chromium (playwright-core; nothing
// downloads a browser): search → filter → offer page → switch to Arabic (dir=rtl) → back, with
// axe-core on every page type (and the portal's sign-in and registration forms) (no serious or critical violations), no request to another host,
// no CSP violation, and screenshots at 375 px and 1280 px under target/screenshots/.
//
// Needs ATLAS_BIN (the `atlas` binary). Prints "N passed, N failed" and exits non-zero on failure.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const shots = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "screenshots");
mkdirSync(shots, { recursive: true });
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const bin = process.env.ATLAS_BIN;
if (!bin) { console.error("error: set ATLAS_BIN to the atlas binary"); process.exit(2); }

const port = 18000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "atlas-browser-"));
const profile = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
// Accounts for the signed-in part of the walk, made as an operator would: with the CLI.
const password = "Walk-through password 2026";
const accounts = [
  ["provider", "anbieter@example.org", "Anbieterin Muster", []],
  ["moderator", "redaktion@example.org", "Redaktion Main-Kinzig", ["06435"]],
  ["admin", "admin@example.org", "Verwaltung", []],
];
for (const [role, email, name, regions] of accounts) {
  const made = spawnSync(bin, ["--data-dir", dataDir, "user", "create", "--role", role, "--email", email,
    "--name", name, ...regions.flatMap((r) => ["--region", r])], { env: { ...process.env, ATLAS_PASSWORD: password }, encoding: "utf8" });
  if (made.status !== 0) { console.error(`error: atlas user create ${email}: ${made.stderr}`); process.exit(1); }
}
const server = spawn(bin, ["--data-dir", dataDir, "serve", "--addr", `127.0.0.1:${port}`], { stdio: ["ignore", "ignore", "pipe"] });
let serverLog = "";
server.stderr.on("data", (d) => { serverLog += d; });

let passed = 0, failed = 0;
function check(name, ok, detail = "") {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name} ${detail}`); }
}

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    try { const r = await fetch(`${base}/healthz`); if (r.ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start:\n" + serverLog);
}

async function axe(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => await globalThis.axe.run(document, { resultTypes: ["violations"] }));
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  check(`axe ${name}: no serious or critical violations`, bad.length === 0,
    JSON.stringify(bad.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target) })), null, 1));
}

async function shoot(page, name) {
  for (const [w, h] of [[375, 812], [1280, 900]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(shots, `${name}-${w}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    // playwright starts chromium with a fresh temporary --user-data-dir of its own (it refuses
    // one passed in args); the profile below is its parent directory for temporary files.
    env: { ...process.env, TMPDIR: profile },
  });
  // The walk runs under the real CSP; axe is injected in a second context that bypasses it.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const foreign = [];
  const cspErrors = [];
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreign.push(r.url()); });
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });

  await page.goto(`${base}/de/`);
  check("home has one h1", (await page.locator("h1").count()) === 1);
  await shoot(page, "home");
  await page.fill("#q", "Beratung");
  await Promise.all([page.waitForURL(/\/de\/suche\?q=Beratung/), page.press("#q", "Enter")]);
  check("search shows results", (await page.locator("ol.results > li").count()) > 0);
  await shoot(page, "results");
  const field = page.locator(".filters input[name=field]").first();
  const code = await field.getAttribute("value");
  await field.check();
  await Promise.all([page.waitForURL(new RegExp(`field=${code}`)), page.click(".filters button[type=submit]")]);
  check("filter is in the URL and checked", await page.locator(`.filters input[name=field][value=${code}]`).isChecked());
  const first = page.locator("ol.results > li h2 a").first();
  await Promise.all([page.waitForURL(/\/de\/(angebote|traeger|netzwerke)\//), first.click()]);
  const offerUrl = page.url();
  check("result opens a record page", /\/de\/(angebote|traeger|netzwerke)\//.test(offerUrl), offerUrl);
  await shoot(page, "offer");
  await Promise.all([page.waitForURL(/\/ar\//), page.click("nav.lang-switch a[hreflang=ar]")]);
  check("Arabic page is right to left", (await page.getAttribute("html", "dir")) === "rtl");
  check("Arabic page keeps the record", page.url() === offerUrl.replace("/de/", "/ar/"), page.url());
  await shoot(page, "offer-ar");
  await page.goBack();
  await page.waitForURL(offerUrl);
  check("back returns to the German page", (await page.getAttribute("html", "dir")) === "ltr" && page.url() === offerUrl);
  await page.goBack();
  check("back again returns to the filtered results", new RegExp(`field=${code}`).test(page.url()), page.url());
  check("no request to another host", foreign.length === 0, foreign.join(" "));
  check("no CSP violation", cspErrors.length === 0, cspErrors.join("\n"));

  // axe-core on every page type (collect links from the pages themselves).
  const axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const ap = await axeContext.newPage();
  await ap.goto(`${base}/de/suche?q=Beratung`);
  const offer = await ap.getAttribute("ol.results a[href*='/angebote/']", "href");
  await ap.goto(`${base}${offer}`);
  const provider = await ap.getAttribute("a[href*='/traeger/']", "href");
  const region = await ap.getAttribute("a[href*='/regionen/']", "href");
  await ap.goto(`${base}${provider}`);
  const network = await ap.getAttribute("a[href*='/netzwerke/']", "href").catch(() => null);
  const pages = [
    ["home", "/de/"], ["home-ar", "/ar/"], ["results", "/de/suche?q=Beratung"],
    ["no-results", "/de/suche?q=zzzzqqq"], ["offer", offer], ["offer-fa", offer.replace("/de/", "/fa/")],
    ["report", `${offer}/fehler-melden`], ["provider", provider], ["region", region],
    ["not-found", "/de/gibt-es-nicht"], ["bad-request", "/de/suche?page=0"],
    ["login", "/de/konto/anmelden"], ["login-ar", "/ar/konto/anmelden"], ["register", "/de/konto/registrieren"],
    ["forgot-password", "/de/konto/passwort-vergessen"],
  ];
  if (network) pages.push(["network", network]);
  for (const [name, path] of pages) {
    await ap.goto(`${base}${path}`);
    await axe(ap, name);
    if (["provider", "region", "network", "report", "no-results"].includes(name)) await shoot(ap, name);
  }
  // The registration form sent empty: the summary and the messages next to the fields.
  await ap.goto(`${base}/de/konto/registrieren`);
  await Promise.all([ap.waitForLoadState("load"), ap.click("main form button[type=submit]")]);
  check("registration shows its mistakes", (await ap.locator(".error-summary a").count()) > 0);
  check("mistakes are tied to their fields", (await ap.locator("[aria-invalid=true][aria-describedby]").count()) > 0);
  await axe(ap, "register-errors");
  await shoot(ap, "register-errors");
  // 320 px: nothing scrolls sideways.
  await ap.setViewportSize({ width: 320, height: 700 });
  for (const [name, path] of [["home", "/de/"], ["results", "/de/suche?q=Beratung"], ["offer", offer], ["login", "/de/konto/anmelden"]]) {
    await ap.goto(`${base}${path}`);
    const wide = await ap.evaluate(() => document.documentElement.scrollWidth);
    check(`${name} fits 320 px`, wide <= 320, `scrollWidth ${wide}`);
  }

  // On a phone the filters fold (the script does it) so the first hit is on the first screen.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${base}/de/suche?q=Beratung`);
  const folded = await page.evaluate(() => !document.querySelector("details[data-fold-narrow]").open);
  const firstHit = await page.evaluate(() => document.querySelector("ol.results > li").getBoundingClientRect().top);
  check("on a phone the filters fold and the first hit is on the first screen", folded && firstHit < 812,
    `folded ${folded}, first hit at ${Math.round(firstHit)} px`);
  await page.screenshot({ path: join(shots, "results-phone-folded-375.png") });
  await page.click("details[data-fold-narrow] summary");
  check("the summary opens the filters", await page.locator(".filters input[name=field]").first().isVisible());
  await page.setViewportSize({ width: 1280, height: 900 });

  // Signed in: a provider creates an organisation and an offer, a moderator of the
  // Main-Kinzig-Kreis reviews and approves both, an administrator reads the accounts, the
  // outbox and the stale offers. Each role in its own browser context (its own cookies);
  // axe on every page, the forms also with their mistakes shown.
  const signedInForeign = [];
  async function signIn(email) {
    const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    p.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) signedInForeign.push(r.url()); });
    await p.goto(`${base}/de/konto/anmelden`);
    await p.fill("#f-email", email);
    await p.fill("#f-password", password);
    await Promise.all([p.waitForURL((u) => !u.pathname.endsWith("/anmelden")), p.click("main form button[type=submit]")]);
    check(`${email} is signed in`, /\/de\/konto\/?$/.test(new URL(p.url()).pathname), p.url());
    return p;
  }
  async function press(p, selector) {
    await Promise.all([p.waitForLoadState("load"), p.waitForEvent("framenavigated"), p.click(selector)]);
  }
  async function fits320(p, name) {
    await p.setViewportSize({ width: 320, height: 700 });
    const wide = await p.evaluate(() => document.documentElement.scrollWidth);
    check(`${name} fits 320 px`, wide <= 320, `scrollWidth ${wide}`);
    await p.setViewportSize({ width: 1280, height: 900 });
  }

  const pp = await signIn("anbieter@example.org");
  await axe(pp, "dashboard");
  await pp.goto(`${base}/de/konto/organisationen/neu`);
  await axe(pp, "organisation-form");
  await pp.fill("#f-name", "Beispielverein Gelnhausen (Demo)");
  await pp.fill("#f-description", "Ein erfundener Verein für den Browsertest: Sprachcafé und Begleitung zu Ämtern.");
  await pp.selectOption("#f-region", "06435");
  await press(pp, "main form button[name=action][value=submit]");
  check("organisation is created", (await pp.locator("section.org h2", { hasText: "Beispielverein Gelnhausen" }).count()) === 1, pp.url());
  await shoot(pp, "dashboard");
  await fits320(pp, "dashboard");
  const newOffer = await pp.getAttribute("section.org a[href*='angebote/neu?org=']", "href");
  await pp.goto(`${base}${newOffer}`);
  await axe(pp, "offer-form");
  await fits320(pp, "offer form");
  await press(pp, "main form button[name=action][value=submit]");
  check("offer form shows its mistakes", (await pp.locator(".error-summary a").count()) > 0);
  check("offer mistakes are tied to their fields", (await pp.locator("[aria-invalid=true][aria-describedby]").count()) > 0);
  await axe(pp, "offer-form-errors");
  await pp.fill("#f-name", "Sprachcafé Gelnhausen (Demo)");
  await pp.fill("#f-description", "Jeden Mittwoch Deutsch sprechen bei Tee und Kuchen. Erfundenes Angebot des Browsertests.");
  await pp.fill("#f-service_areas-0-ags", "06435");
  await pp.locator("input[name=fields_of_action]").first().check();
  await pp.fill("#f-contacts-0-name", "Erika Beispiel");
  await pp.fill("#f-contacts-0-email", "erika@example.org");
  await press(pp, "main form button[name=action][value=submit]");
  const offerPath = new URL(pp.url()).pathname;
  check("offer is saved and submitted", /\/de\/konto\/angebote\/[0-9a-f-]{36}$/.test(offerPath), pp.url());
  await axe(pp, "offer-saved");
  await pp.goto(`${base}/de/konto/`);
  const draftLink = await pp.getAttribute("a[href*='/konto/entwuerfe/']", "href");
  await pp.goto(`${base}${draftLink}`);
  await axe(pp, "draft");
  await pp.goto(`${base}/de/konto/organisationen/suchen?q=Caritas`);
  check("organisation search finds organisations to claim", (await pp.locator("ul.found li").count()) > 0);
  await axe(pp, "claim-search");
  for (const [name, path] of [["networks", "/de/konto/netzwerke"], ["tokens", "/de/konto/tokens"], ["password", "/de/konto/passwort"], ["dashboard-ar", "/ar/konto/"]]) {
    await pp.goto(`${base}${path}`);
    await axe(pp, name);
  }

  const mp = await signIn("redaktion@example.org");
  await mp.goto(`${base}/de/konto/pruefung`);
  const reviews = await mp.locator("a[href^='/de/konto/pruefung/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  check("the moderator's queue holds the organisation and the offer", reviews.length === 2, JSON.stringify(reviews));
  await axe(mp, "queue");
  for (const [i, link] of reviews.entries()) {
    await mp.goto(`${base}${link}`);
    if (i === 0) { await axe(mp, "review"); await shoot(mp, "review"); await fits320(mp, "review"); }
    await press(mp, "main form button[name=decision][value=approve]");
  }
  check("the queue is empty after approving", (await mp.locator("a[href^='/de/konto/pruefung/']").count()) === 0, mp.url());
  const offerId = offerPath.split("/").pop();
  await mp.goto(`${base}/de/konto/verlauf/service/${offerId}`);
  check("the history names the provider", (await mp.locator("ol.history .who", { hasText: "Anbieterin Muster" }).count()) > 0);
  await axe(mp, "history");
  await shoot(mp, "history");
  await fits320(mp, "history");
  const published = await fetch(`${base}/de/angebote/${offerId}`);
  check("the approved offer is public", published.status === 200, String(published.status));

  const adm = await signIn("admin@example.org");
  for (const [name, path] of [["accounts", "/de/konto/verwaltung/konten"], ["outbox", "/de/konto/verwaltung/postausgang"], ["stale", "/de/konto/verwaltung/veraltet"]]) {
    await adm.goto(`${base}${path}`);
    await axe(adm, name);
  }
  check("signed-in pages make no request to another host", signedInForeign.length === 0, signedInForeign.join(" "));
} catch (e) {
  check("walk finished", false, String(e && e.stack || e));
} finally {
  if (browser) await browser.close();
  server.kill("SIGTERM");
  rmSync(profile, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`screenshots: ${shots}`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
