/**
 * Their local time, from the location their profile shows (guide: "Acknowledge Time
 * Zones"). A location is only a hint: the user can always pick the zone by hand.
 */

// Places LinkedIn prints in a location line, most specific first in the lookup below.
// Countries with one zone map directly; for wide countries, the state or city decides.
const zoneByPlace: Record<string, string> = {
  // United States: states and big metro names LinkedIn uses ("San Francisco Bay Area").
  'new york': 'America/New_York', 'new jersey': 'America/New_York', massachusetts: 'America/New_York',
  boston: 'America/New_York', pennsylvania: 'America/New_York', philadelphia: 'America/New_York',
  'district of columbia': 'America/New_York', washington: 'America/Los_Angeles', virginia: 'America/New_York',
  maryland: 'America/New_York', georgia: 'America/New_York', atlanta: 'America/New_York',
  florida: 'America/New_York', miami: 'America/New_York', 'north carolina': 'America/New_York',
  ohio: 'America/New_York', michigan: 'America/Detroit', connecticut: 'America/New_York',
  illinois: 'America/Chicago', chicago: 'America/Chicago', texas: 'America/Chicago', dallas: 'America/Chicago',
  austin: 'America/Chicago', houston: 'America/Chicago', minnesota: 'America/Chicago', wisconsin: 'America/Chicago',
  missouri: 'America/Chicago', tennessee: 'America/Chicago', colorado: 'America/Denver', denver: 'America/Denver',
  utah: 'America/Denver', arizona: 'America/Phoenix', california: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles', 'los angeles': 'America/Los_Angeles', seattle: 'America/Los_Angeles',
  oregon: 'America/Los_Angeles', nevada: 'America/Los_Angeles', hawaii: 'Pacific/Honolulu', alaska: 'America/Anchorage',
  // Canada
  ontario: 'America/Toronto', toronto: 'America/Toronto', quebec: 'America/Toronto', montreal: 'America/Toronto',
  'british columbia': 'America/Vancouver', vancouver: 'America/Vancouver', alberta: 'America/Edmonton',
  calgary: 'America/Edmonton', manitoba: 'America/Winnipeg', 'nova scotia': 'America/Halifax',
  // Australia, Brazil, Mexico, Russia, Indonesia: by state or city.
  'new south wales': 'Australia/Sydney', sydney: 'Australia/Sydney', victoria: 'Australia/Melbourne',
  melbourne: 'Australia/Melbourne', queensland: 'Australia/Brisbane', brisbane: 'Australia/Brisbane',
  'western australia': 'Australia/Perth', perth: 'Australia/Perth', 'south australia': 'Australia/Adelaide',
  'são paulo': 'America/Sao_Paulo', 'sao paulo': 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo',
  'mexico city': 'America/Mexico_City', moscow: 'Europe/Moscow', 'saint petersburg': 'Europe/Moscow',
  jakarta: 'Asia/Jakarta', bali: 'Asia/Makassar',
  // Countries with one zone (or one that nearly everyone on LinkedIn is in).
  'united kingdom': 'Europe/London', england: 'Europe/London', scotland: 'Europe/London', wales: 'Europe/London',
  ireland: 'Europe/Dublin', portugal: 'Europe/Lisbon', spain: 'Europe/Madrid', france: 'Europe/Paris',
  belgium: 'Europe/Brussels', netherlands: 'Europe/Amsterdam', luxembourg: 'Europe/Luxembourg',
  germany: 'Europe/Berlin', switzerland: 'Europe/Zurich', austria: 'Europe/Vienna', italy: 'Europe/Rome',
  denmark: 'Europe/Copenhagen', norway: 'Europe/Oslo', sweden: 'Europe/Stockholm', finland: 'Europe/Helsinki',
  estonia: 'Europe/Tallinn', latvia: 'Europe/Riga', lithuania: 'Europe/Vilnius', poland: 'Europe/Warsaw',
  czechia: 'Europe/Prague', 'czech republic': 'Europe/Prague', slovakia: 'Europe/Bratislava',
  hungary: 'Europe/Budapest', romania: 'Europe/Bucharest', bulgaria: 'Europe/Sofia', greece: 'Europe/Athens',
  serbia: 'Europe/Belgrade', croatia: 'Europe/Zagreb', slovenia: 'Europe/Ljubljana', ukraine: 'Europe/Kyiv',
  turkey: 'Europe/Istanbul', türkiye: 'Europe/Istanbul', israel: 'Asia/Jerusalem', egypt: 'Africa/Cairo',
  'saudi arabia': 'Asia/Riyadh', 'united arab emirates': 'Asia/Dubai', dubai: 'Asia/Dubai', qatar: 'Asia/Qatar',
  nigeria: 'Africa/Lagos', ghana: 'Africa/Accra', kenya: 'Africa/Nairobi', ethiopia: 'Africa/Addis_Ababa',
  'south africa': 'Africa/Johannesburg', morocco: 'Africa/Casablanca', rwanda: 'Africa/Kigali',
  uganda: 'Africa/Kampala', tanzania: 'Africa/Dar_es_Salaam', pakistan: 'Asia/Karachi', india: 'Asia/Kolkata',
  'sri lanka': 'Asia/Colombo', nepal: 'Asia/Kathmandu', bangladesh: 'Asia/Dhaka', thailand: 'Asia/Bangkok',
  vietnam: 'Asia/Ho_Chi_Minh', malaysia: 'Asia/Kuala_Lumpur', singapore: 'Asia/Singapore',
  philippines: 'Asia/Manila', china: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong', taiwan: 'Asia/Taipei',
  'south korea': 'Asia/Seoul', korea: 'Asia/Seoul', japan: 'Asia/Tokyo', 'new zealand': 'Pacific/Auckland',
  argentina: 'America/Argentina/Buenos_Aires', chile: 'America/Santiago', colombia: 'America/Bogota',
  peru: 'America/Lima', 'costa rica': 'America/Costa_Rica', uruguay: 'America/Montevideo',
  brazil: 'America/Sao_Paulo', mexico: 'America/Mexico_City', 'united states': 'America/New_York',
  canada: 'America/Toronto', australia: 'Australia/Sydney', russia: 'Europe/Moscow', indonesia: 'Asia/Jakarta',
  // Cities LinkedIn often prints without a country.
  london: 'Europe/London', paris: 'Europe/Paris', berlin: 'Europe/Berlin', amsterdam: 'Europe/Amsterdam',
  lagos: 'Africa/Lagos', nairobi: 'Africa/Nairobi', bengaluru: 'Asia/Kolkata', bangalore: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata', delhi: 'Asia/Kolkata', tokyo: 'Asia/Tokyo', seoul: 'Asia/Seoul',
};

