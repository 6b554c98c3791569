import type { TitledName } from './wording/types';

export type { TitledName };
import type { Profile } from '@/utils/linkedin/profile';
import type { Wording } from './wording/types';
import { tidy } from './wording/text';

/**
 * How a name is greeted, as a careful writer would (issue 26, "names as people go by"):
 *
 * - Titles and credentials are never greeted, wherever they stand: before the name ("Dra.",
 *   "Prof. Dr.-Ing.", "Mag.", "Dipl.-Ing."), after it ("FCA", "PhD", "RN") or after a comma.
 *   A doctor's or professor's title is remembered for the languages that greet with it
 *   (wording/*.ts `greetings.titled`: "Guten Tag Dr. Ingrid Berger,", "Olá, Dra. Silva,").
 * - A nickname is the name they go by: in quotes anywhere ('Robert "Bob" Lee', ‘Bob’, “Bob”),
 *   or in brackets between the given name and the family name ("Oluwafolasade (Sade) Adeyemi").
 *   Brackets after the family name hold something else (pronouns, a former name "(née Smith)",
 *   "(Müller)", the name in another script) and are never greeted; neither is a bracketed word
 *   longer than the given name it stands beside that does not start like it ("Anna (Müller) Schmidt").
 * - Family name first: greeted by the given name when the order can be known, else by the whole
 *   name (never a guessed part, which may be the family name: "Dear Nguyễn" is "Dear Smith"):
 *   1. a family name in capitals ("WANG Wei", "YAMAMOTO Keiko", "NAGY Péter", "Ingrid BERGER")
 *      → the other part;
 *   2. Vietnamese, family name first: a Vietnamese family name first, followed by a Vietnamese
 *      middle name (Thị, Văn, Đức …), or a family name that is never a given name (Nguyễn,
 *      Trần, Phạm …) → the last word, their given name ("Nguyễn Thị Thu Hà" → "Hà"); but a
 *      family name last after one that is also a given name is given name first ("Mai Anh Trần");
 *   3. LinkedIn's first-name field naming a later word ("Tanaka Keiko", first name "Keiko") → it;
 *   4. a common Chinese, Japanese, Korean or Hungarian family name first, with a given name of
 *      that language's shape after it ("Wang Wei", "Li Na", "Tanaka Hiroshi", "Kim Min-jun",
 *      "Nagy Lisa") → the whole name, as written: either order is common in Latin script;
 *   5. otherwise the first name ("Hiroshi Tanaka" → "Hiroshi", "Péter Nagy" → "Péter").
 * - Names in Chinese, Japanese or Korean script are kept whole (no space, no "first word").
 * - A label in the name's place ("LinkedIn Member") is no name: the draft then says "Hello,".
 */


/** The greeting of a draft and the name in it (what "Greet them as" shows). */
export interface Greeting {
  text: string;
  /** The name as the greeting says it ("Sade", "Dr. Ingrid Berger"); "" when it greets no name. */
  name: string;
}

type Named = Pick<Profile, 'name' | 'firstName' | 'headline' | 'greetAs'>;

/**
 * The greeting for a draft: the name the user chose ("Greet them as") or the one read from
 * their name, in the language's form for a letter or a note, with their title where the
 * language greets with it.
 */
export function greetingOf(profile: Named, greetings: Wording['greetings'], letter: boolean, greetAs = profile.greetAs): Greeting {
  const typed = tidy(greetAs);
  if (typed) {
    // A name typed is greeted as typed; with a title in it, in the form the language greets a title with ("Guten Tag Dr. Berger," in a German note too).
    const title = readName(typed, true).title;
    const formal = letter || (title !== undefined && greetings.titled?.({ ...title, full: typed }, false) !== undefined);
    return { text: formal ? greetings.formal(typed, typed) : greetings.informal(typed), name: typed };
  }
  const read = nameToGreet(profile);
  if (!read.first) return { text: greetings.neutral, name: '' };
  const titled = read.titled && greetings.titled?.(read.titled, letter);
  const text = titled || (letter ? greetings.formal(read.first, read.full) : greetings.informal(read.first));
  return { text, name: nameIn(text, greetings) };
}

/** The name to greet them by in a follow-up: the one chosen for them, else the one read from their name. */
export function greetingNameOf(profile: Named | undefined): string {
  return tidy(profile?.greetAs) || firstNameOf(profile?.name, profile?.firstName);
}

/**
 * The name to greet them by, as a careful writer would, or "" when there is none to trust
 * (the draft then says "Hello,"). See the rules above.
 */
