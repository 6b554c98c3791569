import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from './harness';
import { browserPerFile } from './browser-per-file';
import { freshStart, messageBox, popupOn } from './drafting';

const browser = browserPerFile();

beforeAll(async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
beforeEach(() => freshStart(browser));


describe('the popup on a LinkedIn profile', () => {
  it('shows who this is, how they match, and a draft that names them and cites the chosen hook', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Amara Okafor');
    const fit = await popup.getByTestId('persona-fit').innerText();
    expect(fit).toContain('Shows: platform engineering');
    expect(fit).toContain('Not seen: fintech');
    expect(await popup.getByTestId('their-time').textContent()).toMatch(/Their time: .*(ahead of you|behind you|same time)/);
    // One pair of brackets: "09:12 (Tue) · 1 h ahead of you", not "(Tue) (1 h ahead of you)".
    expect(await popup.getByTestId('their-time').textContent()).not.toMatch(/\)\s*\(/);

    // An InMail has room to cite the hook whole; a note may name it by its topic.
    await popup.getByLabel('Where you will send it').selectOption('inmail');
    await popup.getByTestId('hook-line').locator('summary').click();
    const hook = popup.getByRole('radio').nth(1);
    const hookText = (await hook.locator('xpath=..').innerText()).split(': ').slice(1).join(': ');
    await hook.check();
    const body = await messageBox(popup).inputValue();
    expect(body).toMatch(/^(Hi|Hello|Dear) Amara/);
    expect(body).toContain(hookText.slice(0, 25));
    expect(body).toMatch(/20.minute/);
    // The checker's findings follow the draft a moment later.
    await expect.poll(() => popup.getByTestId('no-findings').count()).toBe(1);
  });

  it('keeps a connection note within 200 characters on a free account, and warns when an edit goes over', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    await popup.getByLabel('Where you will send it').selectOption('connection-note');
    const body = await messageBox(popup).inputValue();
    expect(body.length).toBeLessThanOrEqual(200);
    expect(await popup.getByTestId('message-count').textContent()).toBe(`${body.length} / 200 characters`);

    await messageBox(popup).fill(`${body} ${'Really, truly grateful. '.repeat(4)}`);
    await expect.poll(() => popup.getByTestId('message-count').textContent()).toMatch(/over the limit/);
    expect(await popup.getByTestId('findings').innerText()).toMatch(/too long for this channel/);
  });

  it('offers a subject for InMail and copies exactly what is shown', async () => {
    const popup = await popupOn(browser, 'kenji-watanabe');
    await popup.getByLabel('Where you will send it').selectOption('inmail');
    const subject = await popup.getByLabel('Subject', { exact: true }).inputValue();
    expect(subject.length).toBeGreaterThan(5);

    await messageBox(popup).fill(`${await messageBox(popup).inputValue()}\nP.S. Edited by hand.`);
    await popup.getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).toBe('Copied to the clipboard.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(await messageBox(popup).inputValue());

    await popup.getByRole('button', { name: 'Copy subject' }).click();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(subject);
  });

  it('warns before the same words go to a second person', async () => {
    const first = await popupOn(browser, 'amara-okafor');
    const sent = await messageBox(first).inputValue();
    await first.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => first.getByTestId('saved').isVisible()).toBe(true);

    const second = await popupOn(browser, 'kenji-watanabe');
    expect(await second.getByTestId('findings').innerText()).not.toMatch(/nearly the same/);
    await messageBox(second).fill(sent.replace('Amara', 'Kenji'));
    await expect.poll(() => second.getByTestId('findings').innerText()).toMatch(/nearly the same as the one you saved for Amara Okafor/);
  });

  it('saves the contact with a follow-up, and shows where we stand when opened again', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    // A message (a pending invitation gets no check-in: they cannot read one until they accept).
    await popup.getByLabel('Where you will send it').selectOption('message');
    const body = await messageBox(popup).inputValue();
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').textContent()).toMatch(/check-in/);
    expect(await popup.getByLabel('Due date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const saved = await browser.askWorker('getContact', { url: 'https://www.linkedin.com/in/amara-okafor/' });
    expect(saved.ok && saved.value?.contact.stage).toBe('reached-out');
    expect(saved.ok && saved.value?.contact.message?.body).toBe(body);
    const followUp = saved.ok ? saved.value?.followUps[0] : undefined;
    expect(followUp?.kind).toBe('check-in');

    // Moving the due date in the popup moves the follow-up.
    await popup.getByLabel('Due date').fill('2031-05-06');
    await popup.getByLabel('Due date').dispatchEvent('change');
    await expect
      .poll(async () => {
        const view = await browser.askWorker('getContact', { url: 'https://www.linkedin.com/in/amara-okafor/' });
        return view.ok ? new Date(view.value!.followUps[0]!.dueAt).toISOString().slice(0, 10) : '';
      })
      .toBe('2031-05-06');

    const again = await browser.openPopup(await browser.openLinkedIn('/in/amara-okafor/'));
    await expect.poll(() => again.getByTestId('stage').textContent()).toBe('Reached out');
    expect(await again.getByTestId('follow-up-todo').textContent()).toMatch(/check-in/);
    const checkIn = await again.getByLabel('Message', { exact: true }).inputValue();
    expect(checkIn).toMatch(/Amara/);
    await again.getByRole('button', { name: 'Copy follow-up' }).click();
    expect(await again.evaluate(() => navigator.clipboard.readText())).toBe(checkIn);
    await again.getByRole('button', { name: 'Copy subject' }).click();
    expect(await again.evaluate(() => navigator.clipboard.readText())).toBe(await again.getByLabel('Subject').inputValue());
  });
});

