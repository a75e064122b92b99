// Lighthouse on the ASN app's main screens, called by bin/app-lighthouse: node lighthouse.mjs BASE_URL TOOL_DIR REPORT_DIR.
// One headless Debian Chromium is driven with puppeteer-core (the one Lighthouse itself depends on), and every screen
// is measured with Lighthouse's default mobile settings (Moto G Power screen, simulated slow 4G and CPU slowdown).
// The public screens are measured with fresh storage. Then a demo ASN logs in through the API, from the page, with
// its bound device id, and the screens behind the login are measured like a first visit: Lighthouse empties the
// HTTP cache, Cache Storage and the service worker before each load, but keeps localStorage, where the token lives.
// The last run is a repeat visit of the home screen with everything kept (disableStorageReset).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [baseUrl, toolDir, reportDir] = process.argv.slice(2);
const modules = join(toolDir, 'node_modules');
const { default: lighthouse } = await import(pathToFileURL(join(modules, 'lighthouse/core/index.js')).href);
const { default: puppeteer } = await import(pathToFileURL(join(modules, 'puppeteer-core/lib/esm/puppeteer/puppeteer-core.js')).href);
const { computeMedianRun } = await import(pathToFileURL(join(modules, 'lighthouse/core/lib/median-run.js')).href);
const lighthouseVersion = (await import(pathToFileURL(join(modules, 'lighthouse/package.json')).href, { with: { type: 'json' } })).default.version;

const NIP = process.env.LIGHTHOUSE_NIP || '198407222009012002';
const PASSWORD = process.env.LIGHTHOUSE_PASSWORD || 'Demo#Sapo2026';
const TARGETS = { performance: 90, accessibility: 95, 'best-practices': 95 };
const FIRST_LOAD_LIMIT_KIB = 200;
const RUNS = Math.max(1, Number.parseInt(process.env.LIGHTHOUSE_RUNS || '3', 10) || 3);
const CATEGORIES = Object.keys(TARGETS);

// fresh: also localStorage and IndexedDB are emptied (no login, no device id); firstLoad: the 200 KiB budget applies
const SCREENS = [
  { name: 'login', hash: '#/masuk', fresh: true, firstLoad: true },
  { name: 'register', hash: '#/daftar', fresh: true },
  { name: 'home', hash: '#/beranda', firstLoad: true },
  { name: 'month', hash: '#/riwayat' },
  { name: 'leave', hash: '#/cuti' },
  { name: 'problems', hash: '#/kendala' },
  { name: 'profile', hash: '#/profil' },
  { name: 'home, repeat visit', hash: '#/beranda', repeat: true }
];
const FRESH_STORAGE = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage', 'indexeddb', 'cookies'];

const settingsUrl = new URL('settings.json', baseUrl).href;

/** Whether the map tiles of the server's settings can be loaded here; if not, the run uses no tiles. */
async function tilePlan() {
  const settings = await (await fetch(settingsUrl)).json();
  if (!settings.tileUrl) {
    return { override: false, note: 'map tiles: none (the server answers tileUrl "")' };
  }
  const host = new URL(settings.tileUrl.replace(/\{[a-z]\}/g, 'a')).host;
  if (process.env.LIGHTHOUSE_KEEP_TILES === 'true') {
    return { override: false, note: `map tiles: from ${host}, as the server says (LIGHTHOUSE_KEEP_TILES=true)` };
  }
  const sample = settings.tileUrl.replace('{s}', 'a').replace('{z}', '0').replace('{x}', '0').replace('{y}', '0').replace('{r}', '');
  try {
    const answer = await fetch(sample, { signal: AbortSignal.timeout(5000) });
    if (answer.ok) {
      return { override: false, note: `map tiles: from ${host}, as the server says (reachable from here)` };
    }
  } catch (unreachable) {
    // no answer: handled below
  }
  return {
    override: true,
    note: `map tiles: ${host} cannot be reached from this machine, so ${settingsUrl} is answered with tileUrl "" `
      + 'during the runs, as the server does when started with SAPO_MAP_TILE_URL=none (LIGHTHOUSE_KEEP_TILES=true keeps them)'
  };
}

