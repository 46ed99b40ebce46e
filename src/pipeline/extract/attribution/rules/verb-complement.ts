import type { Span } from '../../../../model/span.js'
import { OBJECT_ONLY_CUES, verbCuesIn } from '../cues.js'
import { type Phrase, subjectBefore } from '../subject.js'
import { closesTag } from '../tag-end.js'
import type { AttributionContext, AttributionRule, Proposal } from '../types.js'
import { hasFiniteVerb as finiteVerbIn, trimSpan, wordsIn } from '../words.js'

// "the said plant", "a reported attack": a cue word used as an adjective
const ADJECTIVAL = /(?:^|[\s"“”‘’'])(?:the|a|an|this|that|these|those|such|its|their|his|her)\s*$/i
const PREPOSITION = /^(?!at least\b|at most\b)(?:during|at|in|on|after|before|with|following|while|from)\b/i
const TOLD = /^(?:told|tells)$/i
/** A time adverbial between a cue and "that": "earlier on Tuesday", "last week", "in March", "again". */
const TIMED_THAT =
  /^\s*,?\s*(?:(?:earlier|later|again|also|previously|recently|repeatedly|separately|then|today|yesterday|however|nevertheless|though|instead|too|on|in|at|last|this|late|early|week|month|year|night|weekend|morning|afternoon|evening|summer|winter|spring|autumn|on\s+\w+|\p{Lu}\p{L}+|\d{1,4}(?:st|nd|rd|th)?),?\s+){1,5}that\s/u
/** A source named between a cue and "that": "reported, citing two officials, that …". */
const CITED_THAT =
  /^\s*,\s*(?:citing|quoting|referring to|with reference to|according to)\s[^,;:]{1,80},\s*that\s/i
/** Cues that report evidence rather than speech: "The images suggest …", "Investigators found …". */
export const EVIDENTIAL =
  /(?:^|\s)(?:suggest|suggests|suggested|show|shows|showed|indicate|indicates|indicated|found|revealed|documented|recorded|observed|spotted|counted|disclosed)$/i

/**
 * A cue verb with its subject before it and its content after it:
 * `retired Air Vice-Marshal Sean Bell reported that …`, `Most military analysts are inclined to
 * believe that …`, `Lukashenko stated during a meeting … that …`, `Peleng … announced plans to …`,
 * `whom the EU and the United States do not consider legally elected,` (content to the comma),
 * `as the President of Belarus said at the end of the talks, Russia has …` (content after the comma),
 * and a second cue of the same subject (`… and expressed willingness to help …`). A cue with
 * nothing after it but a prepositional phrase (`ISW reports in its latest assessment.`) takes the
 * content of the sentence before (marked `anaphoric`).
 */
export const verbComplement: AttributionRule = {
  name: 'verb-complement',
  propose(ctx) {
    const { text } = ctx
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      if (/\?\s*[’”"']?\s*$/.test(s)) continue // a question asserts nothing
      const cues = verbCuesIn(ctx.cues, text, sent.start, sent.end)
      if (!cues.length) continue
      const subjects: Phrase[] = []
      // the subjects of cues said in the narrator's voice, not inside another cue's content
      const outer: Phrase[] = []
      const contents: Span[] = []
      for (const m of cues) {
        const cue = m[0].toLowerCase()
        const cueStart = sent.start + m.index
        const cueEnd = cueStart + m[0].length
        if (ADJECTIVAL.test(s.slice(0, m.index))) continue
        // "cannot verify Hajun's report": a possessive before the cue makes it a noun
        if (/\p{L}['’]s?\s+$/u.test(s.slice(Math.max(0, m.index - 40), m.index))) continue
        if (!isVerbUse(ctx, m[0], cueStart, cueEnd)) continue
        const after = text.slice(cueEnd, sent.end)
        if (
          /^\s*(?:(?:very|quite|so|[\p{Ll}]+ly)\s+)*[:,]?\s*[“"‘'«]/u.test(after) ||
          (/^\s*:/.test(after) && !after.slice(after.indexOf(':') + 1).trim())
        )
          continue
        // "tracks reported by monitors", "shipments observed and reported by residents": a participle
        if (/^\s+by\s/i.test(after)) continue
        let ph = subjectBefore(ctx, cueStart, sent.start)
        // "logs obtained by the paper show": the agent of a participle is not what shows
        if (ph?.leftWord === 'by' && EVIDENTIAL.test(cue)) continue
        // "X said the deals showed that … and urged …": the second verb shares the outer subject
        // ("… that …, but warned that …": "but" is no subject)
        // ("said he backed the plan but warned …": nor is a phrase that "but" closes)
        const but = ph && /(?:^|\s)but$/i.test(text.slice(ph.span.start, ph.span.end))
        const lastSubject =
          outer[outer.length - 1] ??
          subjects[subjects.length - 1] ??
          (!ph || but ? sharedSubject(ctx, sent.start, cueStart) : null)
        if (
          (!ph || but) &&
          lastSubject &&
          /\b(?:and|but)\s*$/i.test(text.slice(sent.start, ph?.cueStart ?? cueStart))
        )
          ph = { ...lastSubject, cueStart: ph?.cueStart ?? cueStart }
        else if (but) continue
        if (!ph) continue
        // "documentation, reports, and contracts": an item of a list ("as X said, …" is no list)
        if (/^\s*,/.test(after) && ph.leftWord !== 'as' && !TIMED_THAT.test(after) && !CITED_THAT.test(after))
          continue
        // a tag closing its sentence ("…, the Pentagon said.") is `sentence-tag`'s
        // ("…, its ministry said.": a possessive before the subject stays inside the tag)
        const beforeSubject = text
          .slice(sent.start, ph.span.start)
          .trimEnd()
          .replace(/(?:^|\s)(?:its|their|his|her|our)$/i, '')
          .trimEnd()
        if (
          /[,”"’]$/.test(beforeSubject) &&
          !/^\s*(?:that\b|:)/i.test(after) &&
          (isTagEnd(after) || TAG_BEFORE_COMMA.test(after) || closesTag(after.split(',')[0]!))
        )
          continue
        // "Tents were reported at the camp": a passive without "that" reports no one's speech; nor
        // does "the plant is believed to specialise in …", a hedge on what its subject does
        const passive = /(?:^|\s)(?:is|are|was|were|be|been|being)(?:\s|$)/i.test(
          text.slice(ph.cueStart, cueStart),
        )
        if (
          passive &&
          /(?:ed|said|told|shown|known|written)$/i.test(cue) &&
          !/^\s*(?:that\b|:|to\b)/i.test(after) &&
          !AS_SAYING.test(after)
        )
          continue
        if (
          passive &&
          /^(?:believed|thought|said|understood|known|alleged|rumou?red|considered|reported)$/i.test(cue) &&
          /^\s*to\s/i.test(after)
        )
          continue
        const nested = contents.some((c) => c.start <= cueStart && cueStart < c.end)
        // "he stated that he expects a coup to occur": an expectation inside reported speech is
        // part of what was said
        if (nested && /^expects?$/.test(cue)) continue
        subjects.push(ph)
        if (!nested) outer.push(ph)
        const content = complement(ctx, cue, cueEnd, sent, ph)
        if (typeof content === 'object' && content) contents.push(content)
        // "did not say how many …", "would not say whether …": a question left open asserts nothing
        if (
          typeof content === 'object' &&
          content &&
          (/^(?:whether|if)\s/i.test(text.slice(content.start, content.end)) ||
            (/\b(?:not|never)\b|n['’]t\b/i.test(text.slice(ph.cueStart, cueStart)) &&
              /^(?:how|when|where|why|which|what|who)(?:\s|$)/i.test(
                text.slice(content.start, content.end),
              )) ||
            // "has never said where": a question word alone is no content
            /^(?:how|when|where|why|which|what|who|whom|whether)$/i.test(
              text.slice(content.start, content.end),
            ))
        )
          continue
        // "it has maintained close ties", "it has added a shift": with a pronoun for a subject
        // only a plain speech verb, an expectation or estimate ("It expects output to fall"), a
        // "that" clause or a clause with a verb of its own ("It insisted the drills were …") makes speech
        if (
          typeof content === 'object' &&
          content &&
          /^it$/i.test(text.slice(ph.span.start, ph.span.end)) &&
          !/^(?:said|says|say|expects|expected|estimates|estimated)$/.test(cue) &&
          !/\bthat\s|:/i.test(text.slice(cueEnd, content.start)) &&
          !finiteVerbIn(text, ctx.tokens, content.start, content.end)
        )
          continue
        const proposal: Omit<Proposal, 'content' | 'anaphoric'> = {
          rule: 'verb-complement',
          speaker: {
            kind: 'phrase',
            span: ph.span,
            role: ph.role,
            evidential: EVIDENTIAL.test(cue),
            ...(ph.described ? { described: ph.described } : {}),
          },
          cue: text.slice(ph.cueStart, cueEnd),
          cueSpan: { start: ph.cueStart, end: cueEnd },
          direct: false,
          outlet: ph.outlet ?? mediumAfter(after),
        }
        if (content === 'anaphoric') {
          if (
            ctx.cues.kindOf.get(cue) === 'report' ||
            cue === 'said' ||
            cue === 'stated' ||
            cue === 'announced'
          ) {
            out.push({ ...proposal, content: { start: cueEnd, end: cueEnd }, anaphoric: true })
          }
        } else if (content) out.push({ ...proposal, content })
      }
    }
    return out
  },
}

const RELATIVE_SUBJECT = /(?:^|[\s,])(?:which|whom|who)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}$/u
// "reports have suggested", "the report says": a cue word followed by a verb is a noun
const FOLLOWED_BY_VERB =
  /^\s+(?:have|has|had|is|are|was|were|will|would|could|can|may|might|should|must|say|says|said|show|shows|suggest|suggests|indicate|indicates)\b/i

/**
 * A cue that is a verb here: lowercase ("United States" is no cue), not followed by a verb of its
 * own or by "of" ("reports of transfers") unless a pronoun is its subject ("which it said had
 * repaired", "photos that it says show"). wink-nlp's tag is not asked: it reads "analysts claim
 * that" and "ISW reports in" as nouns.
 */
function isVerbUse(ctx: AttributionContext, surface: string, start: number, end: number): boolean {
  if (surface !== surface.toLowerCase()) return false
  if (/(?:^|\s)(?:it|he|she|they|we)\s+$/i.test(ctx.text.slice(Math.max(0, start - 6), start))) return true
  // "which the council said had shipped …": a cue inside a relative clause, its content the
  // clause's own verb
  if (RELATIVE_SUBJECT.test(ctx.text.slice(Math.max(0, start - 50), start))) return true
  const after = ctx.text.slice(end, end + 20)
  // ("reports of" is a noun; "warned of" stays a verb)
  return !FOLLOWED_BY_VERB.test(after) && (!/^\s+of\b/.test(after) || /^warn(?:ed|s)$/.test(surface))
}

// "wrote on Telegram that", "said on Facebook:", "posted on its Telegram channel that"
const ON_MEDIUM =
  /^\s+on\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?([\p{Lu}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.-]*){0,3})(?:\s+(?:channel|account|page|blog|programme|program|show))?(?=\s+that\b|\s*[,:])/u
const NOT_A_MEDIUM =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d.*)$/

/** The medium named right after a cue ("on Telegram"), not a date ("on Friday"). */
function mediumAfter(after: string): string | null {
  const m = ON_MEDIUM.exec(after)
  if (!m || NOT_A_MEDIUM.test(m[1]!.split(/\s+/)[0]!)) return null
  return m[1]!
}

/** "was quoted as saying that": the words after "quoted" that lead to the content. */
const AS_SAYING = /^\s+as\s+(?:saying|stating|having said|telling\s+\S+(?:\s+\S+)?)\s*(?:that\s+)?/i
/** "told reporters", "told the Harbour Gazette", "told state television": whom, before a clause. */
const TOLD_WHOM =
  /^\s+(?:reporters|journalists|the press|(?:state|national|local)\s+(?:television|TV|radio|media)|(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4})(?:\s+(?:on|in|at|after|during)\s+(?:\p{Lu}[\p{L}]*|the\s+\p{Ll}+))?\s+(?=\p{Ll})/u

/**
 * "X, Ukraine's envoy, welcomed the package and said …": a cue after "and" whose clause has no
 * subject of its own shares the subject of the verb before "and", when that verb is the first
 * finite verb of the sentence (not one inside a clause of its own).
 */
function sharedSubject(ctx: AttributionContext, from: number, cueStart: number): Phrase | null {
  const and = /\s(?:and|but)\s+$/i.exec(ctx.text.slice(from, cueStart))
  if (!and) return null
  const words = wordsIn(ctx.text, ctx.tokens, from, from + and.index)
  // (not a participle opening the subject: "Exiled opposition leader X welcomed …")
  const verbs = words.filter(
    (w) => (w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.lower) && !/^\p{Lu}/u.test(w.text),
  )
  if (verbs.length !== 1) return null
  return subjectBefore(ctx, verbs[0]!.start, from)
}

/** A finite verb (not a participle in -ing) in the 120 characters from `from`: the words make a clause. */
const hasFiniteVerb = (ctx: AttributionContext, from: number, to: number): boolean =>
  finiteVerbIn(ctx.text, ctx.tokens, from, Math.min(to, from + 120))

/** "on Saturday, three weeks after …": a tag's adverbial, then a comma and the rest of the sentence. */
const TAG_BEFORE_COMMA =
  /^\s*(?:\w+ly|again|too|later|earlier|then|(?:on|in|at|last|this) \w+(?: \w+)?|at the time)?\s*,/i

/** `.` or an adverb and `.`: nothing but the end of the sentence follows the cue. */
const isTagEnd = (after: string): boolean => /^\s*(?:\w+ly)?\s*[.!?’”"']*\s*$/.test(after)

// an object, then "to"/"of" and a verb: the content of requests and accusations
const TO_VERB = /^\s+(?!that\b)[^,;:.“"]{1,50}?\s+to\s+[\p{Ll}]+/u
const OF_GERUND = /^\s+(?!that\b)[^,;:.“"]{1,50}?\s+of\s+(?:[\p{Ll}]+\s+){0,2}?[\p{Ll}]+ing\b/u
// "dismissed the claim", "rejected the Ukrainian statements", "denied these reports": the
// speech that is answered is the content
export const SPEECH_OBJECT =
  /^\s+(?:(?:the|these|those|this|that|such|all|any|its|their|his|her|earlier|recent|latest|new|[\p{Lu}][\p{L}'’-]*)\s+){0,3}(?:claims?|statements?|reports?|allegations?|accusations?|assertions?|suggestions?|rumou?rs?|charges?|remarks?|comments?|reporting|findings|account|sanctions|measures|listings?|designations?|ruling|verdict)(?![\p{L}])/u
// "called the move a provocation", "called Minsk a co-aggressor": what is named, then what it is
// called (with no quotation marks; quoted words are quote-intro's)
const NAMED_AS =
  /^\s+(?:(?:the|this|these|those|its|their|his|her|such|[\p{Lu}][\p{L}'’-]*)\s+)(?:[\p{L}'’-]+\s+){0,4}?(?:a|an)\s+[\p{Ll}]/u
// "warned of a build-up near the border": what is warned of
const WARNED_OF =
  /^\s+(?:again\s+|repeatedly\s+|also\s+)?of\s+(?=(?:a|an|the|possible|new|further|renewed|more|[\p{Ll}]+s)\b)/u
// after a speech noun: the end of the sentence or clause, or an adverbial of time
const OBJECT_ENDS =
  /^(?:\s*[.,;!?]|\s*$|\s+(?:on|last|this|earlier|later|yesterday|today|in\s+(?:a\s+statement|\p{Lu}|\d)|within|hours|days|minutes)\b)/u
// "put the number at 2,000", "puts the real figure closer to 30,000": an estimate
const FIGURE_AT =
  /^\s+(?:the|its|their|this|that|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,2}(?:figure|number|total|count|toll|tally|strength|size|cost|value|losses|casualties|share)s?\s+(?:at|closer to|near|nearer|around|as high as|as low as|below|above|under|over|between)\s/u
// "counted 212 wagons", "recorded between 30 and 40 wagons": a count reported by its counter
const COUNT_OBJECT =
  /^\s+(?=(?:(?:at least|at most|more than|fewer than|less than|over|under|nearly|almost|about|around|roughly|some|up to|as many as|between)\s+)?(?:\d|(?:a|two|three|several) dozen|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?![\p{L}]))/iu
// "which the ministry describes as routine", "in what officials described as a test": the
// relative word is the object, the content follows "as"
const DESCRIBED_AS = /^\s+as\s+[“"‘«]?/
const DESCRIBE_CUES: ReadonlySet<string> = new Set(['described', 'describes', 'describe'])
// "described how …", "described the yard working at night", "described a shift, during which …"
const DESCRIBED_SCENE =
  /^\s+(?:how\s|(?:the|a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:(?!during|morning|evening|building|ceiling|spring)[\p{Ll}]+ing\s|[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,6},\s+(?:during|in)\s+which\s))/u
const DESCRIBED_OBJECT = /^(?:what|which|whom|who|that)$/
const OBJECT_COMPLEMENT: Readonly<Record<string, RegExp>> = {
  counted: COUNT_OBJECT,
  recorded: COUNT_OBJECT,
  urged: TO_VERB,
  urges: TO_VERB,
  // "Analysts expect output to rise"
  expect: TO_VERB,
  expects: TO_VERB,
  accused: OF_GERUND,
  accuses: OF_GERUND,
  accuse: OF_GERUND,
  dismissed: SPEECH_OBJECT,
  dismisses: SPEECH_OBJECT,
  rejected: SPEECH_OBJECT,
  rejects: SPEECH_OBJECT,
  refuted: SPEECH_OBJECT,
  put: FIGURE_AT,
  puts: FIGURE_AT,
  called: NAMED_AS,
  calls: NAMED_AS,
  warned: WARNED_OF,
  warns: WARNED_OF,
}

const TRAILING_PARTICIPLE =
  /,\s*(?:and\s+)?(?:also\s+)?(?:adding|saying|explaining|noting|stressing|arguing|claiming|insisting|warning)\s+(?:that\s|[:“"‘])/i

function complement(
  ctx: AttributionContext,
  cue: string,
  cueEnd: number,
  sent: Span,
  ph: Phrase,
): Span | 'anaphoric' | null {
  const { text } = ctx
  let start = cueEnd
  let rest = text.slice(start, sent.end)
  let scene = false
  const colon = /^\s*:\s*/.exec(rest)
  if (colon) start += colon[0].length
  else if (DESCRIBE_CUES.has(cue)) {
    // only with a relative object before the subject: "described the plant" says nothing; a
    // scene or process described ("described the yard working at night", "described how …",
    // "described a long shift, during which …") is what the speaker reports
    const as = DESCRIBED_AS.exec(rest)
    if (!as || !DESCRIBED_OBJECT.test(ph.leftWord ?? '')) {
      if (as || !DESCRIBED_SCENE.test(rest) || ph.relative) return null
      scene = true
      start += rest.length - rest.trimStart().length
      if (/^how\s/i.test(rest.trimStart())) start += 4
    } else start += as[0].length
  } else if (ph.leftWord === 'as') {
    // "as X said (at the end of the talks), CONTENT"
    const comma = rest.indexOf(',')
    if (comma < 0 || comma > 80) return null
    start += comma + 1
  } else {
    const object = OBJECT_COMPLEMENT[cue]?.exec(rest)
    if (object) {
      // "urged Minsk to pull back …", "accused Moscow of firing …": the object and what follows
      // ("warned of a build-up": what is warned of, without "of")
      start +=
        OBJECT_COMPLEMENT[cue] === WARNED_OF
          ? object[0].length
          : object[0].length - object[0].trimStart().length
      // "rejected the report on Wednesday": the speech answered, without when it was answered
      if (OBJECT_COMPLEMENT[cue] === SPEECH_OBJECT && OBJECT_ENDS.test(rest.slice(object[0].length))) {
        return trimSpan(text, { start, end: cueEnd + object[0].length })
      }
    } else if (OBJECT_ONLY_CUES.has(cue)) {
      return null
    } else if (AS_SAYING.test(rest)) {
      // "X was quoted as saying (that) …"
      start += AS_SAYING.exec(rest)![0].length
    } else if (TOLD.test(cue)) {
      const that = /\bthat\s/i.exec(rest)
      // "told reporters the bridge was closed": whom, then a clause without "that"
      const whom = that ? null : TOLD_WHOM.exec(rest)
      if (whom && hasFiniteVerb(ctx, start + whom[0].length, sent.end)) start += whom[0].length
      else if (!that || that.index > 60) return null
      else start += that.index + that[0].length
    } else if (PREPOSITION.test(rest.trim())) {
      const that = /\bthat\s/i.exec(rest)
      if (!that || that.index > 160) return 'anaphoric'
      // "adverts the plant published in May suggest that …": the "that" is another cue's
      const between = wordsIn(text, ctx.tokens, start, start + that.index)
      const cueVerb = between.some(
        (w, i) =>
          w.pos === 'VERB' &&
          ctx.cues.kindOf.has(w.lower) &&
          !/^(?:the|a|an|its|their|his|her|our|this)$/.test(between[i - 1]?.lower ?? ''),
      )
      if (cueVerb) return null
      start += that.index + that[0].length
    } else {
      // "said earlier on Tuesday that …", "said last week that …": a time before the complement
      const that = /^\s*that\s/i.exec(rest) ?? TIMED_THAT.exec(rest) ?? CITED_THAT.exec(rest)
      if (that) start += that[0].length
      else if (!ctx.cues.bareComplement.has(cue)) return null
    }
  }
  // a heading with no full stop can be glued to the sentence before it: content stops at the line
  const nl = text.indexOf('\n', start)
  const sentEnd = nl >= 0 && nl < sent.end ? nl : sent.end
  rest = text.slice(start, sentEnd)
  let end = sentEnd
  // speech quoted inside a quotation ends where the quotation does
  const inside = ctx.quotesAt.overlapping(cueEnd, cueEnd + 1)[0]
  if (inside && inside.content.end < end) end = inside.content.end
  if (ph.relative || (DESCRIBE_CUES.has(cue) && !scene)) {
    const comma = rest.indexOf(',')
    if (comma >= 0) end = start + comma
  }
  // "…, adding that …": a speech participle starts an attribution of its own
  const participle = TRAILING_PARTICIPLE.exec(text.slice(start, end))
  if (participle) end = start + participle.index
  const span = trimSpan(text, { start, end }, /[\s,;:.’”"'!?]/)
  if (!/[\p{L}]/u.test(text.slice(span.start, span.end))) return isTagEnd(rest) ? 'anaphoric' : null
  // "Lukashenko said this during a meeting": "this" is what the sentence before said
  if (THIS_SAID.test(text.slice(span.start, span.end))) return 'anaphoric'
  return span
}

/** "this" or "so" as all the content, with an adverbial of when or where at most. */
const THIS_SAID =
  /^(?:this|so)(?:\s+(?:during|at|in|on|after|before|while|when|to|with|earlier|later|again|yesterday|today)\b[^,;]*)?$/i