export function firstNameOf(name: string | undefined, firstName?: string): string {
  return nameToGreet({ name, firstName }).first;
}

/**
 * Their whole name as they go by it, for a greeting that uses it ("Guten Tag Lena Müller,"),
 * or the name to greet them by when the whole name is not one to trust (too long, or without it).
 */
export function fullNameOf(name: string | undefined, first: string): string {
  // A family name in capitals is written as it is said in a whole name: "Tanaka Hiroshi", not "TANAKA Hiroshi".
  const full = readName(name).words.map(unshouted).join(' ');
  return full.includes(first) && full.length <= 40 && !noSpaceScripts.test(full) ? full : first;
}

function nameToGreet(profile: Named): { first: string; full: string; titled?: TitledName } {
  // A label in the name's place makes its first word a label too: "Hi Sample," greets nobody.
  if (placeholders.test(tidy(profile.name))) return { first: '', full: '' };
  const read = readName(profile.name);
  const given = readName(profile.firstName).words;
  const { words, nickname } = read;
  const order = words.length > 0 ? orderOf(words, given, read.shouted === true) : undefined;
  const chosen = nickname ?? order?.given ?? given.slice(0, 2).join(' ');
  const first = chosen.length > 30 ? '' : chosen;
  if (!first) return { first: '', full: '' };
  // The whole name as they go by it: "Sade Adeyemi", not "Oluwafolasade Adeyemi".
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const full = nickname ? [nickname, last].filter(Boolean).join(' ') : fullNameOf(profile.name, first);
  // The headline may say what the title does not: "Prof. Claire Dubois", "Professeure de droit".
  const inHeadline = titleInHeadline(profile.headline);
  const title = read.title && inHeadline?.kind === read.title.kind ? { ...read.title, feminine: read.title.feminine || inHeadline.feminine } : (read.title ?? inHeadline);
  if (!title || !full || noSpaceScripts.test(full)) return { first, full };
  const family = nickname ? last : order?.family;
  return { first, full, titled: { ...title, ...(family && { family }), full } };
}

interface Order {
  /** The name to greet them by. */
  given: string;
  /** Their family name, when the order is known. */
  family?: string;
}

/** Which part of a Latin-script name is the given name (rules 1–5 above). */
function orderOf(words: string[], given: string[], shouted: boolean): Order {
  if (noSpaceScripts.test(words.join(''))) return { given: words.join(' ') };
  if (words.length === 1) return { given: words[0]! };
  // 2. Vietnamese family-first, also when the family name is in capitals ("NGUYỄN Thị Thu Hà").
  const [head = '', second = ''] = words.map(plain);
  const last = plain(words[words.length - 1]!);
  // "Mai Anh Trần" is given name first: a family name last, after one that is also a given name, unless a Thị or Văn says otherwise.
  const familyLast = vietnameseFamilies.has(last) && !vietnameseAlwaysFamily.has(head) && second !== 'thi' && second !== 'van';
  if (vietnameseFamilies.has(head) && (vietnameseAlwaysFamily.has(head) || vietnameseMiddles.has(second)) && !familyLast) {
    return { given: words[words.length - 1]! };
  }
  // 1. One word in capitals in a name that is not all capitals is its family name (in "AJ SMITH", "AJ" is initials).
  const capitals = words.filter((word) => /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(word));
  if (capitals.length === 1 && !shouted) {
    const family = capitals[0]!;
    const rest = words.filter((word) => word !== family);
    // Family first: the rest is the given name ("KIM Min Jun"); family last: the first of the rest ("Jean Paul DUPONT").
    return { given: words[0] === family ? rest.slice(0, 2).join(' ') : rest[0]!, family: unshouted(family) };
  }
  // 3. LinkedIn's first-name field, when it names a later word, says which is the given name.
  const givenAt = given[0] ? words.indexOf(given[0]) : -1;
  if (givenAt > 0) return { given: given.slice(0, 2).join(' ') };
  // 4. A family name first in a language that writes it so: the whole name, never a guess.
  if (familyFirst(words)) return { given: words.join(' ') };
  // 5. Given name first: LinkedIn's first-name field, else the first word. Initials are not greeted: "J. Robert Smith" goes by Robert.
  const family = familyOf(words);
  const known = family ? { family } : {};
  if (given[0] && !initial(given[0])) return { given: given.slice(0, 2).join(' '), ...known };
  const named = words.slice(0, -1).find((word) => !initial(word));
  return { given: initial(words[0]!) ? (named ?? words.join(' ')) : words[0]!, ...known };
}