describe('a closed contact', () => {
  it('shows the gracious closing message the dashboard offers, not an empty next step', async () => {
    const url = 'https://www.linkedin.com/in/amara-okafor/';
    const popup = await popupOn(browser, 'amara-okafor');
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').isVisible()).toBe(true);
    expect(await browser.askWorker('changeStage', { url, stage: 'closed-mismatch' })).toMatchObject({ ok: true });

    const again = await browser.openPopup(await browser.openLinkedIn('/in/amara-okafor/'));
    await expect.poll(() => again.getByTestId('stage').textContent()).toBe('Closed: not the right fit');
    expect(await again.getByTestId('follow-up').innerText()).toMatch(/No follow-up is planned/);
    expect(await again.getByLabel('Message', { exact: true }).inputValue()).toMatch(/Amara/);
  });
});

describe('fields the page did not show', () => {
  it('can be typed in, and the draft and their local time follow', async () => {
    const page = await browser.openLinkedIn('/in/kenji-watanabe/');
    // As if LinkedIn had renamed the name's markup: the reader cannot find it.
    await page.evaluate(() => document.querySelector('[componentkey$="Topcard"] h2')?.remove());
    const popup = await browser.openPopup(page);
    await expect.poll(() => messageBox(popup).count(), { timeout: 20_000 }).toBe(1);
    expect(await popup.getByTestId('profile-name').count()).toBe(0);
    expect(await messageBox(popup).inputValue()).toMatch(/^Hello,/);

    await popup.getByLabel('Name', { exact: true }).fill('Kenji Watanabe');
    await expect.poll(() => messageBox(popup).inputValue()).toMatch(/^Hi Kenji,/);
    await popup.getByLabel('Location', { exact: true }).fill('Tokyo, Japan');
    await expect.poll(() => popup.getByTestId('their-time').textContent()).toMatch(/Their time: .*ahead of you/);
  });
});

