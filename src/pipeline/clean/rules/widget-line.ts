import { wholeLineRule } from './whole-line.js'

/**
 * Page widgets that leave a line of text behind: "Advertisement", "Share this article",
 * "Story continues below advertisement", "Tags: Belarus, Russia", "Click to share on Telegram
 * (Opens in new window)", "© 2023 Express Newspapers", "Live updates | Key events | Share",
 * "Was this article helpful?", "Posted in World News".
 */
const WIDGET = [
  /^(?:advertisement|advertisements|sponsored(?: content)?|ad|promoted)$/i,
  /^story continues below(?: this)? (?:advertisement|ad)$/i,
  /^(?:continue reading(?: below)?|scroll down (?:for|to) (?:video|continue)|click (?:here )?to (?:enlarge|expand))$/i,
  /^share(?: this)?(?: article| story| post| on \p{L}+)?\s*:?$/iu,
  // "Share this fact check", "Share this explainer": a share button's label
  /^share this(?: [\p{L}-]+){1,3}\s*:?$/iu,
  // "Share this article on Facebook, Twitter or Telegram."
  /^share (?:this|the) (?:article|story|post|page|report)\s+(?:on|via|with)\s.{0,60}$/iu,
  // "Was this article helpful?", "Did you find this story useful?"
  /^(?:was|is|did you find) this (?:article|story|page|post) (?:helpful|useful|interesting|informative)\s*\??$/i,
  // "Listen to the whole programme on our app": an audio player's or podcast's prompt
  /^listen to (?:the |this )?(?:full )?(?:episode|podcast|interview|programme|program|show|broadcast)\b.{0,100}$/i,
  // "Figure 2: Monthly departures, 2023–2024. Source: …": a chart's or table's caption
  /^(?:figure|fig\.|chart|table|graph|map|graphic)\s*\d{0,3}\s*[:.–-]\s+\p{Lu}.{0,200}$/iu,
  // "More from Comment: …", "More from Opinion": links to a section's other pieces
  /^more from (?:\p{Lu}[\p{L}&'’-]*)(?: \p{Lu}[\p{L}&'’-]*){0,3}\s*(?::\s*.{0,160})?$/u,
  // "Related research: …", "Related reading: …": a link to another piece
  /^related (?:research|reading|stories|story|articles?|coverage|content|reports?|analysis|publications?)\s*:\s*.{1,160}$/i,
  // "Related fact check: …", "Read last week's roundup: …", "Read more: …": links to other pieces
  /^related(?: [\p{L}-]+){1,3}\s*:\s*.{1,160}$/iu,
  /^(?:read|see)(?: (?:more|also|our|last|this|the|previous|next|earlier|week['’]s|month['’]s|full|latest)){1,3}(?: [\p{L}-]+)?\s*:\s*.{1,200}$/iu,
  // "[Photo: press service of …]": a bracketed image credit
  /^\[(?:photos?|images?|pictures?|videos?|screenshots?)\s*:\s*[^\]]{1,120}\]$/i,
  // "Sign up for the … Brief, delivered every …", "Get the … roundup in your inbox every Friday"
  /^(?:sign up|register)\s+for\b.{0,200}$/i,
  /^get (?:the|our)\b.{1,80}\bin(?:to)? your inbox\b.{0,120}$/i,
  // "Spotted a rumour? Write to tips@…": a call to write in, with an address
  /^.{0,120}\b(?:write to|e-?mail|contact)(?: us)?(?: at)?\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+.{0,60}$/i,
  // "Posted in World News", "Filed under Europe": a section link, short and with no full stop
  /^(?:posted|filed|published) (?:in|under)\s+[\p{Lu}][\p{L}&,' -]{0,40}$/u,
  /^(?:like this|print|email|tweet|copy link|comments?)\s*:?$/i,
  /^(?:tags|topics|filed under)\s*:\s*\S.{0,200}$/i,
  /^loading\.{0,3}…?$/i,
  // "Click here to see the whole study.": a link to the page the text was taken from
  /^click here to (?:read|see|view|download|access|watch|listen to|open)\b.{0,100}$/i,
  // "Enable JavaScript to view the map"
  /^(?:please )?(?:turn on|enable|activate) javascript\b.{0,80}$/i,
  // "Forward this email to a friend"
  /^forward this (?:newsletter|e-?mail|article|story|briefing)\b.{0,160}$/i,
  // "Follow our live updates on the floods here"
  /^follow (?:our|the) (?:live )?(?:coverage|updates|blog|reporting)\b.{0,160}$/i,
  // "Anna Berg (now) and Jonas Kalns (earlier)": who writes a live page, by turn
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} \((?:now|earlier|later)\)(?:(?:,| and|,? and) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} \((?:now|earlier|later)\)){1,3}$/u,
  /^click to (?:share|email|print|tweet)\b.{0,80}$/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,200}$/i,
  /^all rights reserved\.?$/i,
  // "Live updates | Key events | Share": three or more short items between bars or bullets
  /^[\p{L}][\p{L}'’ -]{0,24}(?:\s+[|•·]\s+[\p{L}][\p{L}'’ -]{0,24}){2,}$/u,
]

/** One alternation: a single test per line. */
const ANY = new RegExp(WIDGET.map((re) => `(?:${re.source})`).join('|'), 'iu')

export const widgetLine = wholeLineRule('boilerplate.widget-line', 'page widget text', (c) => ANY.test(c))
