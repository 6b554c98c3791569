/**
 * Every fragile hook into LinkedIn's markup, in one place, each with the page it matched.
 * When LinkedIn changes its pages, this file (and a saved page run through
 * `npm run extract`) is where to look first. No selector depends on the interface language:
 * headings and button labels are translated, so hooks are ids, attributes, URL shapes and
 * structure. See ../shared/reference/linkedin-dom.md for the sources.
 */

/** A project's or publication's own link: not the employer's page, not a co-author's profile (all layouts). */
export const achievementLink = 'a[href]:not([href*="/company/"]):not([href*="/school/"]):not([href*="/in/"])';

/** Server-driven profile (flagship-web, 2025–2026): hashed classes, so no class selectors. */
export const sdui = {
  // Seen in the 2026 captures (clare-suttie: screen wrapper; costa-vasili: top card).
  screen: '[data-sdui-screen*="profile.Profile"]',
  // The card key is a componentkey, and on some 2026 builds an id (issue 13, pages from other suites).
  card: '[componentkey^="com.linkedin.sdui.profile.card.ref"], [id^="com.linkedin.sdui.profile.card.ref"]',
  cardPrefix: 'com.linkedin.sdui.profile.card.ref',
  /** Card-name suffixes after ref<memberId>, lower-cased (section-discovery code, 2026). */
  sections: {
    topcard: ['topcard'],
    about: ['about'],
    featured: ['featured'],
    experience: ['experiencetoplevelsection', 'experience'],
    education: ['educationtoplevelsection', 'education'],
    skills: ['skills'],
    activity: ['activity', 'recentactivity'],
    // Section-discovery code (unidentified repo, 2026) names projects, publicationtoplevelsection
    // and certificationtoplevel; the others follow the /details/ page names (stickerdaniel
    // PERSON_SECTIONS, 2026). No shared capture shows these cards; the team's pages mirror them.
    projects: ['projects', 'projecttoplevelsection'],
    publications: ['publicationtoplevelsection', 'publications'],
    honors: ['honortoplevelsection', 'honorsandawards', 'honors'],
    certifications: ['certificationtoplevel', 'certificationtoplevelsection', 'licensesandcertifications', 'certifications'],
    volunteering: ['volunteeringtoplevelsection', 'volunteeringexperience', 'volunteering'],
    languages: ['languagetoplevelsection', 'languages'],
  },
  /** The activity pill content is keyed by the vanity name: `<slug>activity_posts_pillContent` (lija capture, 2026). */
  activityByVanity: '[componentkey$="activity_posts_pillContent"]',
  // costa-vasili (2026): the name is the only h2 in the top card, inside a link to the profile.
  name: 'h2',
  // clare-suttie (2026): the sticky toolbar repeats name and headline as <p>s in a profile link.
  toolbar: '[role="toolbar"]',
  toolbarLines: 'a[href*="/in/"] p',
  // costa-vasili (2026): chips in the top card carry icon placeholders named by kind.
  companyChip: 'svg[id^="company-accent"]',
  schoolChip: 'svg[id^="school-accent"]',
  // costa-vasili (2026): location row = <p>City</p><p>·</p><p><a href="#">Contact info</a></p>;
  // other 2026 pages link the overlay itself (/in/<slug>/overlay/contact-info/).
  contactInfoLink: 'a[href="#"], a[href*="/overlay/contact-info"]',
  item: '[role="listitem"], li',
  // lija activity capture (2026): post and long-text bodies.
  expandableText: '[data-testid="expandable-text-box"]',
  post: 'a[href*="/feed/update/urn:li:activity:"], a[href*="/pulse/"]',
} as const;

