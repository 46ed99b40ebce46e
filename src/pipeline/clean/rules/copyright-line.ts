import { wordCount } from '../text.js'
import { wholeLineRule } from './whole-line.js'

export const MAX_COPYRIGHT_WORDS = 30

/** "© 2023 X", "2023 © X", "X © 2023", "Copyright 2023 X", "… All rights reserved. Privacy policy". */
const MARK = /©|\(c\)\s*\d{4}|^copyright\s*(?:©|\(c\)|\d{4})|all rights reserved/i
/** A line of legal links: "Privacy policy | Terms of use | Cookies". */
const LEGAL =
  /^(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms and conditions|cookies?(?: policy| settings)?|contact(?: us)?|about(?: us)?|imprint|accessibility|sitemap)\s*(?:[|·•,/]\s*|$))+$/i

/**
 * Copyright and legal lines: "© 2023 Northern Front Review. All rights reserved. Privacy policy",
 * "Northern Front Review © 2023", "Privacy policy | Terms of use". Short lines only: "Copyright
 * claims over the documents were dismissed" has no mark and stays.
 */
export const copyrightLine = wholeLineRule(
  'boilerplate.copyright-line',
  'copyright or legal line',
  (c) => (MARK.test(c) && wordCount(c) <= MAX_COPYRIGHT_WORDS) || (c.length <= 150 && LEGAL.test(c)),
)
