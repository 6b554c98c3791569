/**
 * Takes the screenshots of "Me" and of the dashboard for the docs, with made-up people, in
 * the built extension (run `npx wxt build` first): `npx tsx docs/screenshots/take-screenshots.mts`.
 */
import { join } from 'node:path';
import type { Profile } from '../../utils/linkedin/profile';
import type { Stage } from '../../utils/relationship/stages';
import { launchExtensionBrowser, root } from '../../tests/e2e/harness';
import { profileOf } from '../../tests/unit/outreach/people';

const out = (name: string) => join(root, 'docs/screenshots', name);
const person = (slug: string, name: string, title: string, company: string, location: string): Profile =>
  profileOf(slug, { name, firstName: name.split(' ')[0]!, headline: `${title} at ${company}`, current: { title, company }, location });
const people: [Profile, Stage, Partial<Record<'notes' | 'takeaways' | 'adviceReceived', string>>][] = [
  [person('ines-moreau-demo', 'Inès Moreau', 'Head of Data', 'Brightline Analytics', 'Lyon, France'), 'reached-out', {}],
  [person('kofi-mensah-demo', 'Kofi Mensah', 'Product Director', 'Northwind Logistics', 'Accra, Ghana'), 'replied', { notes: 'Prefers email; replied within a day.' }],
  [person('hana-sato-demo', 'Hana Sato', 'Engineering Manager', 'Fabrikam', 'Tokyo, Japan'), 'met', { takeaways: 'framing a platform budget for finance\npairing with the data team early' }],
  [person('diego-alvarez-demo', 'Diego Álvarez', 'VP Operations', 'Contoso', 'Mexico City, Mexico'), 'thanked', { adviceReceived: 'connect with the data science team' }],
  [person('priya-nair-demo', 'Priya Nair', 'Chief Product Officer', 'Tailspin', 'Bengaluru, India'), 'ongoing', {}],
  [person('lena-fischer-demo', 'Lena Fischer', 'Director of Sustainability', 'Litware', 'Berlin, Germany'), 'closed-natural-end', {}],
];

const browser = await launchExtensionBrowser();
try {
  await browser.askWorker('saveSettings', {
    me: {
      name: 'Sam Lee',
      intro: 'a junior supply chain analyst at Northwind, focused on sustainability metrics',
      shortTermGoal: 'get better at presenting data to non-technical stakeholders',
      longTermGoal: 'move from a technical role into product management',
      skillsMissing: 'the financial side of project budgeting',
      guidance: 'career strategy',
      persona: ['supply chain', 'sustainability', 'coaches others'],
      companies: ['Northwind'],
      schools: ['University of Lagos'],
      askMinutes: 20,
      account: 'free',
      timeZone: 'Europe/London',
    },
  });
  for (const [profile, stage, notes] of people) await browser.askWorker('saveContact', { profile, stage, ...notes });
  // Kofi's follow-up is overdue, as it would be after a busy week.
  const kofi = await browser.askWorker('getContact', { url: people[1]![0].url });
  const followUp = kofi.ok ? kofi.value?.followUps.find((item) => item.state === 'pending') : undefined;
  if (followUp) await browser.askWorker('setFollowUpDue', { id: followUp.id, dueAt: Date.now() - 2 * 86_400_000 });

  const options = await browser.openExtensionPage('options.html');
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.reload();
  await options.getByLabel('Your name').waitFor();
  await options.waitForTimeout(300);
  await options.screenshot({ path: out('me.png'), fullPage: true });

  const dashboard = await browser.openExtensionPage(`dashboard.html#contact=${encodeURIComponent(people[2]![0].url)}`);
  await dashboard.setViewportSize({ width: 1280, height: 1000 });
  await dashboard.getByTestId('contact-name').waitFor();
  await dashboard.waitForTimeout(300);
  await dashboard.screenshot({ path: out('dashboard.png'), fullPage: true });

  await dashboard.emulateMedia({ colorScheme: 'dark' });
  await dashboard.evaluate(() => scrollTo(0, 0));
  await dashboard.screenshot({ path: out('dashboard-dark.png') });

  // 200% zoom: half the width at twice the scale.
  const zoomed = await browser.context.newPage();
  await zoomed.setViewportSize({ width: 640, height: 900 });
  await zoomed.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await zoomed.evaluate(() => ((document.body.style as CSSStyleDeclaration & { zoom: string }).zoom = '2'));
  await zoomed.getByRole('heading', { name: /Replied/ }).waitFor();
  await zoomed.screenshot({ path: out('dashboard-200-percent.png') });
} finally {
  await browser.close();
}
