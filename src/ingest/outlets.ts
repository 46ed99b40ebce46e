/**
 * Outlet display names by web domain: "Source: express.co.uk" → Express. A domain matches itself
 * and its subdomains (news.sky.com, newsukraine.rbc.ua). Unknown domains are shown as the domain.
 * Add an entry only when the domain belongs to one publication; keep names as the outlet writes
 * its own name.
 */
const OUTLET_DOMAINS: ReadonlyArray<readonly [domain: string, name: string]> = [
  ['express.co.uk', 'Express'],
  ['rbc.ua', 'RBC-Ukraine'],
  ['armyrecognition.com', 'Army Recognition'],
  ['understandingwar.org', 'ISW'],
  ['belta.by', 'BelTA'],
  ['reuters.com', 'Reuters'],
  ['apnews.com', 'AP'],
  ['bbc.co.uk', 'BBC'],
  ['bbc.com', 'BBC'],
  ['theguardian.com', 'The Guardian'],
  ['telegraph.co.uk', 'The Telegraph'],
  ['thetimes.co.uk', 'The Times'],
  ['independent.co.uk', 'The Independent'],
  ['dailymail.co.uk', 'Daily Mail'],
  ['mirror.co.uk', 'Mirror'],
  ['thesun.co.uk', 'The Sun'],
  ['news.sky.com', 'Sky News'],
  ['ft.com', 'Financial Times'],
  ['nytimes.com', 'The New York Times'],
  ['washingtonpost.com', 'The Washington Post'],
  ['wsj.com', 'The Wall Street Journal'],
  ['cnn.com', 'CNN'],
  ['newsweek.com', 'Newsweek'],
  ['politico.eu', 'Politico Europe'],
  ['dw.com', 'DW'],
  ['france24.com', 'France 24'],
  ['aljazeera.com', 'Al Jazeera'],
  ['defensenews.com', 'Defense News'],
  ['kyivindependent.com', 'The Kyiv Independent'],
  ['kyivpost.com', 'Kyiv Post'],
  ['pravda.com.ua', 'Ukrainska Pravda'],
  ['unian.info', 'UNIAN'],
  ['unian.net', 'UNIAN'],
  ['ukrinform.net', 'Ukrinform'],
  ['ukrinform.ua', 'Ukrinform'],
  ['euromaidanpress.com', 'Euromaidan Press'],
  ['nv.ua', 'NV'],
  ['rferl.org', 'RFE/RL'],
  ['meduza.io', 'Meduza'],
  ['interfax.ru', 'Interfax'],
  ['interfax.com', 'Interfax'],
  ['interfax.com.ua', 'Interfax-Ukraine'],
  ['tass.com', 'TASS'],
  ['tass.ru', 'TASS'],
  ['ria.ru', 'RIA Novosti'],
  ['belsat.eu', 'Belsat'],
  ['charter97.org', 'Charter 97'],
  ['nashaniva.com', 'Nasha Niva'],
  ['zerkalo.io', 'Zerkalo'],
]

const BY_DOMAIN: ReadonlyMap<string, string> = new Map(OUTLET_DOMAINS)
const BY_NAME: ReadonlyMap<string, string> = new Map(
  OUTLET_DOMAINS.map(([, name]) => [name.toLowerCase(), name]),
)

/** The display names in the table, longest first (so "Interfax-Ukraine" is tried before "Interfax"). */
export const knownOutletNames: readonly string[] = Object.freeze(
  [...new Set(OUTLET_DOMAINS.map(([, name]) => name))].sort((a, b) => b.length - a.length),
)

/** `https://www.express.co.uk/news/world/1` → `express.co.uk`; null when no host can be read. */
export function hostOf(urlOrHost: string): string | null {
  const s = urlOrHost.trim()
  if (s === '') return null
  let host: string
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`).hostname
  } catch {
    return null
  }
  host = host
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .replace(/\.$/, '')
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null
}

/**
 * The outlet for a domain or URL: the table's display name for the domain or a parent domain,
 * else the domain itself. `outletFromDomain('newsukraine.rbc.ua')` → `RBC-Ukraine`;
 * `outletFromDomain('https://example.org/x')` → `example.org`.
 */
export function outletFromDomain(urlOrHost: string): string | null {
  const host = hostOf(urlOrHost)
  if (!host) return null
  return knownOutletForHost(host) ?? host
}

/** The table's display name for a host or one of its parent domains, or null. */
export function knownOutletForHost(host: string): string | null {
  const labels = host.split('.')
  for (let k = 0; k < labels.length - 1; k++) {
    const name = BY_DOMAIN.get(labels.slice(k).join('.'))
    if (name) return name
  }
  return null
}

/**
 * Normalises an outlet name given by metadata or a trailer: a domain ("Express.co.uk") becomes
 * its display name; a known name in another case ("bbc") takes the table's spelling; anything
 * else is kept, trimmed.
 */
export function outletFromName(name: string): string | null {
  const s = name.trim().replace(/\s+/g, ' ')
  if (s === '') return null
  if (/^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(s) && /\.[a-z]{2,}(\/|$)/i.test(s)) {
    return outletFromDomain(s)
  }
  return BY_NAME.get(s.toLowerCase()) ?? s
}

// Second-level labels under country domains: express.co.uk is "express", not "co".
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'in', 'gv'])

/** `centraleuropedaily.pl` and `Central Europe Daily` → `centraleuropedaily`: an outlet's comparable key. */
function outletKey(nameOrDomain: string): string {
  const host = /\s/.test(nameOrDomain.trim()) ? null : hostOf(nameOrDomain)
  if (host && /\.[a-z]{2,}$/.test(host)) {
    const known = knownOutletForHost(host)
    if (known) return outletKey(known)
    const labels = host.split('.')
    let k = labels.length - 2
    if (k > 0 && SECOND_LEVEL.has(labels[k]!)) k--
    return labels[k]!.replace(/[^a-z0-9]/g, '')
  }
  return nameOrDomain
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** Whether two outlet names or domains name the same outlet: `Central Europe Daily` ~ `centraleuropedaily.pl`. */
export const sameOutlet = (a: string, b: string): boolean => outletKey(a) === outletKey(b)