/** Older logged-in page (Ember "voyager-web", c. 2021–2025, still A/B-served in 2026). */
export const ember = {
  // body class render-mode-BIGPIPE, .pv-top-card and the section anchors (ColdEmailCopilot, joeyism).
  marker: 'code[id^="bpr-guid-"], .pv-top-card, .pv-profile-card__anchor, body.render-mode-BIGPIPE, .scaffold-layout-toolbar',
  topCard: '.pv-top-card, [data-view-name="profile-top-card"], main section.artdeco-card',
  name: 'h1, .text-heading-xlarge',
  // 2026 hybrid: the name renders only in the sticky toolbar (unidentified selector list, 2026).
  toolbarName: '.scaffold-layout-toolbar h1, .scaffold-layout-toolbar .artdeco-entity-lockup__title',
  headline: '.text-body-medium.break-words',
  // Pronouns beside the name (team page ines-duarte, after 2024 top cards): told by their shape.
  pronouns: '.text-body-small.v-align-middle',
  location: '.text-body-small.inline.t-black--light.break-words',
  /** Section anchors: `div#experience.pv-profile-card__anchor` inside `section.artdeco-card`. */
  anchor: (id: string) => `div#${id}`,
  ids: {
    about: 'about', featured: 'featured', experience: 'experience', education: 'education', skills: 'skills', activity: 'content_collections',
    // Section anchors listed by ColdEmailCopilot linkedin-selectors.js (2025).
    projects: 'projects', publications: 'publications', honors: 'honors_and_awards',
    certifications: 'licenses_and_certifications', volunteering: 'volunteering_experience', languages: 'languages',
  },
  // 2024 Ember pages (issue 13): posts in the Activity card are mini feed updates.
  item: 'li.artdeco-list__item, li.pvs-list__paged-list-item, li.artdeco-carousel__item, li.profile-creator-shared-feed-update__mini-container',
  // 2024 Ember pages: an employer's roles nest in the card's sub-components (joeyism, cvme fixture).
  subComponents: '.pvs-entity__sub-components',
  // Mini-update class names of 2022–2025 pages (issue 13; elalienx/scoutr's saved 2024 pages):
  // the post's text (or their comment) is whole in the collapsed show-more box, whose base class
  // is a build hash in 2024 ("lEres… inline-show-more-text--is-collapsed"), so its modifier counts.
  postBody: '.feed-mini-update-commentary__text, .update-components-text, .inline-show-more-text, [class*="inline-show-more-text--"]',
  postWhen: '.feed-mini-update-contextual-description__text, .feed-mini-update-actor__sub-description',
  // The caption above it: "<strong>Laxmi Kant Tiwari</strong> posted this • 3w" (never the text, issue 27).
  postCaption: '.feed-mini-update-contextual-description__text, .update-components-header__text-view',
  // Their comment, on a card captioned "… commented on this" (the team's pages; no shared capture shows one).
  postComment: '.feed-mini-update-comment__text, .comments-comment-item__main-content',
  // Reaction and comment counts under the post.
  postCounts: '.social-details-social-counts',
  // The link of a mini update: the post itself, or the article it shares.
  postLink: 'a[href*="/feed/update/"], a[href*="/pulse/"]',
  // Links in the top card that carry the member id (urn:li:fsd_profile:ACoAA…).
  memberIdLink: 'a[href*="fsd_profile"]',
  // Card chrome inside an entry (elalienx/scoutr 2024 pages): an attachment opens in the media
  // overlay (its file name, "Onboarding kit", is no description), and an "Associated with KTH …"
  // row shows the school's logo pile.
  chrome: 'a[href*="/overlay/"], .ivm-entity-pile',
  entityPile: '.ivm-entity-pile',
  // Each visible string is one aria-hidden span; its .visually-hidden twin is the screen-reader copy.
  line: 'span[aria-hidden="true"]',
  // The show-more box; 2024–25 pages hash its base class, so its modifier counts. In the About
  // card it holds the text alone, without the "Top skills" row beneath it.
  longText: '.inline-show-more-text, [class*="inline-show-more-text--"]',
  payload: 'code[id^="bpr-guid-"]',
} as const;

/**
 * Where we stand with the person: the top card's action row and degree badge (issue 17).
 * Told by link shapes, icon ids and numbers where possible; the pending label is matched by
 * its first word in the languages mrbuslov's `core/detect.js` lists (2026), as a fallback.
 */
export const connection = {
  // stickerdaniel extractor.py and amara-okafor (team page, after mrbuslov 2026): the Connect
  // action is a link to the invite page, also when it sits in the More menu's portal.
  invite: (slug: string) => `a[href*="/preload/custom-invite/"][href*="vanityName=${slug}"]`,
  // costa-vasili top card and clare-suttie toolbar (2026): Pending is a link back to the
  // profile itself, with a clock icon and aria-label "Pending, click to withdraw invitation …".
  ownLink: (slug: string) => `a[href*="/in/${slug}"][aria-label]`,
  pendingIcon: 'svg[id^="clock"]',
  pendingWords: ['pending', 'в ожидании', 'очікує', 'ausstehend', 'pendiente', 'en attente', 'oczekuj', 'pendente', 'in sospeso'],
  // Ember (2024–2025 pages; pending and connect buttons per ColdEmailCopilot content.js and
  // tomasz-wojcik, a team page in Polish): buttons in the top card's action row carry aria-labels.
  emberActions: '.pv-top-card button[aria-label], .pv-top-card a[aria-label], .pvs-profile-actions button[aria-label]',
  // Ember degree badge in the top card: <span class="dist-value">1st</span> (tomasz-wojcik: "2." in
  // Polish; 2024 pages: <span class="distance-badge">…<span class="dist-value">2nd</span></span>).
  emberDegree: '.dist-value, .distance-badge',
  // Ember Connect button's icon (elalienx/scoutr profile1, 2024): <svg data-test-icon="connect-small">
  // <use href="#connect-small"></svg>, whatever the button's label says in the user's language.
  emberConnect: 'svg[data-test-icon="connect-small"], use[href="#connect-small"]',
  // SDUI degree badge: <p>· 1st</p> beside the name (costa-vasili, noor-haddad, priya-raman).
  sduiDegree: /^[·•・]\s*(\d)/,
} as const;

