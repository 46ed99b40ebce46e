/**
 * What may follow the cue of a speech tag before its sentence ends: adverbs ("again", "later"),
 * times ("last week", "in August") and prepositional phrases of where, when and how the words
 * were said ("on national television", "in a statement last month", "after the talks"). A word
 * that opens a clause ("that", "who", "because") or a verb-like "-ed" word ends the phrase: what
 * follows it is content, not the tag.
 */
const ADVERB =
  /^(?:again|too|later|recently|earlier|then|today|yesterday|tonight|once|also|very|quite|so|publicly|privately|[\p{Ll}]+ly)$/u
const TIME_HEAD = /^(?:last|this|next|each|every)$/
const PREPOSITION =
  /^(?:on|in|at|to|after|during|before|following|via|over|from|with|without|for|under|ahead)$/
/** "when asked", "when I asked him about the deal", "as reporters pressed him": the occasion of an answer. */
const WHEN_ASKED =
  /(?:^|\s)(?:when|as|after)\s+(?:(?:i|we|he|she|they|reporters|journalists)\s+)?(?:was\s+|were\s+)?(?:asked|pressed|questioned)\b.*$/i
const CLAUSE_WORD =
  /^(?:that|who|whom|which|whose|when|where|while|because|as|if|whether|and|but|or|so|than|since|although|though)$/
const BY_CHANNEL = /^(?:phone|telephone|e-?mail|video|text|messenger|letter)$/i
const PHRASE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u

/**
 * The words after a tag's cue are only an adverbial: the cue closes the tag.
 *
 * @example closesTag('on national television') // true
 * @example closesTag('in a statement that the plant had closed') // false
 */
export function closesTag(rest: string): boolean {
  const words = rest
    .replace(WHEN_ASKED, '')
    // "said at a fair in July, where the company signed a deal": a clause on the place or time
    .replace(/,\s*(?:where|when|whereupon)\s[\s\S]*$/i, '')
    .trim()
    .replace(/[.!?’”"']+$/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  if (!words.length) return true
  if (words.length > 8) return false
  let i = 0
  while (i < words.length) {
    const w = words[i]!.toLowerCase()
    if (!PHRASE_WORD.test(words[i]!) || CLAUSE_WORD.test(w)) return false
    if (ADVERB.test(w)) {
      i++
      continue
    }
    // "told the Gazette by phone", "said by video link": how the words came
    if (w === 'by' && BY_CHANNEL.test(words[i + 1] ?? '')) {
      i += /^video$/i.test(words[i + 1]!) && /^link$/i.test(words[i + 2] ?? '') ? 3 : 2
      continue
    }
    if (TIME_HEAD.test(w) && i + 1 < words.length) {
      i += 2
      continue
    }
    if (!PREPOSITION.test(w) || i + 1 >= words.length) return false
    // the object of the preposition: up to the next preposition, no clause word, no past verb
    i++
    let n = 0
    while (i < words.length && !PREPOSITION.test(words[i]!.toLowerCase())) {
      const o = words[i]!.toLowerCase()
      if (!PHRASE_WORD.test(words[i]!) || CLAUSE_WORD.test(o)) return false
      if (/ed$/.test(o) && n > 0 && !/^(?:armed|united|red|based)$/.test(o)) return false
      if (ADVERB.test(o) && n > 0) break
      i++
      n++
    }
    if (!n) return false
  }
  return true
}