/** Rewrites the tileUrl of every settings.json answer in the browser, the service worker's fetches included. */
async function switchTilesOff(browser) {
  const cdp = await browser.target().createCDPSession();
  cdp.on('Fetch.requestPaused', async (paused) => {
    try {
      const { body, base64Encoded } = await cdp.send('Fetch.getResponseBody', { requestId: paused.requestId });
      const settings = JSON.parse(base64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body);
      settings.tileUrl = '';
      const headers = (paused.responseHeaders || [])
        .filter(({ name }) => !/^(content-length|content-encoding|transfer-encoding)$/i.test(name));
      await cdp.send('Fetch.fulfillRequest', {
        requestId: paused.requestId,
        responseCode: paused.responseStatusCode || 200,
        responseHeaders: headers,
        body: Buffer.from(JSON.stringify(settings)).toString('base64')
      });
    } catch (e) {
      await cdp.send('Fetch.continueRequest', { requestId: paused.requestId }).catch(() => {});
    }
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `${settingsUrl}*`, requestStage: 'Response' }] });
}

/**
 * Counts what the app's service worker downloads itself (its install copies the app's shell and then answers the
 * page's requests): Lighthouse listens to the page only, so its total-byte-weight leaves this out. Watching a
 * service worker means holding it at its start until the watch is set up, which slows the page enough to move its
 * performance score, so the worker is watched in a load of its own, never during Lighthouse's runs.
 */
async function watchServiceWorkers(browser) {
  const cdp = await browser.target().createCDPSession();
  const downloads = new Map();
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    const session = cdp.connection().session(sessionId);
    if (session && targetInfo.type === 'service_worker') {
      session.on('Network.responseReceived', ({ requestId, response }) => {
        downloads.set(`${sessionId}/${requestId}`, { url: response.url, status: response.status, bytes: 0 });
      });
      session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
        const download = downloads.get(`${sessionId}/${requestId}`);
        if (download) {
          download.bytes = encodedDataLength;
        }
      });
      await session.send('Network.enable').catch(() => {});
    }
    await session?.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  });
  const autoAttach = (on) => cdp.send('Target.setAutoAttach', on
    ? { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker' }] }
    : { autoAttach: false, waitForDebuggerOnStart: false, flatten: true });
  return {
    /**
     * What the service worker downloads when the screen is opened as Lighthouse opens it for an empty-cache run:
     * no service worker, no kept files, an empty HTTP cache, the login (local storage) kept.
     */
    async firstLoadOf(page, url) {
      const pageCdp = await page.createCDPSession();
      try {
        await pageCdp.send('Storage.clearDataForOrigin', {
          origin: new URL(url).origin, storageTypes: 'service_workers,cache_storage'
        });
        await pageCdp.send('Network.clearBrowserCache');
        await page.goto('about:blank');
        downloads.clear();
        await autoAttach(true);
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => Promise.race([
          navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
            const check = () => (registration.active && registration.active.state === 'activated' ? resolve() : setTimeout(check, 100));
            check();
          })),
          new Promise((resolve) => setTimeout(resolve, 20000))]));
        await page.waitForNetworkIdle({ idleTime: 1000, timeout: 20000 }).catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return [...downloads.values()];
      } finally {
        await autoAttach(false);
        await pageCdp.detach().catch(() => {});
        await page.goto('about:blank').catch(() => {});
      }
    }
  };
}

async function serverAnswers() {
  try {
    return (await fetch(baseUrl, { signal: AbortSignal.timeout(5000) })).ok;
  } catch (e) {
    return false;
  }
}