/**
 * LinkedIn's messaging pages: the thread view (/messaging/thread/<id>/) and the overlay chat.
 * Seen in public extension and automation code found by code search (2025–2026), which reads
 * these "msg-" classes to tell who wrote last; made-up pages in them: tests/fixtures/linkedin/messaging-*.html.
 * LinkedIn may draw parts of messaging in a shadow root (Sn0wAlice/LinkedGuard README): the
 * reader then sees nothing, which is what it says.
 */
export const messaging = {
  // The thread view's wrapper, and each open overlay chat bubble.
  thread: '.msg-convo-wrapper, .msg-thread',
  overlay: '.msg-overlay-conversation-bubble',
  // The thread header's link to the other person (overlay: the bubble header's link).
  correspondent: 'a.msg-thread__link-to-profile[href*="/in/"], .msg-overlay-bubble-header a[href*="/in/"]',
  correspondentName: '.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title',
  event: '.msg-s-message-list__event',
  item: '.msg-s-event-listitem',
  // Present on the correspondent's messages; its absence marks the user's own.
  fromThem: 'msg-s-event-listitem--other',
  body: '.msg-s-event-listitem__body',
  // "2:14 PM" per message group, under a day heading ("Today", "Monday", "Nov 28").
  time: 'time.msg-s-message-group__timestamp',
  dayHeading: 'time.msg-s-message-list__time-heading',
} as const;

/** Public (logged-out) page, pageKey public_profile_v3_desktop (satyanadella, guidovanrossum, 2026). */
export const publicPage = {
  marker: '.top-card-layout',
  name: '.top-card-layout__title',
  headline: '.top-card-layout__headline',
  // 2026: the first span; 2023 puts the place in a div before its "6K followers" span.
  location: '.top-card-layout__first-subline .top-card__subline-item, .top-card-layout__first-subline span',
  currentCompany: '.top-card__links-container [data-section="currentPositionsDetails"]',
  topSchool: '.top-card__links-container [data-section="educationsDetails"]',
  about: '[data-section="summary"] .core-section-container__content',
  // 2023 pages (MadhurangaWije/pre-interview-brief-generator) mark the section by class only.
  experience: 'section[data-section="experience"], section.pp-section.experience',
  // 2024 pages (elalienx/scoutr) list a company's several roles as experience-group-position items.
  experienceItem: 'li.experience-item, li.experience-group-position',
  groupItem: 'li.experience-group',
  groupCompany: '.experience-group-header__company',
  title: '.experience-item__title, .profile-section-card__title',
  company: '.experience-item__subtitle, .profile-section-card__subtitle',
  dates: '.date-range',
  meta: '.experience-item__meta-item, .experience-group-position__meta-item',
  // The full text is in the --more paragraph when LinkedIn also renders a shortened --less one
  // (issue 13: descriptions ended in "…" though the whole text was in the page).
  descriptionFull: '.show-more-less-text__text--more',
  description: '.show-more-less-text__text--less, .experience-item__description',
  descriptionBox: '.show-more-less-text, .experience-item__description',
  // guidovanrossum (2026): hidden positions are placeholders under a sign-in overlay.
  blurred: '.blurred-overlay, .blur, [aria-hidden="true"]',
  education: 'section[data-section="educationsDetails"] li.education__list-item',
  posts: 'section[data-section="posts"] li',
  // 2023 pages list their articles in the posts section.
  articles: 'section[data-section="articles"] li, section[data-section="posts"] li.activities-section__item--articles',
  cardTitle: '.base-main-card__title',
  // satyanadella (2026): an article card's date, "Jun 2, 2026".
  cardDate: '.base-main-card__metadata-item',
  /** Sections by data-section (projects, volunteering: guidovanrossum, 2026); each entry is a section card. */
  section: (names: readonly string[]) => names.map((name) => `section[data-section="${name}"] li.profile-section-card`).join(', '),
  anySection: 'section[data-section]',
  // projects and volunteering seen in guidovanrossum (2026); the others named the same way.
  // 2023 pages name honours "awards".
  sections: {
    projects: ['projects'], publications: ['publications'], honors: ['honors-and-awards', 'awards'],
    certifications: ['certifications'], volunteering: ['volunteering'], languages: ['languages'],
  },
  // 2023: "Issued <time>Oct 2011</time>" beside a certificate, its own box within the date range
  // that may also say "Expires <time>Dec 2024</time>" (kekayan); the cause a volunteer role served.
  issued: '.certifications__start-date',
  cause: '.volunteering__item--cause',
  entryTitle: 'h3',
  entrySubtitle: 'h4',
  skills: 'section[data-section="skills"] li',
  canonical: 'link[rel="canonical"]',
  ogUrl: 'meta[property="og:url"]',
} as const;

