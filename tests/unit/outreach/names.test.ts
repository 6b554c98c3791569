import { describe, expect, it } from 'vitest';
import { compose } from '@/utils/outreach/compose';
import { draftFollowUp } from '@/utils/outreach/follow-up-drafts';
import { firstNameOf, greetingOf } from '@/utils/outreach/names';
import { wordingFor } from '@/utils/outreach/wording';
import { keepDraft, keptDraftFor } from '@/utils/drafting/kept-drafts';
import { profileCheck } from '@/utils/store/checks/record-checks';
import { withTypedFields } from '@/utils/sizing-up/typed-fields';
import { mes, personNamed, profileOf } from './people';
import { nativeMes } from './people-i18n';

/** Issue 26, "names as people go by": the name a draft greets, read as the person named would. */

describe('the name a draft greets', () => {
  it.each([
    // Titles and credentials, before, after or after a comma, with or without a dot: never greeted ("Olá, Dra.,").
    ['Dra. Ana Souza', 'Ana'],
    ['Dr.ª Ana Souza', 'Ana'],
    ['Dra Ana Souza', 'Ana'],
    ['Profa. Beatriz Lima', 'Beatriz'],
    ['Prof. Dr.-Ing. Ingrid Berger', 'Ingrid'],
    ['Prof.Dr. Ingrid Berger', 'Ingrid'],
    ['Dr. med. Klaus Weber', 'Klaus'],
    ['Mag. Lisa Huber, MBA', 'Lisa'],
    ['Dipl.-Ing. Karl Maier', 'Karl'],
    ['Ing. Carlos Ramírez López', 'Carlos'],
    ['Lic. Juan Pérez', 'Juan'],
    ['Adaeze Nwosu-Hartley FCA', 'Adaeze'],
    ['Adaeze Nwosu-Hartley, FCA, ACA', 'Adaeze'],
    ['Jane Doe RN BSN', 'Jane'],
    ['Tom Reid CEng PE', 'Tom'],
    ['Maya Cohen Ph.D.', 'Maya'],
    ['Priya Raman PhD MBA', 'Priya'],
    ['Laura Chen CPA', 'Laura'],
    // A two-letter credential is one only as written: "Ma" is a family name.
    ['Ma Long', 'Ma Long'],
    // Initials are not what anyone goes by.
    ['J. Robert Smith', 'Robert'],
    ['Md Abdur Rahman', 'Abdur'],
  ])('greets "%s" as %s, without a title or credential', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });

  it.each([
    ['Oluwafolasade (Sade) Adeyemi', 'Sade'],
    ['Robert "Bob" Lee', 'Bob'],
    ['Robert “Bob” Lee', 'Bob'],
    ['Robert ‘Bob’ Lee', 'Bob'],
    ["Robert 'Bob' Lee", 'Bob'],
    // Not nicknames: pronouns, a former name after the family name, a former name in the middle.
    ['Ana Souza (she/her)', 'Ana'],
    ['Anna Schmidt (Müller)', 'Anna'],
    ['Maria (née Smith) Jones', 'Maria'],
    ['Anna (Müller) Schmidt', 'Anna'],
    ['Sade Adeyemi (Oluwafolasade)', 'Sade'],
    // An apostrophe is not a quote.
    ["D'Angelo O'Brien", "D'Angelo"],
  ])('greets "%s" by the name they go by: %s', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });

  it.each([
    // Vietnamese: family name first, greeted by the given name, the last word ("Dear Nguyễn" is "Dear Smith").
    ['Nguyễn Thị Thu Hà', undefined, 'Hà'],
    ['Nguyễn Thị Thu Hà', 'Nguyễn Thị Thu', 'Hà'],
    ['Nguyen Van Minh', undefined, 'Minh'],
    ['Trần Đức Anh', undefined, 'Anh'],
    ['NGUYỄN Thị Lan', undefined, 'Lan'],
    // A Vietnamese name written given name first stays so.
    ['Hà Nguyễn', undefined, 'Hà'],
    ['Minh Tran', undefined, 'Minh'],
    ['Mai Anh Trần', undefined, 'Mai'],
    ['Lê Thị Hà', undefined, 'Hà'],
    ['Đỗ Anh', undefined, 'Anh'],
    // A family name in capitals says the order.
    ['WANG Wei', undefined, 'Wei'],
    ['YAMAMOTO Keiko', undefined, 'Keiko'],
    ['NAGY Péter', undefined, 'Péter'],
    ['KIM Min Jun', undefined, 'Min Jun'],
    ['Ingrid BERGER', undefined, 'Ingrid'],
    // So does LinkedIn's first-name field, when it names a later word.
    ['Tanaka Keiko', 'Keiko', 'Keiko'],
    ['Nagy Lisa', 'Lisa', 'Lisa'],
    // Either order is common in Latin script: the whole name, never a guessed part.
    ['Wang Wei', undefined, 'Wang Wei'],
    ['Li Na', undefined, 'Li Na'],
    ['Chen Xiaoming', 'Chen', 'Chen Xiaoming'],
    ['Kim Min-jun', undefined, 'Kim Min-jun'],
    ['Park Ji-sung', 'Park', 'Park Ji-sung'],
    ['Tanaka Hiroshi', undefined, 'Tanaka Hiroshi'],
    ['Nagy Lisa', undefined, 'Nagy Lisa'],
    ['Kovács Anna', 'Kovács', 'Kovács Anna'],
    // Given name first, plainly: the first name.
    ['Hiroshi Tanaka', undefined, 'Hiroshi'],
    ['Péter Nagy', undefined, 'Péter'],
    ['Kevin Wang', undefined, 'Kevin'],
    ['Lee Anderson', undefined, 'Lee'],
    ['Simon Jones', undefined, 'Simon'],
    ['王伟', undefined, '王伟'],
  ])('greets "%s" (first name %s) as %s', (name, first, expected) => {
    expect(firstNameOf(name, first)).toBe(expected);
  });
});