describe('the popup elsewhere', () => {
  it('says what it does on a page that is not a profile, and opens the dashboard', async () => {
    const popup = await browser.openPopup(await browser.openLinkedIn('/feed/'));
    await expect.poll(() => popup.getByTestId('not-profile').isVisible()).toBe(true);
    expect(await popup.getByTestId('not-profile').innerText()).toMatch(/15–20 minute chat/);
    expect(await popup.getByRole('button', { name: 'Open dashboard' }).isVisible()).toBe(true);
  });

  it('asks for who I am and what my questions are about before the first draft, keeps them in Me, or drafts anyway', async () => {
    await browser.askWorker('saveSettings', { me: {} });
    const popup = await browser.openPopup(await browser.openLinkedIn('/in/amara-okafor/'));
    await expect.poll(() => popup.getByTestId('first-run').isVisible()).toBe(true);
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Fill in all of “Me”' }).click();
    expect((await opened).url()).toBe(`chrome-extension://${browser.extensionId}/options.html`);

    const inline = await browser.openPopup(await browser.openLinkedIn('/in/amara-okafor/'));
    await inline.getByLabel('Who you are, in one line').fill('a data analyst at Northwind Logistics');
    await inline.getByLabel('What your questions are about').fill('running an on-call rotation');
    await inline.getByRole('button', { name: 'Save and draft' }).click();
    await expect.poll(() => messageBox(inline).inputValue()).toContain('running an on-call rotation');
    expect(await messageBox(inline).inputValue()).toContain('data analyst');
    const saved = await browser.askWorker('getSettings');
    expect(saved).toMatchObject({ ok: true, value: { me: { intro: 'a data analyst at Northwind Logistics', askAbout: 'running an on-call rotation' } } });

    await browser.askWorker('saveSettings', { me: {} });
    const anyway = await browser.openPopup(await browser.openLinkedIn('/in/amara-okafor/'));
    await anyway.getByRole('button', { name: 'Draft anyway' }).click();
    await expect.poll(() => messageBox(anyway).inputValue()).toMatch(/Amara/);
  });

  it('waits while LinkedIn is still showing the next profile, then drafts for it', async () => {
    const page = await browser.openLinkedIn('/in/amara-okafor/');
    // LinkedIn's in-app navigation: the address changes first, the new profile renders later.
    await page.evaluate(() => {
      document.body.replaceChildren();
      history.pushState({}, '', '/in/tomasz-wojcik/');
    });
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByTestId('waiting').isVisible()).toBe(true);
    const next = readFileSync(join(fixturesDir, 'tomasz-wojcik.html'), 'utf8');
    await page.evaluate((html) => {
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    }, next);
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Tomasz Wójcik');
    expect(await messageBox(popup).inputValue()).toMatch(/Tomasz/);
  });
});

describe('the popup by keyboard', () => {
  it('names every control, and copies and saves with the keyboard alone', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    // Every control a keyboard reaches, in Tab order, with the name a screen reader says.
    const stops: { tag: string; name: string }[] = [];
    for (let step = 0; step < 60; step++) {
      await popup.keyboard.press('Tab');
      const stop = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const labelled = (el as HTMLInputElement).labels?.[0]?.innerText ?? '';
        const name = el.getAttribute('aria-label') ?? (labelled || el.innerText || el.getAttribute('title') || '');
        return { tag: el.tagName.toLowerCase(), name: name.trim() };
      });
      if (!stop || stops.some((seen) => seen.tag === stop.tag && seen.name === stop.name && stop.tag !== 'input')) break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(8);
    expect(stops.filter((stop) => !stop.name)).toEqual([]);
    expect(stops.map((stop) => stop.name)).toEqual(expect.arrayContaining(['Copy message', 'Save & remind me']));

    // Reached with Tab alone, as a keyboard user reaches them, then pressed with Enter.
    const tabTo = async (name: string) => {
      for (let step = 0; step < 60; step++) {
        if (await popup.evaluate((name) => (document.activeElement as HTMLElement | null)?.innerText?.trim() === name, name)) return;
        await popup.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached “${name}”`);
    };
    await tabTo('Copy message');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).toBe('Copied to the clipboard.');
    await tabTo('Save & remind me');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('saved').isVisible()).toBe(true);
  });
});