/** An initial ("J."), or "Md" for Muhammad: a name's, but not the one to greet. */
const initial = (word: string) => /^(?:\p{L}\.?|Md\.?|Mohd\.?|Muhd\.?)$/u.test(word);

/** A Western name's family name: the second of two words, or from a particle on ("Jean de La Fontaine"). */
function familyOf(words: string[]): string | undefined {
  if (words.length === 2) return words[1];
  const particle = words.findIndex((word, index) => index > 0 && particles.has(word));
  return particle > 0 ? words.slice(particle).join(' ') : undefined;
}

/** Rule 4: a Chinese, Japanese, Korean or Hungarian family name first, and a given name of that language's shape after it. */
function familyFirst(words: string[]): boolean {
  const [head = '', ...rest] = words.map(plain);
  if (rest.length === 0 || rest.length > 2) return false;
  if (chineseFamilies.has(head) && rest.every((word) => pinyin.test(word))) return true;
  if (japaneseFamilies.has(head) && rest.length === 1 && !japaneseFamilies.has(rest[0]!) && japaneseGiven.test(rest[0]!)) return true;
  if (koreanFamilies.has(head) && (/^\p{L}+-\p{L}+$/u.test(words[1]!) || rest.every((word) => korean.test(word.replace(/-/g, ''))))) return true;
  return hungarianFamilies.has(head) && rest.length === 1;
}

/** A word without accents and in lower case, to look it up in the lists below. */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/[’']/g, '').toLowerCase();
}

/** What a name says: its words (no titles, credentials, nicknames, pronouns or symbols), the nickname, and a title worth greeting with. */
function readName(value: string | undefined, typed = false): { words: string[]; nickname?: string; title?: Omit<TitledName, 'full' | 'family'>; shouted?: boolean } {
  let text = tidy(value)
    // "Prof.Dr." and "Dr.Ana": a title glued to the next word is still a title.
    .replace(/\b(Prof|Profa|Dr|Dra|Ing|Mag)\.(?=\p{L})(?![ªº])/gu, '$1. ');
  if (!typed && placeholders.test(text)) return { words: [] };
  const quoted = /(?:^|\s)['‘‚]([^'‘’‚]{2,20})['’‘](?=\s|$)/u.exec(text);
  let nickname = quoted?.[1] && nameShaped(quoted[1]) ? quoted[1].trim() : undefined;
  if (quoted) text = text.replace(quoted[0], ' ');
  const bracket = /\s\(([^)]*)\)\s+(?=\S)/u.exec(text);
  if (!nickname && bracket?.[1] && nameShaped(bracket[1])) {
    const before = wordsOf(text.slice(0, bracket.index)).join(' ');
    const candidate = bracket[1].trim();
    if (before && (candidate.length <= before.length || plain(candidate)[0] === plain(before)[0])) nickname = candidate;
  }
  text = text
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\b(?:he|she|they|ele|ela|elle|il|er|sie)\s*\/\s*\p{L}+\b/giu, ' ')
    .replace(/,.*$/, '');
  let title: Omit<TitledName, 'full' | 'family'> | undefined;
  const words = wordsOf(text).filter((word, index, all) => {
    const found = titleOf(word, index);
    if (found === undefined) return !(index > 0 || all.length > 2 ? credentialOf(word) : false) && !degreeSuffix(word);
    if (found && (!title || (found.kind === 'professor' && title.kind !== 'professor'))) title = found;
    return false;
  });
  const cleaned = unshouted(words.join(' ')).split(' ').filter(Boolean);
  const shouted = !/\p{Ll}/u.test(words.join(''));
  return { words: cleaned, ...(nickname && { nickname: unshouted(nickname) }), ...(title && { title }), ...(shouted && { shouted }) };
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
}

/** A nickname is one or two words of letters, capitalised: not pronouns, a former name or a credential. */
function nameShaped(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return (
    words.length <= 2 &&
    words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word) && titleOf(word, 1) === undefined && !credentialOf(word)) &&
    !/^(?:née|nee|geb|born|formerly|ex|she|he|they|her|him|them)\b/i.test(value.trim())
  );
}

