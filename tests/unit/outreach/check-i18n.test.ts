import { describe, expect, it } from 'vitest';
import { type FindingId, check } from '@/utils/outreach/check';
import { compose } from '@/utils/outreach/compose';
import type { Me } from '@/utils/outreach/me';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { mes } from './people';
// Also loads the four languages' words, as the popup does for a draft.
import { type Foreign, foreignLanguages, nativeMes, nativePeople } from './people-i18n';

interface Table {
  /** A specific, small, easy ask: nothing to find. */
  good: string;
  /** Sentences that, put before the good message, must raise the finding. */
  poor: Array<[string, FindingId]>;
  /** Sentences that, put after the good message, must not raise the finding. */
  fine: Array<[string, FindingId]>;
  /** Whole messages missing one thing. */
  missing: Array<[string, FindingId]>;
  /** The finding's words are in the language: the Golden Rule's advice. */
  goldenRule: RegExp;
  /** A sponsorship ask, and what the finding says of it. */
  sponsorship: [string, string];
  limit: RegExp;
}

const tables: Record<Foreign, Table> = {
  es: {
    good: 'Hola, Lucía: Me inspiró mucho su charla «Cadenas de suministro sostenibles». ¿Tendría 15 minutos para un café virtual sobre logística inversa, cuando le venga bien? ¡Muchas gracias!',
    poor: [
      ['¿Quieres ser mi mentora?', 'mentorship-ask'],
      ['Me gustaría que fueras mi mentor.', 'mentorship-ask'],
      ['¿Sería mi padrino profesional?', 'mentorship-ask'],
      ['Busco una mentoría con usted.', 'mentorship-ask'],
      ['¿Podría guiarme a largo plazo?', 'mentorship-ask'],
      ['¿Aceptaría mentorizarme?', 'mentorship-ask'],
      ['Espero que este mensaje le encuentre bien.', 'generic-opener'],
      ['Me gustaría añadirle a mi red profesional.', 'generic-opener'],
      ['A quien corresponda:', 'generic-opener'],
      ['Hola, {{nombre}}:', 'placeholder'],
      ['Admiro su trabajo en [Empresa].', 'placeholder'],
      ['Hola, :', 'placeholder'],
      ['Podríamos tocar base la semana que viene.', 'idiom'],
      ['Sería un ganar-ganar.', 'idiom'],
      ['¿Podríamos hablar durante una hora?', 'big-ask'],
      ['¿Podríamos tener llamadas semanales?', 'big-ask'],
      ['Busco una relación a largo plazo.', 'big-ask'],
      ['Le llamaré el lunes de todas formas.', 'pushy'],
      ['Necesito su respuesta cuanto antes.', 'pushy'],
      ['Respóndame antes del viernes.', 'pushy'],
      ['¿Podría acompañarme como guía en esta etapa de forma continua?', 'mentorship-ask'],
      ['¿Podría orientarme durante los próximos meses?', 'mentorship-ask'],
      ['¿Podríamos hablar 15 minutos cada dos semanas?', 'big-ask'],
      ['¿Podría recomendarme para el puesto de analista en su equipo?', 'sponsorship-ask'],
      ['¿Me podría referir para la vacante de su empresa?', 'sponsorship-ask'],
      ['¿Podría proponer mi nombre para el puesto?', 'sponsorship-ask'],
      ['No quiero quitarle mucho tiempo, pero ¿sería mi mentora?', 'mentorship-ask'],
    ],
    fine: [
      ['Londres va una hora por detrás de Lagos.', 'big-ask'],
      ['Cualquier momento me sirve.', 'no-easy-yes'],
      ['Su charla «Cómo ser un buen mentor» me ayudó.', 'mentorship-ask'],
      ['Espero que se encuentre bien.', 'generic-opener'],
      ['Quedo a la espera de su respuesta.', 'pushy'],
      ['No le pido que sea mi mentora: solo 15 minutos sobre logística inversa.', 'mentorship-ask'],
      ['Si le resulta más cómodo, le escribiré mis dos preguntas por correo.', 'pushy'],
      ['¿O tendría 15 minutos en las próximas semanas para orientarme sobre precios?', 'mentorship-ask'],
    ],
    missing: [
      ['Hola, Lucía: Me inspiró mucho su charla «Cadenas de suministro sostenibles». ¿Podríamos hablar de logística inversa cuando le venga bien?', 'no-time-box'],
      ['Hola, Lucía: Me inspiró mucho su charla «Cadenas de suministro sostenibles». ¿Tendría 15 minutos para un café virtual sobre logística inversa?', 'no-easy-yes'],
      ['Hola, Lucía: ¿Tendría 15 minutos para un café virtual sobre logística inversa, cuando le venga bien? ¡Muchas gracias!', 'no-hook'],
    ],
    goldenRule: /regla de oro.*«¿Quieres ser mi mentor\?»/,
    sponsorship: ['¿Podría recomendarme para el puesto?', '«recomendarme para el puesto» le pide que te recomiende antes de conocer tu trabajo.'],
    limit: /caracteres, 200 como máximo/,
  },
  fr: {
    good: 'Bonjour Lucie, votre intervention « Chaînes logistiques durables » m’a donné matière à réflexion. Auriez-vous 15 minutes pour parler de logistique inverse, quand cela vous arrange ? Merci !',
    poor: [
      ['Voulez-vous être mon mentor ?', 'mentorship-ask'],
      ['Accepteriez-vous de devenir ma marraine ?', 'mentorship-ask'],
      ['Pourriez-vous être ma mentore ?', 'mentorship-ask'],
      ["Je cherche un parrain dans le métier, et j'aimerais bénéficier de votre mentorat.", 'mentorship-ask'],
      ['Pourriez-vous me mentorer ?', 'mentorship-ask'],
      ['Pourriez-vous me guider sur le long terme ?', 'mentorship-ask'],
      ["J'espère que ce message vous trouve bien.", 'generic-opener'],
      ["J'aimerais vous ajouter à mon réseau professionnel.", 'generic-opener'],
      ['Madame, Monsieur,', 'generic-opener'],
      ['Bonjour {{prénom}},', 'placeholder'],
      ['J’admire votre travail chez [Entreprise].', 'placeholder'],
      ['Bonjour ,', 'placeholder'],
      ['Ce serait gagnant-gagnant.', 'idiom'],
      ['Il faut sortir des sentiers battus.', 'idiom'],
      ['Pourriez-vous m’accorder une heure ?', 'big-ask'],
      ['Pourrions-nous prévoir des appels hebdomadaires ?', 'big-ask'],
      ['Je cherche un accompagnement sur le long terme.', 'big-ask'],
      ['Je vous appellerai lundi quoi qu’il en soit.', 'pushy'],
      ['Merci de répondre au plus vite.', 'pushy'],
      ['Répondez-moi avant vendredi.', 'pushy'],
      ["Pourriez-vous m'accompagner pendant les prochains mois ?", 'mentorship-ask'],
      ['Pourriez-vous me montrer les ficelles du métier tout au long de l’année ?', 'mentorship-ask'],
      ['Pourrions-nous échanger 15 minutes toutes les deux semaines ?', 'big-ask'],
      ['Pourriez-vous me recommander pour le poste de cheffe de projet ?', 'sponsorship-ask'],
      ['Pourriez-vous transmettre mon CV à votre service RH ?', 'sponsorship-ask'],
      ['Pourriez-vous appuyer ma candidature ?', 'sponsorship-ask'],
      ['Je ne veux pas vous prendre trop de temps, mais accepteriez-vous d’être mon mentor ?', 'mentorship-ask'],
    ],
    fine: [
      ['Paris a une heure de décalage avec Lagos.', 'big-ask'],
      ['Je lis régulièrement vos publications.', 'big-ask'],
      ['Le moment qui vous convient sera le mien.', 'no-easy-yes'],
      ['Votre article « Être un bon mentor » m’a aidé.', 'mentorship-ask'],
      ["J'espère que vous allez bien.", 'generic-opener'],
      ["Je ne vous demande pas d'être mon mentor, seulement 15 minutes.", 'mentorship-ask'],
      ['Si vous préférez, je vous écrirai mes questions par courriel.', 'pushy'],
    ],
    missing: [
      ['Bonjour Lucie, votre intervention « Chaînes logistiques durables » m’a donné matière à réflexion. Pourrions-nous échanger sur la logistique inverse, quand cela vous arrange ?', 'no-time-box'],
      ['Bonjour Lucie, votre intervention « Chaînes logistiques durables » m’a donné matière à réflexion. Auriez-vous 15 minutes pour un appel sur la logistique inverse ?', 'no-easy-yes'],
      ['Bonjour Lucie, auriez-vous 15 minutes pour un appel sur la logistique inverse, quand cela vous arrange ? Merci !', 'no-hook'],
    ],
    goldenRule: /règle d'or.*Voulez-vous être mon mentor/,
    sponsorship: ['Pourriez-vous appuyer ma candidature ?', '«\u202Fappuyer ma candidature\u202F» lui demande de vous recommander avant de connaître votre travail.'],
    limit: /caractères, 200 au maximum/,
  },
  de: {
    good: 'Hallo Lena, Ihr Vortrag „Nachhaltige Lieferketten“ hat mich sehr inspiriert. Hätten Sie 15 Minuten für ein Gespräch über Retourenlogistik, wann immer es Ihnen passt? Vielen Dank!',
    poor: [
      ['Möchten Sie mein Mentor sein?', 'mentorship-ask'],
      ['Wären Sie bereit, meine Mentorin zu werden?', 'mentorship-ask'],
      ['Ich suche einen Mentor.', 'mentorship-ask'],
      ['Ich wünsche mir ein Mentoring von Ihnen.', 'mentorship-ask'],
      ['Könnten Sie mich langfristig begleiten?', 'mentorship-ask'],
      ['Ich hoffe, diese Nachricht erreicht Sie wohlauf.', 'generic-opener'],
      ['Ich würde Sie gern meinem beruflichen Netzwerk hinzufügen.', 'generic-opener'],
      ['Sehr geehrte Damen und Herren,', 'generic-opener'],
      ['Hallo {{Vorname}},', 'placeholder'],
      ['Ich bewundere Ihre Arbeit bei [Firma].', 'placeholder'],
      ['Hallo ,', 'placeholder'],
      ['Lassen Sie uns über den Tellerrand schauen.', 'idiom'],
      ['Das wäre eine Win-win-Situation.', 'idiom'],
      ['Hätten Sie eine Stunde Zeit für mich?', 'big-ask'],
      ['Könnten wir regelmäßige Termine vereinbaren?', 'big-ask'],
      ['Ich wünsche mir eine langfristige Begleitung.', 'big-ask'],
      ['Ich rufe Sie am Montag so oder so an.', 'pushy'],
      ['Bitte antworten Sie umgehend.', 'pushy'],
      ['Ich brauche Ihre Antwort bis Freitag.', 'pushy'],
      ['Könnten Sie mich über die nächsten Monate begleiten?', 'mentorship-ask'],
      ['Wären Sie mein Sparringspartner, etwa alle zwei Wochen?', 'mentorship-ask'],
      ['Könnten Sie mich für die Stelle als Teamleiterin empfehlen?', 'sponsorship-ask'],
      ['Könnten Sie ein gutes Wort für mich einlegen?', 'sponsorship-ask'],
      ['Könnten Sie meinen Lebenslauf an Ihre Personalabteilung weiterleiten?', 'sponsorship-ask'],
      ['Ich möchte Sie nicht lange aufhalten, aber wären Sie mein Mentor?', 'mentorship-ask'],
    ],
    fine: [
      ['London ist Lagos eine Stunde hinterher.', 'big-ask'],
      ['Jeder Termin ist mir recht, ganz wie es Ihnen passt.', 'no-easy-yes'],
      ['Ihr Artikel „Wie man ein guter Mentor wird“ hat mir geholfen.', 'mentorship-ask'],
      ['Ich hoffe, es geht Ihnen gut.', 'generic-opener'],
      ['Ich bitte Sie nicht, mein Mentor zu werden, nur um 15 Minuten.', 'mentorship-ask'],
      ['Falls Ihnen das lieber ist, schreibe ich Ihnen meine zwei Fragen per E-Mail.', 'pushy'],
      ['Hätten Sie in den nächsten Wochen 15 Minuten, um mich zu beraten?', 'mentorship-ask'],
    ],
    missing: [
      ['Hallo Lena, Ihr Vortrag „Nachhaltige Lieferketten“ hat mich sehr inspiriert. Könnten wir über Retourenlogistik sprechen, wann immer es Ihnen passt?', 'no-time-box'],
      ['Hallo Lena, Ihr Vortrag „Nachhaltige Lieferketten“ hat mich sehr inspiriert. Hätten Sie 15 Minuten für ein Gespräch über Retourenlogistik?', 'no-easy-yes'],
      ['Hallo Lena, hätten Sie 15 Minuten für ein Gespräch über Retourenlogistik, wann immer es Ihnen passt? Vielen Dank!', 'no-hook'],
    ],
    goldenRule: /goldene Regel.*„Möchten Sie mein Mentor sein\?“/,
    sponsorship: ['Könnten Sie ein gutes Wort für mich einlegen?', '„ein gutes Wort für mich einlegen“ bittet die Person, Sie zu empfehlen, bevor sie Ihre Arbeit kennt.'],
    limit: /Zeichen, höchstens 200/,
  },
  pt: {
    good: 'Olá, Lúcia, sua palestra “Cadeias de suprimentos sustentáveis” me inspirou muito. Teria 15 minutos para um café virtual sobre logística reversa, quando for conveniente? Agradeço desde já!',
    poor: [
      ['Você quer ser meu mentor?', 'mentorship-ask'],
      ['Gostaria que fosse minha mentora.', 'mentorship-ask'],
      ['Procuro uma mentoria com você.', 'mentorship-ask'],
      ['Poderia me orientar a longo prazo?', 'mentorship-ask'],
      ['Aceitaria ser minha madrinha profissional?', 'mentorship-ask'],
      ['Espero que esta mensagem o encontre bem.', 'generic-opener'],
      ['Gostaria de adicioná-lo à minha rede.', 'generic-opener'],
      ['A quem possa interessar,', 'generic-opener'],
      ['Olá, {{nome}},', 'placeholder'],
      ['Admiro seu trabalho na [Empresa].', 'placeholder'],
      ['Olá, ,', 'placeholder'],
      ['Precisamos pensar fora da caixa.', 'idiom'],
      ['Seria um ganha-ganha.', 'idiom'],
      ['Poderíamos conversar durante uma hora?', 'big-ask'],
      ['Poderíamos ter reuniões semanais?', 'big-ask'],
      ['Busco uma relação de longo prazo.', 'big-ask'],
      ['Vou ligar para você na segunda de qualquer forma.', 'pushy'],
      ['Responda o quanto antes, por favor.', 'pushy'],
      ['Preciso de uma resposta até sexta.', 'pushy'],
      ['Poderia me acompanhar ao longo dos próximos meses?', 'mentorship-ask'],
      ['Poderíamos conversar 15 minutos a cada duas semanas?', 'big-ask'],
      ['Poderia me indicar para a vaga de analista na sua equipe?', 'sponsorship-ask'],
      ['Poderia passar meu currículo para o RH da sua empresa?', 'sponsorship-ask'],
      ['Poderia falar bem de mim para a gerente da vaga?', 'sponsorship-ask'],
      ['Não quero tomar muito do seu tempo, mas você seria minha mentora?', 'mentorship-ask'],
    ],
    fine: [
      ['Lisboa está uma hora atrás de Lagos.', 'big-ask'],
      ['Qualquer horário que lhe convenha funciona para mim.', 'no-easy-yes'],
      ['Seu artigo “Como ser um bom mentor” me ajudou.', 'mentorship-ask'],
      ['Espero que esteja tudo bem.', 'generic-opener'],
      ['Não estou pedindo que seja meu mentor, só 15 minutos.', 'mentorship-ask'],
      ['Se preferir, vou escrever minhas perguntas por e-mail.', 'pushy'],
    ],
    missing: [
      ['Olá, Lúcia, sua palestra “Cadeias de suprimentos sustentáveis” me inspirou muito. Poderíamos conversar sobre logística reversa quando for conveniente?', 'no-time-box'],
      ['Olá, Lúcia, sua palestra “Cadeias de suprimentos sustentáveis” me inspirou muito. Teria 15 minutos para um café virtual sobre logística reversa?', 'no-easy-yes'],
      ['Olá, Lúcia, teria 15 minutos para um café virtual sobre logística reversa, quando for conveniente? Agradeço desde já!', 'no-hook'],
    ],
    goldenRule: /regra de ouro.*“Você quer ser meu mentor\?”/,
    sponsorship: ['Poderia falar bem de mim para a gerente?', '“falar bem de mim” pede que a pessoa recomende você antes de conhecer seu trabalho.'],
    limit: /caracteres, no máximo 200/,
  },
};

