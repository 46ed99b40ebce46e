import type { BoilerplateRule } from '../found.js'
import { captionBesideCredit } from './caption-beside-credit.js'
import { captionCredit } from './caption-credit.js'
import { commentForm } from './comment-form.js'
import { creditLine } from './credit-line.js'
import { followPrompt } from './follow-prompt.js'
import { htmlResidue } from './html-residue.js'
import { linkBlock } from './link-block.js'
import { linkHeading } from './link-heading.js'
import { postNavigation } from './post-navigation.js'
import { repeatedLine } from './repeated-line.js'
import { sectionDash } from './section-dash.js'
import { signupForm } from './signup-form.js'
import { sourceTrailer } from './source-trailer.js'
import { widgetLine } from './widget-line.js'

/**
 * Every boilerplate rule. Rules are independent (each reads the raw text only) and their finds may
 * overlap; the order only breaks ties in `mergeFinds`, so more specific rules come first.
 */
export const boilerplateRules: readonly BoilerplateRule[] = Object.freeze([
  captionCredit,
  creditLine,
  captionBesideCredit,
  linkBlock,
  linkHeading,
  followPrompt,
  signupForm,
  commentForm,
  postNavigation,
  sourceTrailer,
  htmlResidue,
  sectionDash,
  repeatedLine,
  widgetLine,
])