const doctors = new Set(['dr', 'dra', 'doctor', 'doctora', 'docteur', 'docteure', 'dott', 'dottssa', 'dottoressa', 'dr-ing', 'drmed', 'mudr', 'judr', 'phdr', 'rndr', 'mvdr', 'paeddr']);
const professors = new Set(['prof', 'profa', 'professor', 'professora', 'professorin', 'profesor', 'profesora', 'professeur', 'professeure', 'univ-prof', 'univprof']);
const feminineTitles = new Set(['dra', 'doctora', 'docteure', 'dottssa', 'dottoressa', 'profa', 'professora', 'professorin', 'profesora', 'professeure', 'inga', 'lcda', 'licda']);
/** Titles that are also words or names without their dot ("Ing", "Eng", "Col", "Hon", "Mag"): only with it. */
const dottedTitles = new Set(['ing', 'inga', 'eng', 'enga', 'engo', 'mag', 'maga', 'mmag', 'lic', 'lcdo', 'lcda', 'licdo', 'licda', 'arq', 'col', 'capt', 'hon', 'rev', 'mgr', 'bc', 'sr', 'sra', 'srta', 'priv-doz', 'pd']);
const plainTitles = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle']);

/**
 * A title: undefined when the word is none, null when it is one not greeted with ("Mr.",
 * "Mag.", "Dipl.-Ing."), else which (doctor, professor, and Spanish "Ing."/"Lic.").
 */
function titleOf(word: string, index: number): Omit<TitledName, 'full' | 'family'> | null | undefined {
  const key = word.toLowerCase().replace(/ª/g, 'a').replace(/º/g, 'o').replace(/\./g, '');
  const feminine = feminineTitles.has(key);
  if (doctors.has(key)) return { kind: 'doctor', feminine };
  if (professors.has(key)) return { kind: 'professor', feminine };
  if (/^dipl-/.test(key) || key === 'dipl' || word === 'DI' || word === 'PD') return null;
  if (dottedTitles.has(key) && /[.ªº]$/.test(word)) {
    if (/^(?:ing|inga)$/.test(key)) return { kind: 'engineer', feminine };
    if (/^(?:lic|lcdo|lcda|licdo|licda)$/.test(key)) return { kind: 'licentiate', feminine };
    return null;
  }
  if (plainTitles.has(key) && (index === 0 || !/^(?:sir|dame|miss)$/.test(key))) return null;
  return undefined;
}

/** Letters after a name: degrees, memberships and certifications, never part of what to call someone. */
const credentials = new Set(
  (
    'PhD DPhil EdD DBA MBA EMBA MD DO RN BSN MSN DNP NP PA-C PE CEng IEng EurIng FCA ACA ACCA FCCA CPA CA CFA CFP CMA CIMA CGMA PMP MSc BSc MA BA MS BS ' +
    'MEng BEng MPhil JD LLM LLB CISSP CISA CISM FRSA FACS FRCP FRCS MRCP MPH DrPH PHR SPHR SHRM-CP SHRM-SCP CSM PMI-ACP CPHIMS FHIMSS CHCIO ' +
    'Esq CIPD FCIPD MCIPD CIPP CIPP/E RD DPT OTR LCSW LPC PCC ACC MCC FIA FFA FIoD MIET MIMechE MICE FRICS MRICS CFRE CAE CPHQ CNO FAAN FACHE'
  ).split(' '),
);
const credentialsInCapitals = new Set([...credentials].map((credential) => credential.toUpperCase()));

/** "FCA", "Ph.D.", "PHD": a credential (two-letter ones only as written, so the name "Ma" stays). */
function credentialOf(word: string): boolean {
  const key = word.replace(/\./g, '').replace(/[,;]$/, '');
  return credentials.has(key) || (key === key.toUpperCase() && credentialsInCapitals.has(key)) || key.toLowerCase() === 'phd';
}

/** The parts of a German doctorate after "Dr.": "med.", "rer. nat.", "h.c.". */
function degreeSuffix(word: string): boolean {
  return /^(?:med|rer|nat|jur|iur|phil|habil|h\.c|mult|oec|pol|dent|vet|techn|sc|pharm|paed|soc|publ|agr|theol|ing)\.$/.test(word);
}

/**
 * A doctor's or professor's title in the headline's first part ("Professor of Medicine, …",
 * "Dr. med. …"), where it says what they are; later parts may name a place ("… at Dr. Oetker").
 */