async function waitForServer() {
  for (let second = 0; second < 300; second += 5) {
    if (await serverAnswers()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  throw new Error(`SAPO's app no longer answers at ${baseUrl}`);
}

/** Logs the demo ASN in from the page, with its bound device id, and keeps the token where the app keeps it. */
async function logIn(page) {
  await waitForServer();
  await page.goto(new URL('#/masuk', baseUrl).href, { waitUntil: 'load' });
  const answer = await page.evaluate(async (nip, password) => {
    localStorage.setItem('sapo.deviceId', `demo-${nip}`);
    const response = await fetch('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ nip, password, deviceId: `demo-${nip}` })
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      localStorage.setItem('sapo.token', body.token);
      localStorage.setItem('sapo.tokenExpires', body.expiresAt);
    }
    return { status: response.status, problem: body.code || body.title || '' };
  }, NIP, PASSWORD);
  if (answer.status !== 200) {
    throw new Error(`The demo ASN ${NIP} could not log in: HTTP ${answer.status} ${answer.problem}`);
  }
}

async function measure(page, screen) {
  const flags = {
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    ...(screen.fresh ? { clearStorageTypes: FRESH_STORAGE } : {}),
    ...(screen.repeat ? { disableStorageReset: true } : {})
  };
  return lighthouse(new URL(screen.hash, baseUrl).href, flags, undefined, page);
}

/** One load of a screen; tries again after a redeploy of the server or when the login was lost. */
async function measureOnce(page, screen) {
  let problem = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (screen.repeat) {
      // the visit before: the service worker is installed and has kept the app's files
      await page.goto(new URL(screen.hash, baseUrl).href, { waitUntil: 'load' });
      await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 20000))]));
    }
    const result = await measure(page, screen);
    const shown = await page.evaluate(() => location.hash).catch(() => '');
    if (result.lhr.runtimeError) {
      problem = `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`;
      await waitForServer();
    } else if (!screen.fresh && !shown.startsWith(screen.hash)) {
      problem = `the app showed ${shown || 'nothing'} instead of ${screen.hash} (login lost?)`;
      await logIn(page);
    } else {
      return { result };
    }
    console.error(`   ${screen.name}: attempt ${attempt} failed: ${problem}`);
  }
  throw new Error(`Lighthouse could not measure ${screen.name}: ${problem}`);
}

/**
 * Measures a screen RUNS times and keeps the median run, as Lighthouse advises: the performance score moves with
 * what else the machine is doing. Its JSON report goes to REPORT_DIR/<screen>.json.
 */
async function run(page, screen, serviceWorkers) {
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(await measureOnce(page, screen));
  }
  const medianLhr = computeMedianRun(loads.map(({ result }) => result.lhr));
  const { result } = loads.find((load) => load.result.lhr === medianLhr);
  const workerDownloads = screen.firstLoad ? await serviceWorkers.firstLoadOf(page, new URL(screen.hash, baseUrl).href) : [];
  const file = join(reportDir, `${screen.name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, result.report);
  writeFileSync(file.replace(/\.json$/, '.service-worker.json'), JSON.stringify(workerDownloads, null, 1));
  const workerKiB = workerDownloads.reduce((sum, { bytes }) => sum + bytes, 0) / 1024;
  const performance = loads.map(({ result: { lhr } }) => score(lhr, 'performance'));
  return { screen, lhr: medianLhr, file, workerKiB, performance };
}

function score(lhr, category) {
  const value = lhr.categories[category].score;
  return value === null ? null : Math.round(value * 100);
}

function pageKiB(lhr) {
  return lhr.audits['total-byte-weight'].numericValue / 1024;
}

/** What the load transferred in all: the page's requests and the service worker's own downloads. */
function transferKiB({ lhr, workerKiB }) {
  return pageKiB(lhr) + workerKiB;
}

/** The audits that cost points: metrics below 0.9 for performance, anything below 1 elsewhere. */
function failingAudits(lhr, category) {
  const limit = category === 'performance' ? 0.9 : 1;
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.group !== 'hidden')
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < limit
      && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode));
}

function pad(value, width, right = false) {
  const text = value === null || value === undefined ? '-' : String(value);
  return right ? text.padStart(width) : text.padEnd(width);
}

function printResults(results) {
  const nameWidth = Math.max(...results.map(({ screen }) => screen.name.length), 6) + 2;
  console.log(`\n${pad('screen', nameWidth)}${pad('perf', 5, true)}${pad('a11y', 6, true)}${pad('best', 6, true)}`
    + `${pad('page KiB', 10, true)}${pad('+SW KiB', 9, true)}${pad('total KiB', 11, true)}   perf of each run`);
  for (const result of results) {
    console.log(pad(result.screen.name, nameWidth) + pad(score(result.lhr, 'performance'), 5, true)
      + pad(score(result.lhr, 'accessibility'), 6, true) + pad(score(result.lhr, 'best-practices'), 6, true)
      + pad(pageKiB(result.lhr).toFixed(0), 10, true)
      + pad(result.screen.firstLoad ? result.workerKiB.toFixed(0) : null, 9, true)
      + pad(result.screen.firstLoad ? transferKiB(result).toFixed(0) : null, 11, true) + `   ${result.performance.join(' ')}`);
  }
  console.log(`Scores of the median of ${RUNS} runs (LIGHTHOUSE_RUNS). page KiB: the page's requests as transferred `
    + '(total-byte-weight;\ncompressed when the server compresses); +SW KiB: what the service worker downloads '
    + 'itself on a first load, unseen by\nLighthouse (counted in a separate, identical load of the login and home '
    + 'screens).\nEvery screen but the repeat visit loads with an empty cache; those after the '
    + 'login screens are logged in.');
  for (const { screen, lhr, file } of results) {
    const lines = [];
    for (const category of CATEGORIES) {
      for (const audit of failingAudits(lhr, category)) {
        const value = audit.displayValue ? ` [${audit.displayValue}]` : '';
        lines.push(`   ${category}: ${audit.id}${value} ${audit.title}`);
      }
    }
    console.log(`\n${screen.name} (${file.slice(file.lastIndexOf('/') + 1)}): ${lines.length ? 'audits that cost points' : 'no audit costs points'}`);
    lines.forEach((line) => console.log(line));
  }
}