describe.each(Object.keys(tables) as Foreign[])('the checker in %s', (language) => {
  const table = tables[language];
  const ids = (text: string) => check(text, 'message', { language }).map((finding) => finding.id);

  it('finds nothing wrong in a specific, small, easy ask', () => {
    expect(check(table.good, 'connection-note', { language })).toEqual([]);
  });

  it.each(table.poor)('flags "%s" as %s', (sentence, id) => {
    expect(ids(`${sentence} ${table.good}`)).toContain(id);
  });

  it.each(table.fine)('does not flag "%s" as %s', (sentence, id) => {
    expect(ids(`${table.good} ${sentence}`)).not.toContain(id);
  });

  it.each(table.missing)('notices what is missing: %s → %s', (message, id) => {
    expect(ids(message)).toContain(id);
  });

  it('says what it finds in the language, with the guide’s advice', () => {
    const findings = check(`${table.poor[0]![0]} ${table.good}`.repeat(3), 'connection-note', { language });
    expect(findings.find((finding) => finding.id === 'mentorship-ask')?.advice).toMatch(table.goldenRule);
    expect(findings.find((finding) => finding.id === 'over-limit')?.message).toMatch(table.limit);
    const [sponsorship, said] = table.sponsorship;
    const [finding] = check(`${table.good} ${sponsorship}`, 'message', { language });
    expect(finding).toMatchObject({ id: 'sponsorship-ask', severity: 'error', message: said });
    expect(finding!.advice).toMatch(/15/);
  });
});

