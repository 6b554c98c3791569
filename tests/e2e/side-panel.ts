/**
 * Reaching the real side panel in a test. Chromium shows it as a page target of its own,
 * which Playwright does not list among the context's pages, so the test talks to it over
 * the DevTools protocol: it reads the panel's text and acts in it as a script would.
 */
import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

export interface SidePanel {
  /** Everything the panel shows, as a person reads it. */
  text(): Promise<string>;
  /** Runs an expression in the panel and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A PNG of the panel as drawn (for the docs). */
  screenshot(): Promise<Buffer>;
}

/** The side panel once it is open (undefined until then). */
export async function findSidePanel(browser: ExtensionBrowser): Promise<SidePanel | undefined> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const panel = targetInfos.find((target) => target.type === 'page' && target.url.endsWith('/sidepanel.html'));
  if (!panel) {
    await cdp.detach();
    return undefined;
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false });
  return sidePanelOver(cdp, sessionId);
}

function sidePanelOver(cdp: CDPSession, sessionId: string): SidePanel {
  let lastId = 0;
  /** One DevTools command to the panel, and its result. */
  function send<T>(method: string, params: object): Promise<T> {
    const id = ++lastId;
    return new Promise<T>((done, fail) => {
      const onMessage = ({ message }: { message: string }) => {
        const reply = JSON.parse(message) as { id?: number; result?: T; error?: { message: string } };
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) fail(new Error(`${method}: ${reply.error.message}`));
        else done(reply.result as T);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
    });
  }
  async function evaluate<T>(expression: string): Promise<T> {
    const reply = await send<{ result?: { value?: T }; exceptionDetails?: unknown }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(`The panel could not run ${expression}`);
    return reply.result?.value as T;
  }
  return {
    evaluate,
    text: () => evaluate<string>('document.body.innerText'),
    screenshot: async () => Buffer.from((await send<{ data: string }>('Page.captureScreenshot', { format: 'png' })).data, 'base64'),
  };
}