function verdicts(results) {
  const lines = [];
  for (const category of CATEGORIES) {
    const below = results.filter(({ lhr }) => score(lhr, category) === null || score(lhr, category) < TARGETS[category]);
    lines.push([`${categoryTitle(results, category)} >= ${TARGETS[category]} on every screen`,
      below.map(({ screen, lhr }) => `${screen.name} ${score(lhr, category)}`)]);
  }
  const heavy = results.filter((result) => result.screen.firstLoad && transferKiB(result) > FIRST_LOAD_LIMIT_KIB);
  lines.push([`first load <= ${FIRST_LOAD_LIMIT_KIB} KiB transferred, service worker included (login, home; empty cache)`,
    heavy.map((result) => `${result.screen.name} ${transferKiB(result).toFixed(0)} KiB`)]);
  console.log('');
  for (const [target, misses] of lines) {
    console.log(`${target}: ${misses.length ? `NOT MET (${misses.join(', ')})` : 'MET'}`);
  }
  return lines.every(([, misses]) => !misses.length);
}

function categoryTitle(results, category) {
  return results[0].lhr.categories[category].title.toLowerCase();
}

const plan = await tilePlan();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  defaultViewport: null,
  // the ASN's phones speak Indonesian: the app then shows its Indonesian texts, as it does for them
  args: ['--no-sandbox', '--lang=id-ID', '--accept-lang=id-ID,id']
});
let passed = false;
try {
  console.log(`Lighthouse ${lighthouseVersion} on ${await browser.version()}, mobile emulation, simulated throttling`);
  console.log(`app: ${baseUrl}  demo ASN: ${NIP}`);
  console.log(plan.note);
  if (plan.override) {
    await switchTilesOff(browser);
  }
  const serviceWorkers = await watchServiceWorkers(browser);
  const page = await browser.newPage();
  const results = [];
  for (const screen of SCREENS) {
    if (!screen.fresh && !results.some(({ screen: done }) => !done.fresh)) {
      await logIn(page);
    }
    console.log(`-- ${screen.name} (${screen.hash})`);
    results.push(await run(page, screen, serviceWorkers));
  }
  printResults(results);
  passed = verdicts(results);
  console.log(`\nJSON reports: ${reportDir}/`);
} catch (e) {
  console.error(`xx ${e.message}`);
  process.exitCode = 2;
} finally {
  await browser.close();
}
if (!process.exitCode) {
  process.exitCode = passed ? 0 : 1;
}