function titleInHeadline(headline: string | undefined): Omit<TitledName, 'full' | 'family'> | undefined {
  const [lead = ''] = tidy(headline).split(/\s[|·•–—]\s|,|;/);
  const professor = /(?:^|\s)(Prof\.(?:ª)?|Profa\.|Professor(?:in|a)?|Profesora?|Professeure?|Catedrátic[oa])(?=\s|$)/u.exec(lead);
  if (professor) return { kind: 'professor', feminine: /^(?:Professorin|Professora|Profesora|Professeure|Catedrática|Profa\.|Prof\.ª)$/.test(professor[1]!) };
  const doctor = /^(Dra?\.|Dr\.ª|Dr\.-Ing\.)(?=\s|$)/u.exec(lead);
  if (doctor) return { kind: 'doctor', feminine: /^Dra\.|ª/.test(doctor[1]!) };
  return undefined;
}

/** The name in a greeting: the greeting without the frame its language puts around a name ("Guten Tag ", ","). */
function nameIn(text: string, greetings: Wording['greetings']): string {
  const mark = '\u0001';
  for (const frame of [greetings.informal(mark), greetings.formal(mark, mark)]) {
    const [before, after, ...more] = frame.split(mark);
    if (more.length > 0 || before === undefined || after === undefined) continue;
    if (text.length > before.length + after.length && text.startsWith(before) && text.endsWith(after)) return text.slice(before.length, text.length - after.length);
  }
  return '';
}

// Labels where a name would be: LinkedIn's own, a template's, an anonymised sample's ("Sample User").
const placeholders = /^(?:linkedin member|member|user|undefined|null|name|first ?name|full ?name|your name|(?:sample|test|demo|example|anonymous) (?:user|member|name|person)|\[.*\]|\{.*\})$/i;
const noSpaceScripts = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const particles = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'le', 'la', 'bin', 'binti', 'al', 'el']);

/** Vietnamese family names (without accents); those in the second list are never given names. */
const vietnameseFamilies = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan lam trinh mai cao luu ta chau quach truong ha tong thai luong kieu trieu lai tieu khuc giang'.split(' '),
);
const vietnameseAlwaysFamily = new Set('nguyen tran pham huynh dang bui ngo duong dinh doan trinh truong quach luu'.split(' '));
const vietnameseMiddles = new Set(
  'thi van duc huu minh ngoc thanh quang xuan hoang cong dinh kim bao gia anh thu quoc tuan hong phuong thuy the trong duy khanh nhu dieu hai bich tien viet nhat trung hoai thien dang ba'.split(' '),
);
const chineseFamilies = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long shao wan qian kong mao hao gu lai gong wen ' +
    'chang hsu tsai chou kuo hsieh yeh chan wong leung cheung ng lam chow tsang yeung lau kwok chung tse'
  ).split(' '),
);
const japaneseFamilies = new Set(
  (
    'sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi sano onishi sugimoto arai honda kojima hamada'
  ).split(' '),
);
const koreanFamilies = new Set('kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin kwon hwang ahn an song yoo ryu hong jeon jun ko go moon mun yang son bae baek heo nam sim noh ha kwak sung cha joo woo min'.split(' '));
/** Family names of Hungary that are not also given names ("Simon", "László" are both: not here). */
const hungarianFamilies = new Set(
  'nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz lakatos meszaros olah racz fekete szilagyi torok feher gal kis szucs kocsis pinter fodor szalai sipos magyar gulyas biro kiraly katona bogdan balog boros fazekas orosz somogyi fulop veres budai vincze hegedus deak pap vass szoke voros lengyel bognar bodnar hajdu halasz szekely kozma pasztor bakos dudas hegyi barta szekeres'.split(
    ' ',
  ),
);
/** One to three syllables of Hanyu Pinyin ("wei", "xiaoming", "na"). */
const pinyinSyllable = '(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)';
const pinyin = new RegExp(`^(?:${pinyinSyllable}){1,3}$`);
/** A Japanese given name in Hepburn romanization ("hiroshi", "keiko", "ren"). */
const japaneseGiven = /^(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|ky|gy|ny|hy|my|ry|by|py)?[aiueo]|n(?![aiueo]))+$/;
/** One or two syllables of Korean romanization ("minjun", "jiwoo", "seoyeon"). */
const koreanSyllable = '(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)(?:ng|[kntlmp])?';
const korean = new RegExp(`^(?:${koreanSyllable}){1,2}$`);

/** A name typed all in capitals ("JOHN SMITH") is greeted as it is said: "John Smith"; initials ("AJ") stay. */
function unshouted(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{3}/u.test(name) || noSpaceScripts.test(name)) return name;
  return name.replace(/\p{Lu}{3,}(?:[-'’]\p{Lu}+)*/gu, (word) => word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase()));
}
