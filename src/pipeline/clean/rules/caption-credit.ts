import { captionStart, isCaptionText, PAREN_CREDIT, trailingCredit } from '../credits.js'
import { type BoilerplateRule, type Found, found } from '../found.js'
import { LineIndex } from '../text.js'

const ID = 'boilerplate.caption-credit'

/**
 * An image caption with its credit, inline or on a line of its own.
 *
 * "…at the moment.’ Russia’s army is suffering from a crisis of military equipment (Image: GETTY)"
 * "President of Belarus Alexander Lukashenko (Picture source: BelTA)"
 * "Military exercises … are only exercises so far. They will probably remain so. Photo: Ruslan Guk"
 *
 * A caption reaches back from its credit to where a caption can begin (see `captionStart`): the
 * previous sentence end, credit or line start. A label credit ("Photo: …") that ends a short line
 * takes the whole line, sentences and all: such lines are caption boxes.
 */
export function findCaptionCredits(text: string): Found[] {
  const idx = new LineIndex(text)
  const out: Found[] = []
  const add = (creditStart: number, creditEnd: number, wholeLine: boolean): void => {
    const line = idx.at(creditStart)
    const start =
      wholeLine && isCaptionText(text, line.contentStart, creditStart)
        ? line.contentStart
        : captionStart(text, creditStart, line.contentStart)
    out.push(found(start, creditEnd, ID, 'image caption with its credit'))
  }
  for (const m of text.matchAll(PAREN_CREDIT)) add(m.index, m.index + m[0].length, false)
  for (const line of idx.lines) {
    if (line.contentEnd === line.contentStart) continue
    const at = trailingCredit(text, line.contentStart, line.contentEnd)
    if (at >= 0) add(at, line.contentEnd, true)
  }
  return out
}

export const captionCredit: BoilerplateRule = { id: ID, find: findCaptionCredits }
