import { describe, expect, it } from 'vitest';
import { type Channel, channels } from '@/utils/outreach/channels';
import { compose } from '@/utils/outreach/compose';
import { customHook, findHooks } from '@/utils/outreach/hooks';
import { readMe } from '@/utils/outreach/me';
import { corpus, corpusMentees, corpusNow as now } from './corpus';
import { mes, people, profileOf } from './people';

const kinds = (profile: Parameters<typeof findHooks>[0], me = mes.full!) => findHooks(profile, me, now).map((hook) => hook.kind);

describe('findHooks', () => {
  it('offers what they made first, then their work, what we share and their About', () => {
    const hooks = findHooks(people.rich!, { ...mes.full!, schools: ['University of Lagos'] }, now);
    expect(hooks[0]).toMatchObject({ kind: 'featured', text: 'From engineer to product lead: what I wish I had known', source: 'Featured article' });
    expect(hooks.map((hook) => hook.kind).sort()).toEqual(['about', 'featured', 'post', 'role', 'shared-company', 'shared-school']);
  });

  it('cites a post by its first sentence, without links, hashtags or emoji', () => {
    const [hook] = findHooks(people.postOnly!, mes.empty!, now);
    expect(hook?.text).toBe('Presenting a model to a board is a translation job, not a statistics job');
  });

  it('never makes a hook of a headline, a type label, pronouns, a tagline or a promotion', () => {
    expect(kinds(people.headlineOnly!)).toEqual([]);
    expect(findHooks(corpus.labelOnly!, mes.full!, now).map((hook) => hook.text)).toEqual(['Head of Data at Savanna Analytics']);
    expect(kinds(corpus.tagline!)).toEqual([]);
    expect(kinds(corpus.hashtagPost!)).toEqual(['role']);
  });

  it('never cites a post that announces news, reacts to another\'s, recruits or holds markup: it is not their thinking', () => {
    const profile = profileOf('news-poster', {
      name: 'Dana Ilunga',
      activity: [
        { text: 'Really excited about our expanded partnership with Mistral, bringing customers more choice.', kind: 'post' },
        { text: 'Love this end-to-end example from Jeff Hollan of what agents can do now.', kind: 'post' },
        { text: 'We are hiring twelve graduate engineers in Johannesburg and Durban.', kind: 'post' },
        { text: "<img src=x onerror=alert('post')> Five questions I ask before any payment launch.", kind: 'post' },
        { text: 'Some thoughts on the Reverse Information Paradox.', kind: 'post' },
      ],
    });
    const hooks = findHooks(profile, mes.full!, now);
    expect(hooks.map((hook) => hook.text)).toEqual(['Some thoughts on the Reverse Information Paradox']);
    // Named by what it is about, not by "some thoughts".
    expect(hooks[0]?.mentions).toContain('your post on the Reverse Information Paradox');
  });

  it('names an honour as a prize, or as the recognition of the person', () => {
    const profile = profileOf('honoured', {
      name: 'Hanna Berg',
      honors: [
        { title: 'Nordic Security Champion of the Year', date: '2026-09' },
        { title: 'The Game Accessibility Award', by: 'IGDA', date: '2026-08' },
        { title: "Dean's List", date: '2025-06' },
      ],
    });
    const names = findHooks(profile, mes.full!, now).filter((hook) => hook.kind === 'honor').map((hook) => hook.mentions[0]);
    expect(names).toEqual(['your recognition as Nordic Security Champion of the Year', 'the Game Accessibility Award from IGDA', "your place on the Dean's List"]);
  });

  it('calls a post "recent" only when the page dates it within three months', () => {
    const hooks = findHooks(corpus.oldPostRecentArticle!, mes.full!, now);
    const article = hooks.find((hook) => hook.text.startsWith('On-call'));
    const post = hooks.find((hook) => hook.text.startsWith('Hiring senior engineers'));
    expect(article).toMatchObject({ recent: true, source: 'Recent article · Oct 2026' });
    expect(article?.mentions[0]).toMatch(/^your recent article "/);
    expect(post?.recent).toBeUndefined();
    expect(post?.source).toBe('Their post · Apr 2021');
    expect(post?.mentions.join(' ')).not.toMatch(/recent/);
  });

  it('names a role they left as their years there, never as their work now', () => {
    const hooks = findHooks(corpus.stale!, mes.full!, now);
    const past = hooks.find((hook) => hook.kind === 'past-role');
    expect(past?.mentions).toEqual(['your years as CEO at Gold Coast Telecom', 'your years at Gold Coast Telecom']);
    expect(hooks.flatMap((hook) => hook.mentions).join(' ')).not.toMatch(/work as CEO/);
  });

  it('offers publications, projects, honours and volunteering', () => {
    expect(kinds(corpus.korean!)).toContain('publication');
    expect(kinds(corpus.hungarian!)).toContain('project');
    expect(kinds(corpus.doctor!)).toContain('honor');
    expect(kinds(corpus.volunteer!)).toContain('volunteering');
    expect(findHooks(corpus.nickname!, mes.full!, now)[0]?.mentions[0]).toBe('your paper "Protein folding at the edge of the cell" in Journal of Cell Biology');
    expect(findHooks(corpus.bookAuthor!, mes.full!, now)[0]?.mentions[0]).toBe('your book "The First-Time Manager Playbook" in Harbor Press');
  });

  it('ranks first what is closest to what I want to ask about', () => {
    const profile = profileOf('two-talks', {
      name: 'Ada Obi',
      featured: [
        { title: 'Designing warehouse layouts for speed', kind: 'talk', date: '2026-10' },
        { title: 'Pricing experiments that changed our roadmap', kind: 'talk', date: '2026-10' },
      ],
    });
    expect(findHooks(profile, readMe({ askAbout: 'pricing experiments' }), now)[0]?.text).toBe('Pricing experiments that changed our roadmap');
    expect(findHooks(profile, readMe({ askAbout: 'warehouse layouts' }), now)[0]?.text).toBe('Designing warehouse layouts for speed');
  });

  it('names a long title by its topic as well, and never with "…" inside quotation marks', () => {
    const [talk] = findHooks(corpus.keynote!, corpusMentees.switcher!, now);
    expect(talk?.mentions).toContain('your talk on sustainable supply chains');
    for (const profile of Object.values(corpus)) {
      for (const hook of findHooks(profile, mes.full!, now)) expect(hook.mentions.join(' ')).not.toContain('…');
    }
  });

  it('never makes a topic of a post that opens with a feeling or a call ("Love this…", "Excited to share…")', () => {
    for (const text of [
      'Love this end-to-end example from Jeff Hollan of what is now possible when you build long-running agents with Foundry. All now GA.',
      'Excited to share our new report on payments in West Africa with the team at Kestrel Pay.',
      'Thrilled to announce the open-source release of our routing engine for city logistics.',
    ]) {
      const profile = profileOf('satya-demo', { name: 'Satya Demo', activity: [{ text, kind: 'post', date: '2026-11' }] });
      const mentions = findHooks(profile, mes.full!, now).flatMap((hook) => hook.mentions).join(' | ');
      expect(mentions).not.toMatch(/\bpost (?:on|about) (?:love|excited|thrilled)\b/i);
    }
  });

  it('does not open with a big employer alone', () => {
    const hooks = findHooks(corpus.bigEmployer!, mes.full!, now);
    expect(hooks[0]?.mentions).toEqual(['your work as Product Manager at Google', 'your work as Product Manager']);
  });

  it('finds no hooks on a profile with nothing to cite', () => {
    expect(findHooks(people.nothing!, mes.full!, now)).toEqual([]);
  });

  // Read side by side on made-up profiles the corpus did not have (2026-12-02).
  it('never names a post by a topic in its author\'s first person: their "I" stays in quotation marks', () => {
    const tom = profileOf('tom-example', { name: 'Tom Brennan', activity: [{ text: 'Three things I got wrong about pricing in our first year: we priced per seat, we discounted too early.', kind: 'post', date: '2026-11-10' }] });
    const mentions = findHooks(tom, mes.full!, now).flatMap((hook) => hook.mentions);
    expect(mentions).toContain('your recent post "Three things I got wrong about pricing in our first year"');
    expect(mentions.filter((mention) => !mention.includes('"'))).not.toContainEqual(expect.stringMatching(/\bI\b|\bour\b/));
  });

  it('quotes a labelled talk by its title, not by its label ("My talk at SaaStr: …")', () => {
    const zoe = profileOf('zoe-example', { name: 'Zoë Adams', featured: [{ title: '🎤 My talk at SaaStr: Growth loops that actually work', kind: 'talk', date: '2026-05' }] });
    const [hook] = findHooks(zoe, mes.full!, now);
    expect(hook?.mentions[0]).toBe('your talk "Growth loops that actually work"');
    expect(hook?.mentions.join(' ')).not.toMatch(/My talk/);
  });

  it('does not cite a post congratulating others as their thinking', () => {
    const ben = profileOf('ben-example', { name: 'Ben Turner', activity: [{ text: 'Congratulations to the whole team on the launch!', kind: 'post', date: '2026-11-29' }, { text: 'Kudos to our SRE crew for a quiet Black Friday weekend.', kind: 'post', date: '2026-11-30' }] });
    expect(kinds(ben)).not.toContain('post');
  });

  it('reads their role from the headline when the page showed none, but never from a sentence', () => {
    const priya = profileOf('priya-example', { name: 'Priya Nair', headline: 'Staff Product Designer at Atlassian · Design systems' });
    expect(findHooks(priya, mes.full!, now).find((hook) => hook.kind === 'role')?.mentions[0]).toBe('your work as Staff Product Designer at Atlassian');
    const tom = profileOf('tom-example', { name: 'Tom Brennan', headline: 'Founder & CEO @ Loopline (YC W24) | ex-Stripe' });
    expect(findHooks(tom, mes.full!, now).find((hook) => hook.kind === 'role')?.text).toBe('Founder & CEO at Loopline');
    for (const headline of ['Helping founders at early-stage startups grow', 'Open to work', 'Engineer']) {
      expect(kinds(profileOf('someone', { name: 'Sam Doe', headline }))).not.toContain('role');
    }
  });

  it('quotes a title typed in its own quotation marks once', () => {
    const omar = profileOf('omar-example', { name: 'Omar Farouk', featured: [{ title: '"Why we rewrote our billing system"', kind: 'article', date: '2026-03' }] });
    expect(findHooks(omar, mes.full!, now)[0]?.mentions[0]).toBe('your article "Why we rewrote our billing system"');
  });

  it('gives every hook a distinct id', () => {
    const hooks = findHooks(people.rich!, mes.full!, now);
    expect(new Set(hooks.map((hook) => hook.id)).size).toBe(hooks.length);
  });
});

describe('customHook', () => {
  it('keeps the words typed, tidied, with a stable id', () => {
    const hook = customHook('  your keynote   on supply chains ');
    expect(hook).toMatchObject({ text: 'your keynote on supply chains', source: 'Written by you', kind: 'custom' });
    expect(customHook('your keynote on supply chains').id).toBe(hook.id);
  });
});

// Read as the mentor would, on made-up people (issue 26, item 3): each was a hook they would not recognise.
describe('the hook a mentor recognises', () => {
  const lead = readMe({ name: 'Tunde Bello', intro: 'new tech lead at a logistics startup in Leeds', askAbout: 'mentoring junior engineers as a first-time tech lead', persona: ['engineering management'] });
  const energy = readMe({ name: 'Priya Shah', intro: 'audit senior at a mid-size firm in Manchester', askAbout: 'moving into energy finance', persona: ['energy'] });
  const body = (profile: Parameters<typeof findHooks>[0], me: Parameters<typeof findHooks>[1], channel: Channel = 'inmail') => compose(profile, me, { channel, now }).body;
  const allMentions = (profile: Parameters<typeof findHooks>[0], me = mes.full!) => findHooks(profile, me, now).flatMap((hook) => [...hook.mentions, hook.plain ?? '']);

  it('cites volunteering that speaks to my question before their role at a big employer', () => {
    const [best] = findHooks(corpus.codebarCoach!, lead, now);
    expect(best?.kind).toBe('volunteering');
    expect(best?.mentions[0]).toBe('your volunteering as a coach with codebar');
    for (const channel of channels) expect(body(corpus.codebarCoach!, lead, channel)).not.toMatch(/your work as Engineering Manager/);
    // A post about their mentees speaks to a mentee who looks for mentoring, before their role.
    const mentee = profileOf('mentee-post', { name: 'Amara Obi', current: { title: 'Head of Platform Engineering', company: 'Lumen Freight' }, activity: [{ text: 'Three questions I ask every mentee in our first chat.', kind: 'post', date: '2026-06-01' }] });
    expect(kinds(mentee, readMe({ askAbout: 'platform engineering leadership', persona: ['mentoring'] }))[0]).toBe('post');
  });

  it('cites their article on my question first, even when newer posts on other things are on the page', () => {
    const hooks = findHooks(corpus.energyAccountant!, energy, now);
    expect(hooks[0]?.text).toBe('Why accountants will run the energy transition');
    expect(body(corpus.energyAccountant!, energy)).toContain('"Why accountants will run the energy transition"');
  });

  it('quotes a talk by its title, never by the label before or after it', () => {
    const names = [...allMentions(corpus.labelledTalks!), ...allMentions(corpus.labelledFintech!)].join(' | ');
    expect(names).not.toMatch(/HIMSS26 session|Keynote at|Money20\/20|Webinar|Panel:|Podcast ep|ep\. 12/);
    const [sepsis, handover] = findHooks(corpus.labelledTalks!, mes.full!, now).filter((hook) => hook.kind === 'featured');
    expect(sepsis?.mentions).toContain('your talk "Closing the loop on sepsis alerts at the bedside with nurses, pharmacists and physicians together"');
    expect(sepsis?.mentions).toContain('your talk on closing the loop on sepsis alerts');
    expect(handover?.mentions[0]).toBe('your talk "Handover notes that nurses actually read"');
    const fintech = findHooks(corpus.labelledFintech!, mes.full!, now).map((hook) => hook.mentions[0]);
    expect(fintech).toEqual(expect.arrayContaining(['your talk "Open banking for people the banks left behind"', 'your recent episode "Consent screens that people understand"', 'your recent talk "Fraud in instant payments"']));
    for (const channel of channels) expect(body(corpus.labelledTalks!, mes.full!, channel)).not.toMatch(/HIMSS26 session|Webinar/);
  });

  it('names a post by a whole phrase or by its quoted words, never by a cut from a sentence', () => {
    const names = allMentions(corpus.hotTake!);
    expect(names.join(' | ')).not.toMatch(/on hot take|on blended finance only works|"Hot take/i);
    expect(names).toContain('your recent post "Blended finance only works when someone in the room takes the first loss"');
    for (const channel of channels) expect(body(corpus.hotTake!, mes.full!, channel)).not.toMatch(/on hot take|on blended finance only works when someone(?! in the room)/i);
  });

  it('never cites funding news, a hiring post, a congratulation, a repost or a comment as their thinking', () => {
    const hooks = findHooks(corpus.seedRound!, mes.full!, now);
    expect(hooks.filter((hook) => hook.kind === 'post').map((hook) => hook.text)).toEqual(['Selling automation to a warehouse means selling to the night shift first']);
    for (const channel of channels) expect(body(corpus.seedRound!, mes.full!, channel)).not.toMatch(/seed round|founding engineer|hospitals|pilot is the sale/i);
    const featuredNews = profileOf('news-featured', { name: 'Ana Lima', featured: [{ title: 'We closed our €3.2M seed round!', kind: 'post', date: '2026-11' }, { title: 'Nous recrutons : deux ingénieurs à Lyon', kind: 'post' }] });
    expect(kinds(featuredNews)).toEqual([]);
    // News and congratulations in the other draft languages are news too.
    for (const text of ['Muy feliz de anunciar que cerramos nuestra ronda de inversión.', 'Ravie de vous annoncer notre levée de fonds de deux millions.', 'Wir freuen uns, unsere Finanzierungsrunde bekannt zu geben.', 'Orgulhosa de anunciar nossa rodada de investimento semente.', 'Herzlichen Glückwunsch an unser Team zum Start der neuen App!']) {
      expect(kinds(profileOf('news-i18n', { name: 'Ana Lima', activity: [{ text, kind: 'post', date: '2026-11-20' }] })), text).toEqual([]);
    }
  });

  it('never calls a role with an end date current, whatever the headline says', () => {
    const hooks = findHooks(corpus.staleHeadline!, mes.full!, now);
    expect(hooks.map((hook) => hook.kind)).not.toContain('role');
    expect(hooks.find((hook) => hook.kind === 'past-role')?.mentions[0]).toBe('your years as CEO at Gold Harbor Foods');
    for (const channel of channels) expect(body(corpus.staleHeadline!, mes.full!, channel)).not.toMatch(/work as CEO|current role/);
    const former = profileOf('former', { name: 'Kwesi Boateng', headline: 'Former CEO at Gold Harbor Foods | Board advisor' });
    expect(kinds(former)).not.toContain('role');
    // A role they moved on to is their work now, not the one the headline still shows.
    const moved = profileOf('moved-on', { ...corpus.staleHeadline!, experience: [...corpus.staleHeadline!.experience, { title: 'Board Advisor', company: 'Accra Food Bank', period: { start: '2021-01', ongoing: true } }] });
    expect(findHooks(moved, mes.full!, now).find((hook) => hook.kind === 'role')?.text).toBe('Board Advisor at Accra Food Bank');
  });

  it('says "your years at" only of a company they have left, never to someone still there', () => {
    const names = allMentions(corpus.stillAtQuizlark!);
    expect(names.join(' | ')).not.toMatch(/your (?:years|time) at Quizlark/);
    expect(names).toContain('your work as Head of Learning Design at Quizlark');
    for (const channel of channels) expect(body(corpus.stillAtQuizlark!, mes.full!, channel)).not.toMatch(/your (?:years|time) at Quizlark/i);
  });
});