describe('a greeting with their title, where the language expects it', () => {
  const letter = (language: 'en' | 'es' | 'fr' | 'de' | 'pt', name: string, headline?: string) =>
    greetingOf({ name, ...(headline && { headline }) }, wordingFor(language).greetings, true).text;
  const note = (language: 'en' | 'es' | 'fr' | 'de' | 'pt', name: string) => greetingOf({ name }, wordingFor(language).greetings, false).text;

  it('greets a German Dr. or Prof. with the title and the whole name in every channel, never "Hallo Ingrid,"', () => {
    expect(letter('de', 'Dr. Ingrid Berger')).toBe('Guten Tag Dr. Ingrid Berger,');
    expect(note('de', 'Dr. Ingrid Berger')).toBe('Guten Tag Dr. Ingrid Berger,');
    expect(letter('de', 'Prof. Dr. Ingrid Berger')).toBe('Guten Tag Prof. Ingrid Berger,');
    expect(letter('de', 'Ingrid Berger', 'Professorin für Arbeitsrecht, Universität Köln')).toBe('Guten Tag Prof. Ingrid Berger,');
    expect(letter('de', 'Adaeze Nwosu-Hartley FCA')).toBe('Guten Tag Adaeze Nwosu-Hartley,');
    // A title in a later part of the headline names a place, not them.
    expect(letter('de', 'Lena Müller', 'Marketing | Brand Manager bei Dr. Oetker')).toBe('Guten Tag Lena Müller,');
    expect(letter('de', 'Lena Müller', 'Brand Manager at Dr. Oetker')).toBe('Guten Tag Lena Müller,');
    expect(note('de', 'Ingrid Berger')).toBe('Hallo Ingrid,');
    // A family name in capitals is not shouted in the whole name.
    expect(letter('de', 'TANAKA Hiroshi')).toBe('Guten Tag Tanaka Hiroshi,');
  });

  it('greets a French letter to a doctor or professor with the title and family name; a note by the first name', () => {
    expect(letter('fr', 'Dr. Ingrid Berger')).toBe('Bonjour Docteur Berger,');
    expect(letter('fr', 'Prof. Jean de La Fontaine')).toBe('Bonjour Professeur de La Fontaine,');
    expect(note('fr', 'Dr. Ingrid Berger')).toBe('Bonjour Ingrid,');
    expect(letter('fr', 'Prof. Claire Dubois', 'Professeure de droit, Université Lyon 3')).toBe('Bonjour Professeure Dubois,');
  });

  it('keeps "Dra." in a Portuguese or Spanish letter, and never calls a woman "Dr." where the title says no gender', () => {
    expect(letter('pt', 'Dra. Ana Souza')).toBe('Olá, Dra. Souza,');
    expect(letter('pt', 'Dr.ª Ana Paula Costa Souza')).toBe('Olá, Dra. Souza,');
    expect(note('pt', 'Dra. Ana Souza')).toBe('Olá, Ana,');
    expect(letter('pt', 'Dr. Priya Raman')).toBe('Olá, Priya Raman,');
    expect(letter('es', 'Dra. Lucía Gómez')).toBe('Buenos días, Dra. Gómez:');
    expect(letter('es', 'Ing. Carlos Ramírez')).toBe('Buenos días, Ing. Ramírez:');
    expect(letter('es', 'Dr. Priya Raman')).toBe('Buenos días, Priya Raman:');
  });

  it('leaves English to "Hi"/"Dear" and the first name, whatever the title', () => {
    expect(letter('en', 'Dr. Ingrid Berger')).toMatch(/^\w+ Ingrid,$/);
    expect(note('en', 'Dra. Ana Souza')).toMatch(/^\w+ Ana,$/);
  });

  it('names the name it greets, as "Greet them as" shows it', () => {
    expect(greetingOf({ name: 'Dr. Ingrid Berger' }, wordingFor('de').greetings, false).name).toBe('Dr. Ingrid Berger');
    expect(greetingOf({ name: 'Lena Müller' }, wordingFor('de').greetings, true).name).toBe('Lena Müller');
    expect(greetingOf({ name: 'Oluwafolasade (Sade) Adeyemi' }, wordingFor('en').greetings, false).name).toBe('Sade');
    expect(greetingOf({ name: 'LinkedIn Member' }, wordingFor('en').greetings, false)).toEqual({ text: 'Hello,', name: '' });
  });
});

