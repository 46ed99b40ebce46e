import { wholeLineRule } from './whole-line.js'

/**
 * Links to the previous and next post, each on its own line, with the linked headline after the
 * label: "Previous post Semyon Semenchenko: People who …", "Next post The leader of …", "« Previous
 * article". The headline must start like one (capital, digit or quote), so prose such as "Next
 * post-war talks…" or "Next, the ministry…" is not taken.
 */
const NAV =
  /^(?:[«‹←<]\s*)?(?:Previous|PREVIOUS|Prev|PREV|Next|NEXT|Older|OLDER|Newer|NEWER)\s+(?:[Pp]ost|POST|[Aa]rticle|ARTICLE|[Ss]tory|STORY|[Ee]ntry|ENTRY|[Nn]ews|NEWS)\s*[:»›→>]?(?:\s*$|\s+[\p{Lu}\p{N}“"‘'«])/u

/** Both links on one line: "← Previous article | Next article →", "Older posts · Newer posts". */
const NAV_PAIR =
  /^(?:[«‹←<]\s*)?(?:previous|prev|older|newer|next)(?:\s+(?:posts?|articles?|stor(?:y|ies)|entry|entries|page))?\s*[|·•/]\s*(?:previous|prev|older|newer|next)(?:\s+(?:posts?|articles?|stor(?:y|ies)|entry|entries|page))?\s*[»›→>]?$/i

export const postNavigation = wholeLineRule(
  'boilerplate.post-navigation',
  'previous/next post link',
  (c) => NAV.test(c) || NAV_PAIR.test(c),
)
