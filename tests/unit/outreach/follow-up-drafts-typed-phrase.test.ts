import { describe, expect, it } from 'vitest';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { phraseForm } from '@/utils/outreach/wording/follow-ups';
import type { TypedPhrase } from '@/utils/outreach/wording/typed-phrase';
import './people-i18n';

/** phraseForm reads what the user typed: its form, and the words a frame of that form takes. */
const cases: Array<[DraftLanguage, string, TypedPhrase]> = [
  ['en', 'start with one workflow, not the whole ward', { form: 'imperative', text: 'start with one workflow, not the whole ward' }],
  ['en', 'Start with one workflow.', { form: 'imperative', text: 'start with one workflow' }],
  ['en', '- Advice: start small', { form: 'imperative', text: 'start small' }],
  ['en', 'finish a health informatics certificate', { form: 'imperative', text: 'finish a health informatics certificate' }],
  ['en', 'I want to pass the CPHIMS exam', { form: 'imperative', text: 'pass the CPHIMS exam' }],
  ['en', "Don't chase every stakeholder.", { form: 'imperative', text: 'not chase every stakeholder' }],
  ['en', 'She said I should start small.', { form: 'imperative', text: 'start small' }],
  ['en', 'told me to start small', { form: 'imperative', text: 'start small' }],
  ['en', 'set up a meeting', { form: 'imperative', text: 'set up a meeting', pastToo: true }],
  ['en', 'starting with one workflow', { form: 'ing', text: 'starting with one workflow' }],
  ['en', "I'm finishing my certificate", { form: 'ing', text: 'finishing my certificate' }],
  ['en', 'The one-workflow rule.', { form: 'noun', text: 'the one-workflow rule' }],
  ['en', 'pricing strategy', { form: 'noun', text: 'pricing strategy' }],
  ['en', 'change management', { form: 'noun', text: 'change management' }],
  ['en', 'how to frame a budget for a CFO', { form: 'noun', text: 'how to frame a budget for a CFO' }],
  ['en', 'Clinicians adopt what saves them a click.', { form: 'sentence', text: 'Clinicians adopt what saves them a click.' }],
  ['en', 'Boards fund stories, not spreadsheets.', { form: 'sentence', text: 'Boards fund stories, not spreadsheets.' }],
  ['en', 'the pilot must be small', { form: 'sentence', text: 'The pilot must be small.' }],
  ['en', 'sent four applications', { form: 'past', text: 'sent four applications' }],
  ['en', 'I sent four applications.', { form: 'past', text: 'sent four applications' }],
  ['en', 'set up a meeting and learned how they plan', { form: 'past', text: 'set up a meeting and learned how they plan' }],
  ['en', "I've shadowed a PM for a sprint", { form: 'past', text: 'have shadowed a PM for a sprint' }],
  ['en', '', { form: 'noun', text: '' }],
  ['es', 'Empezar por un solo flujo.', { form: 'imperative', text: 'empezar por un solo flujo' }],
  ['es', 'Empieza por un solo flujo', { form: 'imperative', text: 'empezar por un solo flujo' }],
  ['es', 'Me dijo que debía empezar poco a poco.', { form: 'imperative', text: 'empezar poco a poco' }],
  ['es', 'empezando por un solo flujo', { form: 'ing', text: 'empezando por un solo flujo' }],
  ['es', 'La regla del flujo único', { form: 'noun', text: 'la regla del flujo único' }],
  ['es', 'cómo plantear una propuesta', { form: 'noun', text: 'cómo plantear una propuesta' }],
  ['es', 'planificación por sprints', { form: 'noun', text: 'planificación por sprints', bare: true }],
  ['es', 'Los clínicos adoptan lo que les ahorra un clic.', { form: 'sentence', text: 'Los clínicos adoptan lo que les ahorra un clic.' }],
  ['es', 'Envié cuatro candidaturas.', { form: 'past', text: 'envié cuatro candidaturas' }],
  ['es', 'me uní al equipo de precios', { form: 'past', text: 'me uní al equipo de precios' }],
  ['es', 'enviado cuatro candidaturas', { form: 'past', text: 'he enviado cuatro candidaturas' }],
  ['fr', 'Commencez par un seul flux.', { form: 'imperative', text: 'commencer par un seul flux' }],
  ['fr', "Elle m'a conseillé de commencer petit.", { form: 'imperative', text: 'commencer petit' }],
  ['fr', 'me rapprocher de l’équipe data science', { form: 'imperative', text: 'me rapprocher de l’équipe data science' }],
  ['fr', 'en commençant par un seul flux', { form: 'ing', text: 'en commençant par un seul flux' }],
  ['fr', 'La règle du flux unique.', { form: 'noun', text: 'la règle du flux unique' }],
  ['fr', 'qualité des données', { form: 'noun', text: 'qualité des données', bare: true }],
  ['fr', 'Les soignants adoptent ce qui leur fait gagner un clic.', { form: 'sentence', text: 'Les soignants adoptent ce qui leur fait gagner un clic.' }],
  ['fr', 'envoyé quatre candidatures', { form: 'past', text: "j'ai envoyé quatre candidatures" }],
  ['fr', 'J’ai organisé une réunion.', { form: 'past', text: "j'ai organisé une réunion" }],
  ['de', 'mit einem Ablauf anfangen', { form: 'imperative', text: 'mit einem Ablauf anfangen' }],
  ['de', 'Mit einem Ablauf anzufangen.', { form: 'imperative', text: 'mit einem Ablauf anfangen' }],
  ['de', 'Fangen Sie mit einem Ablauf an.', { form: 'imperative', text: 'mit einem Ablauf anfangen' }],
  ['de', 'Die Ein-Ablauf-Regel', { form: 'noun', text: 'die Ein-Ablauf-Regel' }],
  ['de', 'Sprintplanung', { form: 'noun', text: 'Sprintplanung', bare: true }],
  ['de', 'Pflegekräfte nutzen, was ihnen einen Klick spart.', { form: 'sentence', text: 'Pflegekräfte nutzen, was ihnen einen Klick spart.' }],
  ['de', 'Ich habe vier Bewerbungen verschickt.', { form: 'past', text: 'vier Bewerbungen verschickt' }],
  ['de', 'ein Treffen organisiert und gelernt, wie sie planen', { form: 'past', text: 'ein Treffen organisiert und gelernt, wie sie planen' }],
  ['pt', 'Comece por um só fluxo.', { form: 'imperative', text: 'começar por um só fluxo' }],
  ['pt', 'me aproximar da equipe de dados', { form: 'imperative', text: 'me aproximar da equipe de dados' }],
  ['pt', 'Ela me disse que eu devia começar pequeno.', { form: 'imperative', text: 'começar pequeno' }],
  ['pt', 'começando por um só fluxo', { form: 'ing', text: 'começando por um só fluxo' }],
  ['pt', 'A regra do fluxo único.', { form: 'noun', text: 'a regra do fluxo único' }],
  ['pt', 'Os clínicos adotam o que lhes poupa um clique.', { form: 'sentence', text: 'Os clínicos adotam o que lhes poupa um clique.' }],
  ['pt', 'Eu enviei quatro candidaturas.', { form: 'past', text: 'enviei quatro candidaturas' }],
];

describe('phraseForm', () => {
  it.each(cases)('%s: %j', (language, typed, phrase) => {
    expect(phraseForm(typed, language)).toEqual(phrase);
  });
});