describe('"Greet them as"', () => {
  const ingrid = personNamed('ingrid-berger-demo', 'Dr. Ingrid Berger', { headline: 'Partnerin, Kanzlei Berger & Vogt', current: { title: 'Partnerin', company: 'Berger & Vogt' } });

  it('is the name the draft greets, at once, in the draft’s language', () => {
    expect(compose(ingrid, mes.full!, { channel: 'connection-note', greetAs: 'Ingrid' }).body).toMatch(/^Hi Ingrid,/);
    expect(compose(ingrid, nativeMes.de, { channel: 'email', language: 'de', greetAs: 'Frau Dr. Berger' }).body).toMatch(/^Guten Tag Frau Dr\. Berger,/);
    const draft = compose(ingrid, nativeMes.pt, { channel: 'email', language: 'pt', greetAs: 'Dra. Ingrid' });
    expect(draft.body).toMatch(/^Olá, Dra\. Ingrid,/);
    expect(draft.greeted).toBe('Dra. Ingrid');
  });

  it('is kept with the contact: its follow-ups greet the same way', () => {
    const saved = profileOf('sade-adeyemi-demo', { name: 'Oluwafolasade Adeyemi', firstName: 'Oluwafolasade', greetAs: 'Sade' });
    expect(draftFollowUp('check-in', { profile: saved, now: Date.UTC(2026, 11, 2) }, mes.full!).body).toMatch(/^Hi Sade,/);
    expect(compose(saved, mes.full!, { channel: 'connection-note' }).body).toMatch(/^Hi Sade,/);
  });

  it('is how a German follow-up greets a Dr. too: still a stranger, never "Hallo Ingrid,"', () => {
    const context = { profile: ingrid, now: Date.UTC(2026, 11, 2) };
    expect(draftFollowUp('check-in', context, nativeMes.de, 'de').body).toMatch(/^Guten Tag Dr\. Ingrid Berger,/);
    expect(draftFollowUp('check-in', { ...context, profile: { ...ingrid, greetAs: 'Frau Dr. Berger' } }, nativeMes.de, 'de').body).toMatch(/^Guten Tag Frau Dr\. Berger,/);
  });

  it('blank, leaves the name read from their profile', () => {
    expect(compose(ingrid, nativeMes.de, { channel: 'connection-note', language: 'de', greetAs: '  ' }).body).toMatch(/^Guten Tag Dr\. Ingrid Berger,/);
  });

  it('typed in the popup, is kept with the kept draft and saved with the contact’s profile; blank, the saved one stays', () => {
    const sade = personNamed('sade-adeyemi-demo', 'Oluwafolasade Adeyemi');
    const storage = new Map<string, string>();
    const local = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) } as Storage;
    keepDraft(local, sade.url, { choices: { channel: 'connection-note', ownHook: '', minutes: 15, tone: 'warm', wording: 0 }, partEdits: {}, messageEdits: {}, typed: { greetAs: ' Sade ' }, keptAt: 0 });
    const typed = keptDraftFor(local, sade.url, 1)!.typed;
    const drafted = withTypedFields(sade, typed);
    expect(drafted.greetAs).toBe('Sade');
    const saved = profileCheck(drafted, 'the profile');
    expect(saved.ok && saved.value.greetAs).toBe('Sade');
    expect(withTypedFields(drafted, { greetAs: '' }).greetAs).toBe('Sade');
    expect(withTypedFields(sade, { greetAs: '   ' }).greetAs).toBeUndefined();
  });
});
