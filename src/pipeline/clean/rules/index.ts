import type { BoilerplateRule } from '../found.js'
import { authorNote } from './author-note.js'
import { breadcrumb } from './breadcrumb.js'
import { byline } from './byline.js'
import { captionBesideCredit } from './caption-beside-credit.js'
import { captionCredit } from './caption-credit.js'
import { commentForm } from './comment-form.js'
import { copyrightLine } from './copyright-line.js'
import { counterLine } from './counter-line.js'
import { creditLine } from './credit-line.js'
import { followPrompt } from './follow-prompt.js'
import { htmlResidue } from './html-residue.js'
import { linkBlock } from './link-block.js'
import { linkHeading } from './link-heading.js'
import { linkList } from './link-list.js'
import { masthead } from './masthead.js'
import { noticeLine } from './notice-line.js'
import { postNavigation } from './post-navigation.js'
import { referenceSection } from './reference-section.js'
import { repeatedLine } from './repeated-line.js'
import { sectionDash } from './section-dash.js'
import { signupForm } from './signup-form.js'
import { sourceList } from './source-list.js'
import { sourceTrailer } from './source-trailer.js'
import { timestampLine } from './timestamp-line.js'
import { widgetLine } from './widget-line.js'
import { wireCredit } from './wire-credit.js'
import { wireDateline } from './wire-dateline.js'

/**
 * Every boilerplate rule. Rules are independent (each reads the raw text only) and their finds may
 * overlap; the order only breaks ties in `mergeFinds`, so more specific rules come first.
 * Rules added later come after the older ones, so the names of existing removals do not change.
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
  byline,
  timestampLine,
  wireDateline,
  counterLine,
  breadcrumb,
  masthead,
  referenceSection,
  sourceList,
  wireCredit,
  noticeLine,
  linkList,
  copyrightLine,
  authorNote,
])