/**
 * 2016-era pages, logged in (gacek85 capture, Polish UI) and public (jeffweiner08 capture).
 * LinkedIn no longer serves them; they are read as `unknown` with these generic hooks.
 */
export const legacy = {
  // No bare `main h1`: on a sign-in wall or a "not found" page that is "Join LinkedIn" (issue 27).
  name: '#name h1, h1#name, .full-name',
  headline: '#headline .title, .headline.title',
  location: '#location .locality, #demographics .locality',
  current: '#overview-summary-current li a, .extra-info tr:first-child li a',
  about: '#summary-item-view, #summary .description',
  experience: '[id^="experience-"][id$="-view"], li.position',
  role: { title: 'h4', company: 'header h5:not(.logo):not(.experience-logo)', dates: '.date-range, .experience-date-locale', location: '.location, .locality', description: 'p.description' },
  education: '[id^="education-"][id$="-view"], li.school',
  school: { name: 'h4', degree: 'h5, .degree', dates: '.education-date, .date-range' },
  skills: '#profile-skills .endorse-item-name-text, #skills li.skill:not(.see-more):not(.see-less) a',
  posts: '#posts li.post .item-title a',
  // Languages in both 2016 captures; honours and awards in jeffweiner08.
  languages: '#languages li.language, #languages-view li',
  language: { name: 'h4', proficiency: '.proficiency, .languages-proficiency' },
  honors: '#awards li.award, #background-honors li',
  honor: { title: 'h4', by: 'h5', date: '.date-range', description: '.description' },
} as const;

/**
 * What a page at a profile address shows when it is no profile (issue 27). Told by the wall's
 * own form classes where scrapers check for them (`authwall-join-form`, `join-form`, the
 * sign-in fields; auth-wall checks in public scraper code, 2024–2026), else by the page's
 * title and headings in the five interface languages. Only asked when no name was read, so a
 * public profile with its sign-in dialog open is still a profile.
 */
export const notProfile = {
  // The guest home served instead of a profile ("LinkedIn: Log In or Sign Up", pageKey
  // d_homepage-guest-home; a blocked scraper's saved page in elalienx/scoutr, 2024) counts too.
  loginWall: '.authwall-join-form, .authwall-sign-in-form, form.join-form, [data-tracking-control-name*="auth_wall"], input[name="session_password"], form[action*="/uas/login"], [class*="sign-in-form__"], meta[name="pageKey"][content*="authwall"], meta[name="pageKey"][content*="guest-home"]',
  notFound: 'meta[name="pageKey"][content*="404"], meta[name="pageKey"][content*="not_found"], [class*="profile-not-found"], [class*="page-not-found"]',
  error: 'meta[name="pageKey"][content*="error"], [class*="error-page"]',
  /** Where a page names itself: its title and top headings. */
  words: 'head > title, h1, h2',
  loginWallWords: /^(join linkedin|sign in|sign up|únete a linkedin|inicia sesión|iniciar sesión|rejoignez linkedin|s[’']identifier|connexion|linkedin beitreten|anmelden|einloggen|cadastre-se|entrar|participe do linkedin)\b/i,
  notFoundWords: /profile not found|page (?:doesn[’']t|does not) exist|could not be found|page not found|perfil no encontrado|página no existe|profil introuvable|page introuvable|n[’']existe pas|profil nicht gefunden|seite nicht gefunden|existiert nicht|perfil não encontrado|página não (?:existe|encontrada)/i,
  errorWords: /something went wrong|an error (?:has )?occurred|algo salió mal|se ha producido un error|une erreur (?:s[’']est produite|est survenue)|un problème est survenu|etwas ist schiefgelaufen|ein fehler ist aufgetreten|algo deu errado|ocorreu um erro/i,
} as const;

/**
 * Where a saved page names its own address, in order of trust: the public page's own links,
 * then profile links in the top card of the logged-in layouts (their heads can be stale after
 * in-app navigation, so no <title> guessing). An empty attribute means the nearest link's href.
 */
export const pageAddressSources: readonly [selector: string, attribute: string, from: string][] = [
  ['link[rel="canonical"]', 'href', 'the canonical link'],
  ['meta[property="og:url"]', 'content', 'the og:url tag'],
  ['[componentkey$="Topcard"] h2, [id$="Topcard"] h2', '', 'the top card’s name link'],
  ['#top-card-text-details-contact-info', 'href', 'the contact-info link'],
  ['.pv-top-card a[href*="/in/"]', 'href', 'a top-card profile link'],
];