describe('every language catches the ask in every other', () => {
  it.each([
    ['es', '¿Voulez-vous être mon mentor ?'],
    ['fr', '¿Quieres ser mi mentora?'],
    ['de', 'Você quer ser meu mentor?'],
    ['pt', 'Möchten Sie mein Mentor sein?'],
    ['es', 'Will you be my mentor?'],
  ] as const)('%s: %s', (language, ask) => {
    expect(check(`${tables[language].good} ${ask}`, 'message', { language }).map((finding) => finding.id)).toContain('mentorship-ask');
  });
});

describe('Me in one language, the draft in another', () => {
  const profile = nativePeople.es.rich!;
  const englishMe = mes.full!;
  const noted = (me: Me, language: DraftLanguage) => compose(profile, me, { channel: 'message', language, now: Date.UTC(2026, 11, 2) }).findings.some((finding) => finding.id === 'me-in-other-language');

  it('warns, in the draft’s language, that Me’s words went in as written ("Soy a data analyst…")', () => {
    const draft = compose(profile, englishMe, { channel: 'message', language: 'es', now: Date.UTC(2026, 11, 2) });
    expect(draft.body).toContain('Soy Sam Lee, junior product analyst at Northwind Logistics');
    expect(draft.findings.find((finding) => finding.id === 'me-in-other-language')).toMatchObject({ severity: 'warning', message: expect.stringContaining('«Yo»') });
  });

  it('says nothing when Me is in the draft’s language', () => {
    expect(noted(englishMe, 'en')).toBe(false);
    for (const language of foreignLanguages) expect(noted(nativeMes[language], language), language).toBe(false);
  });
});
