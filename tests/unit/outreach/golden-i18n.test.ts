import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '@/utils/outreach/channels';
import { compose } from '@/utils/outreach/compose';
import { draftFollowUp } from '@/utils/outreach/follow-up-drafts';
import { shownDraft as shown, shownFollowUp } from './golden-format';
import { findHooks } from '@/utils/outreach/hooks';
import { foreignLanguages, nativeMes, nativePeople } from './people-i18n';

// Hundreds of drafts per language: on a shared machine this takes longer than the default five seconds.
vi.setConfig({ testTimeout: 30_000 });

/**
 * Drafts in each language kept as files, like golden.test.ts, so that a change of wording shows
 * as a diff a native reader reviews. After a deliberate change:
 * `npx vitest run tests/unit/outreach/golden-i18n.test.ts -u`.
 */

const channelsShown: Channel[] = ['connection-note', 'inmail'];
const now = Date.UTC(2026, 11, 2, 10);

describe.each(foreignLanguages)('golden drafts in %s', (language) => {
  const me = nativeMes[language];

  it('ten made-up profiles, as a connection note (free and premium) and as an InMail', async () => {
    const sections = Object.entries(nativePeople[language]).flatMap(([who, profile]) => [
      `## ${who}: ${profile.name ?? '(no name)'}\n`,
      ...channelsShown.map((channel) => shown(channel, compose(profile, me, { channel, now }))),
      shown('connection-note, premium', compose(profile, { ...me, account: 'premium' }, { channel: 'connection-note', now })),
    ]);
    await expect(`# Drafts for ${me.name} (tests/unit/outreach/people-i18n.ts)\n\n${sections.join('\n')}`).toMatchFileSnapshot(`golden/first-messages.${language}.md`);
  });

  it('the follow-ups for one contact, from check-in to a natural end', async () => {
    const profile = nativePeople[language].rich!;
    const hook = findHooks(profile, me)[0];
    const context = {
      profile,
      ...(hook && { hook }),
      now: Date.UTC(2026, 10, 24, 9),
      meetingAt: Date.UTC(2026, 11, 1, 15),
      theirTimeZone: 'America/Mexico_City',
      takeaways: [{ es: 'cómo plantear una propuesta de producto desde el problema del cliente', fr: 'la façon de construire une proposition produit autour du problème du client', de: 'den Aufbau eines Produktvorschlags vom Kundenproblem her', pt: 'como montar uma proposta de produto a partir do problema do cliente' }[language]],
      advice: { es: 'acompañar a una gestora de producto durante un sprint', fr: 'suivre une responsable produit pendant un sprint', de: 'eine Produktmanagerin einen Sprint lang zu begleiten', pt: 'acompanhar uma gerente de produto durante uma sprint' }[language],
      whatITried: { es: 'me uní durante dos semanas a la planificación del equipo de precios y escribí mi primera propuesta de una página', fr: "j'ai rejoint pendant deux semaines la planification de l'équipe tarifs et rédigé ma première proposition d'une page", de: 'zwei Wochen in der Planung des Preisteams mitgearbeitet und meinen ersten einseitigen Vorschlag geschrieben', pt: 'participei por duas semanas do planejamento do time de preços e escrevi minha primeira proposta de uma página' }[language],
      needInstead: { es: 'logística de hardware', fr: 'logistique matérielle', de: 'Hardware-Logistik', pt: 'logística de hardware' }[language],
      since: Date.UTC(2025, 10, 1),
    };
    const kinds = ['check-in', 'move-on', 'schedule-chat', 'meeting-prep', 'thank-you', 'progress-update', 'keep-in-touch', 'mismatch', 'natural-end'] as const;
    const sections = kinds.map((kind) => shownFollowUp(kind, draftFollowUp(kind, context, me)));
    await expect(`# Follow-ups with ${profile.name}\n\n${sections.join('\n')}`).toMatchFileSnapshot(`golden/follow-ups.${language}.md`);
  });
});
