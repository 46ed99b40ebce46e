import { type BoilerplateRule, type Found, found } from '../found.js'
import { sentenceEndAt, skipWs } from '../text.js'

const ID = 'boilerplate.signup-form'

/**
 * The sentences of a newsletter sign-up box, inline or on lines of their own:
 * "We use your sign-up to provide content in ways you've consented to and to improve our
 * understanding of you. This may include adverts from us and 3rd parties based on our
 * understanding. You can unsubscribe at any time. More info", "Invalid email", "Something went
 * wrong, please try again later."
 * Each opener starts a run that goes on through the box's other sentences.
 */
const OPENER =
  /(?:We use your sign-up to provide content|Sign up to (?:receive|get) (?:our|the)\b|Enter your email address|Get the latest (?:news|updates|headlines) (?:straight|direct(?:ly)?) to your inbox)/g

const FOLLOWERS = [
  /^This may include adverts from us and 3rd parties based on our understanding\./,
  /^You can unsubscribe at any time\./,
  /^(?:Read our|See our) Privacy Policy\.?/i,
  /^More info(?![a-z])/,
  /^Invalid email(?![a-z])/,
  /^Something went wrong, please try again later\./,
  /^Thank you for subscribing\b[^.\n]{0,80}\.?/i,
  /^We have more newsletters\b[^.\n]{0,80}\.?/i,
  /^Sign up(?![a-z])/,
]

/** The sign-up sentence itself runs to its end, at most this far. */
const MAX_SENTENCE = 300

export function findSignupForms(text: string): Found[] {
  const out: Found[] = []
  for (const m of text.matchAll(OPENER)) {
    let end = m.index + m[0].length
    const stop = Math.min(text.length, m.index + MAX_SENTENCE)
    for (let k = end; k < stop && text[k] !== '\n'; k++) {
      const e = sentenceEndAt(text, k)
      if (e >= 0) {
        end = e
        break
      }
    }
    for (;;) {
      const next = skipWs(text, end, Math.min(text.length, end + 3))
      const rest = text.slice(next, next + 200)
      const f = FOLLOWERS.map((re) => re.exec(rest)).find((x) => x !== null)
      if (!f) break
      end = next + f[0].length
    }
    out.push(found(m.index, end, ID, 'newsletter sign-up box'))
  }
  return out
}

export const signupForm: BoilerplateRule = { id: ID, find: findSignupForms }
