import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { draftFollowUp } from '@/utils/outreach/follow-up-drafts';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { mes, people } from './people';
import { nativeMes } from './people-i18n';

/**
 * The hints under the dashboard's Takeaways, Advice received and What I tried give an example
 * in each language: typed exactly as shown, it must give a sentence a native reader would write.
 * (In French, following the old hint after "j'ai" gave "…, envoyé quatre candidatures".)
 */
const root = resolve(import.meta.dirname, '../../..');
const hintOf = async (language: DraftLanguage, field: string) => {
  const messages = generateChromeMessages(await parseMessagesFile(join(root, 'locales', `${language}.yml`)));
  return messages[`dashboard_notes_fields_${field}_why`]!.message;
};
/** The examples a hint quotes, in the language's own quotation marks. */
const examplesIn = (hint: string) => [...hint.matchAll(/[“«„]\s?([^”»“]+?)\s?[”»“]/gu)].map((match) => match[1]!);

const now = Date.UTC(2026, 10, 24, 9);
const profile = people.rich!;
const paragraph = (body: string) => body.split('\n\n')[1];

const expected: Record<DraftLanguage, { takeaways: string; progress: string }> = {
  en: {
    takeaways:
      'Thank you again for your time today. Your advice to start with one workflow and on the one-workflow rule was incredibly helpful, and I am already thinking about how to put it into practice.',
    progress: 'Following your advice to connect with the data science team, I set up a meeting and learned how they plan.',
  },
  es: {
    takeaways:
      'Muchas gracias de nuevo por su tiempo hoy. Su consejo de empezar por un solo flujo y sus consejos sobre la regla del flujo único me han resultado de gran ayuda, y ya estoy pensando en cómo ponerlos en práctica.',
    progress: 'Siguiendo su consejo de hablar con el equipo de ciencia de datos, organicé una reunión y aprendí cómo planifican.',
  },
  fr: {
    takeaways:
      "Merci encore pour votre temps aujourd'hui. Votre conseil de commencer par un seul flux et vos conseils sur la règle du flux unique m'ont été très précieux, et je réfléchis déjà à la façon de les mettre en pratique.",
    progress: "Suivant votre conseil de me rapprocher de l’équipe data science, j'ai organisé une réunion et appris comment ils planifient.",
  },
  de: {
    takeaways:
      'vielen Dank noch einmal für Ihre Zeit heute. Ihr Rat, mit einem Ablauf anzufangen, und was Sie mir über die Ein-Ablauf-Regel gesagt haben, waren für mich sehr wertvoll, und ich überlege schon, wie ich beides umsetze.',
    progress: 'Ihren Rat, mich mit dem Data-Science-Team zu vernetzen, habe ich beherzigt und ein Treffen organisiert und gelernt, wie sie planen.',
  },
  pt: {
    takeaways:
      'Agradeço mais uma vez pelo seu tempo hoje. Seu conselho de começar por um só fluxo e seus conselhos sobre a regra do fluxo único foram de grande ajuda, e já estou pensando em como colocá-los em prática.',
    progress: 'Seguindo seu conselho de me aproximar da equipe de ciência de dados, marquei uma reunião e aprendi como eles planejam.',
  },
};

describe.each(Object.keys(expected) as DraftLanguage[])('the notes’ hints in %s, followed exactly', (language) => {
  const me = language === 'en' ? mes.full! : nativeMes[language];

  it('Takeaways: both examples, one a line, make the thank-you', async () => {
    const takeaways = examplesIn(await hintOf(language, 'takeaways'));
    expect(takeaways).toHaveLength(2);
    expect(paragraph(draftFollowUp('thank-you', { profile, now, takeaways }, me).body)).toBe(expected[language].takeaways);
  });

  it('Advice received and What I tried: their examples make the progress update', async () => {
    const [advice] = examplesIn(await hintOf(language, 'adviceReceived'));
    const [whatITried] = examplesIn(await hintOf(language, 'whatITried'));
    expect(paragraph(draftFollowUp('progress-update', { profile, now, advice, whatITried }, me).body)).toBe(expected[language].progress);
  });
});
