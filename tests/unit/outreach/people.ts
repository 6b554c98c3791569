import type { Profile } from '@/utils/linkedin/profile';
import { type Me, readMe } from '@/utils/outreach/me';

/** Made-up people to draft for. Any likeness to a real person is chance. */
export function profileOf(slug: string, fields: Partial<Profile>): Profile {
  return {
    url: `https://www.linkedin.com/in/${slug}/`,
    slug,
    experience: [],
    education: [],
    featured: [],
    activity: [],
    skills: [],
    layout: 'sdui',
    missing: [],
    ...fields,
  };
}

/** A made-up person known by name: the first word of the name is the first name. */
export function personNamed(slug: string, name: string, fields: Partial<Profile> = {}): Profile {
  return profileOf(slug, { name, firstName: name.split(' ')[0]!, ...fields });
}

export const people: Record<string, Profile> = {
  rich: profileOf('amara-okafor-demo', {
    name: 'Amara Okafor',
    firstName: 'Amara',
    headline: 'VP Product at Kestrel Pay | Building payments for West Africa',
    location: 'Lagos, Nigeria',
    current: { title: 'VP Product', company: 'Kestrel Pay' },
    about: 'I build payment products for small merchants. Before that I spent eight years in engineering.',
    experience: [
      { title: 'VP Product', company: 'Kestrel Pay', dates: '2021 - Present' },
      { title: 'Engineering Manager', company: 'Northwind Logistics', dates: '2015 - 2021' },
    ],
    education: [{ school: 'University of Lagos', degree: 'BSc Computer Science' }],
    featured: [{ title: 'From engineer to product lead: what I wish I had known', kind: 'article' }],
    activity: [{ text: 'We just shipped offline payments for market traders. Here is what we learned.', kind: 'post' }],
    skills: ['Product strategy', 'Payments'],
  }),
  talk: profileOf('henrik-lund-demo', {
    name: 'Henrik Lund',
    headline: 'Supply chain director',
    current: { title: 'Director of Supply Chain', company: 'Fjordline Freight' },
    featured: [{ title: 'Keynote: Sustainable supply chains at the Global Logistics Summit 2025', kind: 'talk' }],
  }),
  postOnly: profileOf('lucia-fernandez-demo', {
    name: 'Lucía Fernández',
    headline: 'Data science lead',
    activity: [
      {
        text: 'Presenting a model to a board is a translation job, not a statistics job. Three things that helped me… #datascience https://example.com/x',
        kind: 'post',
      },
    ],
  }),
  sparse: profileOf('k-demo', { name: 'Kwame', current: { company: 'Adinkra Health' } }),
  headlineOnly: profileOf('priya-raman-demo', { name: 'Dr. Priya Raman, PhD', headline: 'Clinical researcher turned health-tech founder' }),
  nonLatin: profileOf('wang-wei-demo', {
    name: '王伟',
    current: { title: '产品总监', company: '云帆科技' },
    featured: [{ title: '如何在三年内从工程师转型为产品经理：我的经验与教训', kind: 'article' }],
  }),
  arabic: profileOf('layla-haddad-demo', {
    name: 'ليلى حداد',
    firstName: 'ليلى',
    current: { title: 'Head of Design', company: 'Sahara Studio' },
    about: 'I lead a design team of twelve across Amman and Dubai, and I care about accessible products.',
  }),
  longNames: profileOf('maximilian-demo', {
    name: 'Maximilian-Alexander Wolfeschlegelsteinhausenbergerdorff von Hohenberg-Lichtenstein',
    current: {
      title: 'Senior Vice President of Global Strategic Partnerships and Ecosystem Development',
      company: 'The International Consolidated Holdings Group of Advanced Manufacturing Technologies GmbH & Co. KG',
    },
    featured: [
      {
        title:
          'A very long featured article title about the future of strategic partnerships in advanced manufacturing ecosystems across three continents and what it means for mid-sized suppliers',
        kind: 'article',
      },
    ],
  }),
  sharedSchool: profileOf('tomasz-demo', {
    name: 'Tomasz Wójcik',
    education: [{ school: 'Warsaw University of Technology' }],
    experience: [{ title: 'Staff Engineer', company: 'Vistula Labs' }],
  }),
  nothing: profileOf('unknown-demo', { missing: ['name', 'headline', 'current', 'about'] }),
};

export const mes: Record<string, Me> = {
  full: readMe({
    name: 'Sam Lee',
    intro: 'junior product analyst at Northwind Logistics, focused on pricing experiments',
    shortTermGoal: 'I want to get better at presenting data to non-technical stakeholders',
    longTermGoal: 'move from a technical role into product management',
    skillsMissing: 'moving from engineering into product',
    guidance: 'career strategy',
    askMinutes: 20,
    account: 'free',
    timeZone: 'Europe/Warsaw',
    persona: ['product management', 'payments'],
    schools: ['Warsaw University of Technology'],
  }),
  empty: readMe({}),
  premium: readMe({
    name: 'Ana Costa',
    intro: 'UX designer at a small health startup in Porto',
    shortTermGoal: 'lead my first design research project',
    askMinutes: 15,
    account: 'premium',
  }),
};
