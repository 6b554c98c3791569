/**
 * End-to-end harness: the built extension in Debian's Chromium, with LinkedIn pages served
 * from tests/fixtures on a local HTTPS server that Chromium resolves www.linkedin.com to.
 * Nothing here reaches the internet or the real linkedin.com.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { WorkerProtocol } from '@/utils/messaging/messages';
import { requestFor } from '@/utils/messaging/wire';

export const root = resolve(import.meta.dirname, '../..');
export const extensionDir = join(root, '.output/chrome-mv3');
export const fixturesDir = join(root, 'tests/fixtures/linkedin');
/** A site that is not LinkedIn, served from the same fixtures (so it can even mimic a profile's address). */
export const otherSite = 'https://www.example.org';

/**
 * Builds the extension as users get it. Vitest runs with NODE_ENV=test, which a child build
 * would inherit: Vite would then take it for a development build (Preact's devtools hook in the
 * popup, other chunks), and the tests would load something no user runs.
 */
export function buildExtension(...flags: string[]): void {
  execFileSync(join(root, 'node_modules/.bin/wxt'), ['build', ...flags], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/** A throwaway self-signed certificate for www.linkedin.com, made fresh for each run. */
function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=www.linkedin.com',
    '-addext', 'subjectAltName=DNS:www.linkedin.com,DNS:*.linkedin.com',
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Maps a LinkedIn path to a fixture file: /in/<slug>/… → <slug>.html, /feed/ → feed.html.
 * Sub-pages of a profile (/details/…, /overlay/…) serve the same profile page.
 */
export function fixtureFor(pathname: string): string | undefined {
  const profile = /^\/in\/([^/]+)/.exec(pathname);
  // A messaging thread /messaging/thread/<id>/ → messaging-<id>.html.
  const thread = /^\/messaging\/thread\/([^/]+)/.exec(pathname);
  const name = profile ? decodeURIComponent(profile[1]!) : thread ? `messaging-${thread[1]}` : pathname.replace(/^\/|\/$/g, '');
  if (!/^[\p{L}\p{N}._-]+$/u.test(name)) return undefined;
  const file = join(fixturesDir, `${name}.html`);
  return existsSync(file) ? file : undefined;
}

export interface FixtureServer {
  port: number;
  /** Every path requested, in order: tests can assert what the extension fetched. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const certDir = mkdtempSync(join(tmpdir(), 'mentor-cert-'));
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(certDir), (req, res) => {
    const url = new URL(req.url ?? '/', 'https://www.linkedin.com');
    requests.push(url.pathname + url.search);
    const file = fixtureFor(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>No fixture for this page</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
        rmSync(certDir, { recursive: true, force: true });
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** The extension's service worker (found again if the browser restarted it). */
  worker(): Promise<Worker>;
  /**
   * Stops the service worker, as the browser does at any moment; the next event or message
   * starts it afresh, with nothing in memory.
   */
  stopWorker(): Promise<void>;
  /** Opens https://www.linkedin.com<path> (served from fixtures) in a new tab. */
  openLinkedIn(path: string): Promise<Page>;
  /** The browser's id for the tab showing this page. */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Clicks the extension's toolbar icon on this tab, as a user does: the browser grants the
   * click's access to the tab (activeTab) and opens the real popup.
   */
  clickToolbarIcon(page: Page): Promise<void>;
  /** Opens the popup as a page that reads the given tab (popup.html?tabId=N). */
  openPopup(forPage?: Page): Promise<Page>;
  /** Opens an extension page such as options.html or dashboard.html. */
  openExtensionPage(file: string): Promise<Page>;
  /**
   * Asks the background worker, as a page of the extension does (same messages, same
   * checks at the boundary). For setting up and inspecting state in a test.
   */
  askWorker<K extends keyof WorkerProtocol>(
    type: K,
    ...data: Parameters<WorkerProtocol[K]>
  ): Promise<ReturnType<WorkerProtocol[K]>>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Headless unless a person is to watch (npm run demo). */
  headless?: boolean;
  /** A browser profile to keep across a restart (the caller removes it); a fresh one by default. */
  userDataDir?: string;
  /**
   * The browser's language ("es"): Chromium on Linux takes its UI language, and so the
   * extension's _locales, from LANGUAGE/LANG (it needs that language's .pak, Debian's
   * chromium-l10n); --lang and the context's locale set navigator.language. English by default.
   */
  language?: string;
}

export async function launchExtensionBrowser({ headless = true, userDataDir: kept, language }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is missing: install Debian’s chromium package.');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  }
  const server = await startFixtureServer();
  const userDataDir = kept ?? mkdtempSync(join(tmpdir(), 'mentor-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 720 } : null,
    ...(language && { locale: language, env: { ...process.env, LANGUAGE: language.replace('-', '_'), LANG: `${language.replace('-', '_')}.UTF-8` } }),
    args: [
      ...(language ? [`--lang=${language}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP www.linkedin.com:443 127.0.0.1:${server.port}, MAP www.example.org:443 127.0.0.1:${server.port}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      // Lets clickToolbarIcon press the toolbar icon (CDP Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });

  async function worker(): Promise<Worker> {
    const [running] = context.serviceWorkers();
    return running ?? (await context.waitForEvent('serviceworker'));
  }
  const extensionId = new URL((await worker()).url()).host;

  async function openExtensionPage(file: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  }

  async function tabIdOf(page: Page): Promise<number> {
    // Without the `tabs` permission the worker cannot see a tab's address or title, but it
    // can see which tab is active: bring the page to the front and ask for that one.
    await page.bringToFront();
    const sw = await worker();
    const id = await sw.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id ?? null;
    });
    if (id === null) throw new Error(`No tab found for ${page.url()}`);
    return id;
  }

  async function stopWorker(): Promise<void> {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const stopped = new Promise<void>((done) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.runningStatus === 'stopped')) done();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  }

  async function clickToolbarIcon(page: Page): Promise<void> {
    await page.bringToFront();
    const cdp = await context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((target) => target.url === page.url());
    if (tabs.length !== 1) throw new Error(`Expected one tab showing ${page.url()}, found ${tabs.length}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0]!.targetId });
    await cdp.detach();
  }

  let messenger: Page | undefined;
  async function askWorker(type: string, data?: unknown): Promise<never> {
    messenger ??= await openExtensionPage('dashboard.html');
    // Built by the pages' own wire (utils/messaging/wire.ts); the answer is the worker's reply itself.
    const answer = await messenger.evaluate((request) => chrome.runtime.sendMessage(request), requestFor(type, data));
    if (answer === undefined) throw new Error(`The worker did not answer ${type}.`);
    return answer as never;
  }

  return {
    context,
    extensionId,
    askWorker: askWorker as ExtensionBrowser['askWorker'],
    server,
    worker,
    stopWorker,
    async openLinkedIn(path) {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    },
    tabIdOf,
    clickToolbarIcon,
    openExtensionPage,
    async openPopup(forPage) {
      const query = forPage ? `?tabId=${await tabIdOf(forPage)}` : '';
      return openExtensionPage(`popup.html${query}`);
    },
    async close() {
      await context.close();
      await server.close();
      if (!kept) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