// Words LinkedIn wraps around a place: "Greater Boston", "San Francisco Bay Area", "Lagos State".
const decoration = /\b(greater|metropolitan|metro|area|region|bay|state|province|county|city of)\b/g;

function candidates(location: string): string[] {
  return location
    .split(/[,·|/]/)
    .map((part) => part.toLocaleLowerCase().replace(decoration, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A likely IANA time zone for a LinkedIn location line, or undefined when unsure. */
export function guessTimeZone(location: string | undefined): string | undefined {
  if (!location) return undefined;
  for (const place of candidates(location)) {
    const zone = zoneByPlace[place];
    if (zone) return zone;
  }
  return undefined;
}

/** "14:05 (Tue)" in the given zone: what to show next to their location. */
export function localTimeText(zone: string, now: number, locale?: string): string {
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(now);
  const day = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short' }).format(now);
  return `${time} (${day})`;
}

/** Minutes east of UTC for a zone at an instant (daylight saving included). */
export function utcOffsetMinutes(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: UTC itself
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The words of a time difference, in the interface's language (components/popup/text.ts). */
export interface TimeDifferenceWords {
  same: string;
  hours: (hours: number) => string;
  minutes: (minutes: number) => string;
  ahead: (amount: string) => string;
  behind: (amount: string) => string;
}

/** "3 h ahead of you", "5 h 30 min behind you", or "same time as you". */
export function timeDifferenceText(theirZone: string, myZone: string, at: number, words: TimeDifferenceWords): string {
  const difference = utcOffsetMinutes(theirZone, at) - utcOffsetMinutes(myZone, at);
  if (difference === 0) return words.same;
  const size = Math.abs(difference);
  const hours = Math.floor(size / 60);
  const minutes = size % 60;
  const amount = [hours ? words.hours(hours) : '', minutes ? words.minutes(minutes) : ''].filter(Boolean).join(' ');
  return difference > 0 ? words.ahead(amount) : words.behind(amount);
}
