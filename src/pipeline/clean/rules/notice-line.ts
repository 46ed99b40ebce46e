import { wordCount } from '../text.js'
import { wholeLineRule } from './whole-line.js'

/** Notices that start with their label and run to the line end. */
const LABELLED =
  /^(?:cite (?:as|this(?: article| report| publication| paper)?)|suggested citation|how to cite(?: this \p{L}+)?|our standards|corrections?(?: and clarifications)?(?:\s*\([^()\n]{0,40}\))?|editor['’]s note|disclaimer|note|ad|advertisement|sponsored(?: content)?|(?:photo |image |picture )?caption|(?:main |top |lead )?(?:photo|photograph|image|picture)|pictured|illustration)\s*:\s*\S/iu
/** Short notices of a whole line: "Acquire Licensing Rights", "Send us a tip", "Subscribe to X". */
const SHORT =
  /^(?:acquire licensing rights|purchase licensing rights|(?:send|email) us (?:a |your )?(?:news )?(?:tips?|story|stories)|(?:got|have) a (?:news )?tip|report an error|report a correction|subscribe(?: now| today| here)?|support (?:us|our (?:work|journalism)|independent [\p{L} -]{3,60}?)|donate(?: now)?|(?:this|the) (?:interview|conversation|transcript|article|story|q&a) (?:has been|was|is|have been) (?:lightly )?(?:edited|condensed)(?: and condensed| and edited)?(?: for (?:length|clarity|brevity)(?:,? and (?:clarity|length|brevity))?)?)\s*[.!?]?\s*(?:[:→›»>-]\s*\S[^\n]{0,80})?$/iu

/**
 * Credits and appeals on a line of their own: "Translated from Ukrainian by Jane Doe", "Support
 * independent journalism – donate to X", "This series was produced with the support
 * of X", "This article was updated on June 12 to include …".
 */
const CREDIT_OR_APPEAL =
  /^(?:translated (?:from [\p{L}-]+ )?(?:into [\p{L}-]+ )?by \p{Lu}[^\n.!?]{1,80}\.?|support (?:independent |free |our )?(?:[\p{L}-]+ )?(?:journalism|media|reporting|news(?:room)?)\b[^\n]{0,160}|(?:this|the) (?:investigation|article|report|story|project|publication|material|piece|series) (?:was|has been|is) (?:prepared|produced|published|made|written|funded|supported|realised|realized|created) (?:with|thanks to|under) (?:the )?(?:financial |generous )?support (?:of|from)\b[^\n]{0,200}|this (?:article|story|post|piece|page|report|explainer|newsletter) (?:was|has been) (?:updated|corrected|amended)\b[^\n]{0,240})$/iu
export const MAX_CREDIT_WORDS = 45

/**
 * "Subscribe to Northern Front Review": a short line with no final punctuation; or with one when
 * it says what for: "Subscribe to the Harbour Gazette for weekly dispatches."
 */
const SUBSCRIBE_TO =
  /^(?:[Ss]ubscribe|SUBSCRIBE)(?: now| today)? to (?:[^\n.!?]{1,80}|[^\n.!?]{1,60} for [^\n.!?]{1,60}[.!])$/u
export const MAX_SUBSCRIBE_WORDS = 16
/**
 * An opinion page's disclaimer: "Opinions expressed are the writer's own", "Views expressed in
 * this column are those of the writer and do not necessarily reflect …".
 */
const VIEWS =
  /^(?:the |any )?(?:views|opinions)(?: and opinions)? expressed(?: (?:in|here|on) [^\n]{0,60}?)? (?:are|is) (?:solely )?(?:the |those of the )?(?:authors?|writers?|contributors?|columnists?)(?:['’]s?)?(?: own)?\b[^\n]{0,160}$/iu
export const MAX_VIEWS_WORDS = 45

export const MAX_NOTICE_WORDS = 80
export const MAX_SHORT_NOTICE_WORDS = 14

/**
 * Publisher notices on a line of their own: "Cite as: Doe, J. (2023) …", "Our Standards: The
 * Trust Principles.", "Acquire Licensing Rights", "Correction: An earlier version of this article
 * misstated …", "Send us a tip", "Subscribe to Northern Front Review". "Subscribe to this view and you must …" is a sentence
 * (final period or too long); a sentence that merely
 * mentions a correction or subscribing does not start with the label and colon and is kept.
 */
export const noticeLine = wholeLineRule('boilerplate.notice-line', 'publisher notice', (c) =>
  LABELLED.test(c)
    ? wordCount(c) <= MAX_NOTICE_WORDS
    : (SHORT.test(c) && wordCount(c) <= MAX_SHORT_NOTICE_WORDS) ||
      (SUBSCRIBE_TO.test(c) && wordCount(c) <= MAX_SUBSCRIBE_WORDS) ||
      (VIEWS.test(c) && wordCount(c) <= MAX_VIEWS_WORDS) ||
      (CREDIT_OR_APPEAL.test(c) && wordCount(c) <= MAX_CREDIT_WORDS),
)
