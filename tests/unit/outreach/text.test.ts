import { describe, expect, it } from 'vitest';
import { asInfinitive, organizationName, withArticle } from '@/utils/outreach/wording/text';
import { questionTopicOf } from '@/utils/outreach/wording/my-questions';
import { readMe } from '@/utils/outreach/me';
import { compose } from '@/utils/outreach/compose';
import { mes, personNamed } from './people';
import { mainClauseOf, topicOf } from '@/utils/outreach/citable';
import { firstNameOf } from '@/utils/outreach/names';

describe('draft text shaping', () => {
  it.each([
    ['junior analyst at Acme', 'a junior analyst at Acme'],
    ['analyst at Acme', 'an analyst at Acme'],
    ['UX designer', 'a UX designer'],
    ['SRE at Kestrel Pay', 'an SRE at Kestrel Pay'],
    ['university lecturer', 'a university lecturer'],
    ['an engineer', 'an engineer'],
    ['Google engineer', 'a Google engineer'],
  ])('puts the right article before "%s"', (phrase, expected) => {
    expect(withArticle(phrase)).toBe(expected);
  });

  // Read side by side (2026-12-02): "your volunteering as BDFL with Python Development Team".
  it.each([
    ['Python Development Team', 'the Python Development Team'],
    ['Python Software Foundation', 'the Python Software Foundation'],
    ['University of Toronto', 'the University of Toronto'],
    ['IEEE Computer Society', 'the IEEE Computer Society'],
    ['The Home Depot', 'the Home Depot'],
    ['Ghana Institution of Engineering', 'the Ghana Institution of Engineering'],
    ['Massachusetts Institute of Technology', 'the Massachusetts Institute of Technology'],
    ['Harvard University', 'Harvard University'],
    ['Delft University of Technology', 'Delft University of Technology'],
    ['Bank of America', 'Bank of America'],
    ['Microsoft', 'Microsoft'],
    ['Kestrel Pay', 'Kestrel Pay'],
    ['eBay', 'eBay'],
  ])('names "%s" mid-sentence as "%s"', (name, expected) => {
    expect(organizationName(name)).toBe(expected);
  });

  it('gives a draft the article an organization takes', () => {
    const guido = personNamed('guido', 'Guido van Rossum', { volunteering: [{ role: 'BDFL', organization: 'Python Development Team' }] });
    const { body } = compose(guido, mes.full!, { channel: 'message', wording: 1 });
    expect(body).toContain('your volunteering as BDFL with the Python Development Team');
  });

  it.each([
    ['Mentor', 'as a mentor with Coding Black Females'],
    ['Board Member', 'as a board member with Coding Black Females'],
    ['Coding instructor', 'as a coding instructor with Coding Black Females'],
    ['Treasurer', 'as Treasurer with Coding Black Females'],
    ['Head of Mentoring Programmes', 'as Head of Mentoring Programmes with Coding Black Females'],
  ])('words the volunteer role "%s" %s', (role, expected) => {
    const seun = personNamed('seun', 'Oluwaseun Bello', { volunteering: [{ role, organization: 'Coding Black Females' }] });
    expect(compose(seun, mes.full!, { channel: 'message', wording: 1 }).body).toContain(`olunteering ${expected}`);
  });

  it.each([
    ['Product manager at Zalando', 'a product manager at Zalando'],
    // A title in Title Case keeps it: "a product Manager" is nobody's spelling.
    ['Product Manager at Zalando', 'a Product Manager at Zalando'],
    ['Senior Data Engineer', 'a Senior Data Engineer'],
  ])('introduces "%s" as "%s"', (intro, expected) => {
    expect(withArticle(intro)).toBe(expected);
  });

  it.each([
    ['How do you decide when to move from IC to management?', 'how you decide when to move from IC to management'],
    ['What do you look for in a first PM hire?', 'what you look for in a first PM hire'],
    ['How do I get better at writing strategy docs?', 'how to get better at writing strategy docs'],
    ['Should I do an MBA?', 'whether to do an MBA'],
    ['Is it worth moving into management early?', 'whether it is worth moving into management early'],
    ['Would you recommend a bootcamp?', 'whether you would recommend a bootcamp'],
    ['moving from analytics into product', 'moving from analytics into product'],
  ])('asks about "%s" as "%s"', (askAbout, expected) => {
    expect(questionTopicOf(readMe({ askAbout }))).toBe(expected);
  });

  it('keeps their name in a note that cannot fit, and leaves the topic for the user to shorten', () => {
    const me = readMe({ name: 'Ines Duarte', intro: 'PhD student', askAbout: 'how you decided between staying in academia and moving into industry research when you were a doctoral student with no industry network at all' });
    const draft = compose(personNamed('amara', 'Amara Okafor', { current: { title: 'VP Product', company: 'Kestrel Pay' } }), me, { channel: 'connection-note' });
    expect(draft.findings.map((finding) => finding.id)).toContain('over-limit');
    expect(draft.body).toMatch(/^Hi Amara,/);
  });

  it('asks a note about the first of several questions when all of them cannot fit', () => {
    const me = readMe({ name: 'Ines Duarte', intro: 'PhD student', askAbout: 'how you decided between academia and industry research, and what you would do differently today' });
    const draft = compose(personNamed('amara', 'Amara Okafor', { current: { title: 'VP Product', company: 'Kestrel Pay' } }), me, { channel: 'connection-note' });
    expect(draft.body).toContain('how you decided between academia and industry research');
    expect(draft.body).not.toContain('what you would do differently');
    expect(draft.body).toContain("I'm a PhD student.");
    expect(draft.length).toBeLessThanOrEqual(200);
  });

  it('keeps the clause of a title that says what it is about', () => {
    expect(mainClauseOf('From engineer to product lead: what I wish I had known')).toBe('From engineer to product lead');
    expect(mainClauseOf('Keynote: Sustainable supply chains')).toBe('Sustainable supply chains');
    // Mid-sentence, a hyphenated first word is lowered too: "your article on low-resource speech recognition".
    expect(topicOf('Low-resource speech recognition for Akan languages')).toBe('low-resource speech recognition');
  });

  it.each([
    ['I want to get better at presenting', 'get better at presenting'],
    ['To publish a talk', 'publish a talk'],
    ['lead my first project', 'lead my first project'],
    ['a move into product', undefined],
  ])('reads the goal "%s" as something to do', (goal, expected) => {
    expect(asInfinitive(goal)).toBe(expected);
  });

  it.each([
    ['Amara Okafor', undefined, 'Amara'],
    ['Dr. Priya Raman, PhD', undefined, 'Priya'],
    ['🚀 Kwame Mensah', undefined, 'Kwame'],
    ['王伟', undefined, '王伟'],
    // Vietnamese, family name first: greeted by the given name, the last word (more in names.test.ts).
    ['Nguyễn Thị Lan', 'Nguyễn Thị', 'Lan'],
    [undefined, undefined, ''],
    // A label where the name would be is greeted by no one's name ("Hello,"), whatever LinkedIn put as the first name.
    ['Sample User', 'Sample', ''],
    ['LinkedIn Member', 'LinkedIn', ''],
    // A name typed in capitals is greeted as it is said, not shouted back; initials stay.
    ['JOHN SMITH', undefined, 'John'],
    ['MARIE-CLAIRE DUBOIS', undefined, 'Marie-Claire'],
    ['AJ SMITH', undefined, 'AJ'],
    ['WANG Wei', undefined, 'Wei'],
  ])('greets %s by %s → %s', (name, first, expected) => {
    expect(firstNameOf(name, first)).toBe(expected);
  });
});
