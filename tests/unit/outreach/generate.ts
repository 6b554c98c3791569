import type { ItemKind, Profile } from '@/utils/linkedin/profile';
import { type Me, readMe } from '@/utils/outreach/me';
import { profileOf } from './people';

/** A small seeded random source (mulberry32), so a failing case can be found again by its seed. */
export function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const one = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const maybe = <T>(value: T, chance = 0.5): T | undefined => (next() < chance ? value : undefined);
  const some = <T>(make: () => T, most: number): T[] => Array.from({ length: Math.floor(next() * (most + 1)) }, make);
  return { next, one, maybe, some };
}

const firstNames = ['Amara', 'Lucía', 'Kwame', 'Priya', '王伟', 'ليلى', 'Søren', 'Nguyễn Thị', 'Olúwaseun', 'Jean-Baptiste', 'Wolfeschlegelsteinhausenbergerdorff', 'Ana', 'José María', 'Siobhán', 'Дмитрий'];
const lastNames = ['Okafor', 'Fernández', 'Mensah', 'Raman', '', 'Haddad', "O'Neill", 'von Hohenberg-Lichtenstein', 'Kowalczyk-Brzęczyszczykiewicz', 'Lee'];
const titles = ['VP Product', 'Head of Design', 'Staff Engineer', 'Senior Vice President of Global Strategic Partnerships and Ecosystem Development', '产品总监', 'Data Science Lead', 'Founder', ''];
const companies = ['Kestrel Pay', 'Fjordline Freight', 'The International Consolidated Holdings Group of Advanced Manufacturing Technologies GmbH & Co. KG', '云帆科技', 'Sahara Studio', 'Northwind Logistics', 'Adinkra Health', ''];
const titlesOfWork = [
  'From engineer to product lead: what I wish I had known',
  'Keynote: Sustainable supply chains at the Global Logistics Summit 2025',
  '如何在三年内从工程师转型为产品经理：我的经验与教训',
  'A very long featured article title about the future of strategic partnerships in advanced manufacturing ecosystems across three continents and what it means for mid-sized suppliers and their people',
  'Why accessibility is a product decision',
  'Pricing 101',
  'Five lessons 🚀 from scaling a team of 40 #leadership https://example.com/post',
];
const posts = [
  'We just shipped offline payments for market traders. Here is what we learned.',
  'Presenting a model to a board is a translation job, not a statistics job. Three things that helped me… #datascience',
  'Hiring for curiosity beats hiring for credentials, every time I have tried it',
  'Очень рад поделиться нашей новой статьей о дизайне систем.',
];
const schools = ['University of Lagos', 'Warsaw University of Technology', 'Universidad de Buenos Aires', 'IIT Madras'];
const kinds: ItemKind[] = ['article', 'talk', 'post', 'project', 'media', 'link', 'other'];

export function generateProfile(seed: number): Profile {
  const { one, maybe, some, next } = randomFrom(seed);
  const first = one(firstNames);
  const name = maybe(`${first} ${one(lastNames)}`.trim(), 0.85);
  const title = one(titles);
  const company = one(companies);
  return profileOf(`person-${seed}`, {
    ...(name && { name }),
    ...(name && next() < 0.5 && { firstName: first }),
    ...(next() < 0.6 && { headline: `${title || 'Leader'} | ${company || 'Independent'}` }),
    ...(next() < 0.7 && (title || company) && { current: { ...(title && { title }), ...(company && { company }) } }),
    ...(next() < 0.5 && { about: one(posts) }),
    experience: some(() => ({ title: one(titles), company: one(companies) }), 3),
    education: some(() => ({ school: one(schools) }), 2),
    featured: some(() => ({ title: one(titlesOfWork), kind: one(kinds) }), 2),
    activity: some(() => ({ text: one(posts), kind: one(['post', 'article'] as const) }), 2),
  });
}

export function generateMe(seed: number): Me {
  const { one, maybe } = randomFrom(seed * 7919 + 1);
  return readMe({
    name: maybe(one(['Sam Lee', 'Chidinma Eze', 'Bartholomew Alexander Fitzgerald-Montgomery III', '李娜', 'Ana']), 0.8),
    intro: maybe(
      one([
        'junior product analyst at Northwind Logistics, focused on pricing experiments',
        'UX designer at a small health startup in Porto',
        'I lead a team of four data engineers at Adinkra Health',
        'SRE at Kestrel Pay',
        'final-year computer science student at IIT Madras who is very interested in building developer tools for small teams across Africa and South Asia',
      ]),
      0.8,
    ),
    shortTermGoal: maybe(
      one([
        'I want to get better at presenting data to non-technical stakeholders',
        'lead my first design research project',
        'a move into product management',
        'To publish my first conference talk',
      ]),
    ),
    longTermGoal: maybe(one(['move from a technical role into product management', 'a leadership role in design'])),
    skillsMissing: maybe(one(['the financial side of project budgeting', 'Public speaking', 'hiring and growing a team'])),
    guidance: maybe(one(['career strategy', 'technical advice', 'navigating the organization'])),
    askMinutes: one([15, 20]),
    account: one(['free', 'premium']),
    schools: maybe([one(schools)]),
    companies: maybe([one(companies)]),
  });
}
