import { wholeLineRule } from './whole-line.js'

/**
 * Lines of a comment form under the article:
 * "Leave a Reply", "Your email address will not be published. Required fields are marked *",
 * "Save my name, email, and website in this browser for the next time I comment."
 */
const FORM = [
  /^leave a (?:reply|comment|response)(?:\s+cancel reply)?$/i,
  /^cancel reply$/i,
  /^your email address will not be published\b.{0,120}$/i,
  /^required fields are marked\s*\*?$/i,
  /^(?:comment|name|email|e-mail|website)\s*\*$/i,
  /^save my name, email,? and website in this browser for the next time i comment\.?$/i,
  /^(?:post|submit) (?:a )?comment$/i,
  /^notify me of (?:follow-up comments|new posts|new comments) (?:by|via) e-?mail\.?$/i,
  /^you must be (?:logged in|registered) to post a comment\.?$/i,
  /^this site uses akismet to reduce spam\b.{0,120}$/i,
  /^(?:\d+|no) (?:comments?|responses?|replies)(?: so far)?$/i,
  /^comments are closed\.?$/i,
]

/** One alternation: a single test per line. */
const ANY = new RegExp(FORM.map((re) => `(?:${re.source})`).join('|'), 'i')

export const commentForm = wholeLineRule('boilerplate.comment-form', 'comment form', (c) => ANY.test(c))
