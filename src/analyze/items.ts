/**
 * Item classes: what makes two claims' items "compatible" — "T-72A tanks" and "tanks" are both
 * `tank` (the first also names the model T-72), "ammunition" and "shells" are both `ammunition`.
 * The class is part of a cluster's key; the model is kept beside it, so that "T-72 tanks" and
 * "T-90 tanks" share a cluster but their figures are never compared with each other.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { normaliseAlias, type Reference } from '../reference/load.js'

/** A case-insensitive match of whole words in any script (`\b` knows only ASCII letters). */
const words = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'iu')

/** A generic noun phrase → class. First match wins, so specific patterns come first. */
// "artillery shells", "65,000 tons of ammunition", "munitions", "rounds", "ammo"
const CLASS_PATTERNS: readonly (readonly [RegExp, string])[] = Object.freeze([
  [
    words(
      String.raw`ammunition|ammo|shells?|munitions?|rounds|projectiles?|cartridges?|боєприпас\p{L}*|боеприпас\p{L}*|снаряд\p{L}*`,
    ),
    'ammunition',
  ],
  [words(String.raw`tanks?|танк\p{L}*`), 'tank'],
  [
    words(
      'armou?red (personnel carriers?|vehicles?|cars?)|apcs?|ifvs?|infantry fighting vehicles?|bmps?|btrs?|bmds?',
    ),
    'armoured vehicle',
  ],
  [words('trucks?|lorries|lorry|chassis|tractors?'), 'truck'],
  [words(String.raw`helicopters?|вертол\p{L}*`), 'helicopter'],
  [words('aircraft|jets?|planes?|fighter jets?|bombers?'), 'aircraft'],
  [words('drones?|uavs?|unmanned aerial vehicles?|loitering munitions?'), 'drone'],
  [words('artillery|howitzers?|guns?|mortars?|rocket launchers?|mlrs'), 'artillery'],
  // one class, as in the reference data's grouping: S-400 and Iskander sit in one section
  [
    words(String.raw`air[- ]defen[cs]e|surface-to-air|sams?|missiles?|rockets?|ракет\p{L}*`),
    'missile/air defence',
  ],
  [words('optics|sights?|sighting (devices?|systems?)|thermal imagers?|scopes?'), 'optics'],
  [words('rifles?|small arms|machine guns?|firearms?'), 'small arms'],
  [words('components?|parts|spare parts|microelectronics|electronics|chips?'), 'components'],
  [words('fuel|diesel|petrol|gasoline|oil products'), 'fuel'],
  [
    words(
      String.raw`troops|soldiers|servicemen|personnel|forces|fighters|reservists|conscripts|units?|battalions?|brigades?|військов\p{L}*`,
    ),
    'troops',
  ],
  [words('nuclear weapons?|nuclear warheads?|tactical nuclear'), 'nuclear weapons'],
  [words('wagons?|railcars?|trains?|echelons?'), 'rail'],
  [
    words(
      'weapons?|arms|equipment|materiel|military (goods|products|hardware|assistance|aid|supplies)|assistance|aid|supplies',
    ),
    'materiel',
  ],
  // OTHER claims about taking part: "direct involvement in the war", "joined the war", "joining the invasion"
  [
    words(
      String.raw`war|invasion|fighting|combat|hostilities|involve\p{L}*|participat\p{L}*|join\p{L}*|take part|taking part`,
    ),
    'war participation',
  ],
])

/** Sections of `data/entities/equipment.yaml` → class of every family listed under them. */
const SECTION_CLASSES: readonly (readonly [RegExp, string])[] = Object.freeze([
  [/^Tanks/i, 'tank'],
  [/^Infantry fighting vehicles|APC|armoured/i, 'armoured vehicle'],
  [/^Trucks/i, 'truck'],
  [/^Aircraft/i, 'aircraft'],
  [/^Helicopters/i, 'helicopter'],
  [/^Missiles and air defence/i, 'missile/air defence'],
  [/^Drones/i, 'drone'],
  [/^Artillery/i, 'artillery'],
  [/^Small arms/i, 'small arms'],
  [/^Sights and optics/i, 'optics'],
])

export interface ItemClass {
  /** `tank`, `ammunition`…, or a head word when no class fits; null for an empty item. */
  readonly itemClass: string | null
  /** Reference name of the equipment family named in the item ("T-72"), else null. */
  readonly model: string | null
  /** How the class was found, for the explanation. */
  readonly reason: string
}

export interface ItemClassifier {
  classify(text: string | null | undefined, canonical?: string | null): ItemClass
}

/**
 * Reads the equipment families and the section each sits in. The sections ("# --- Tanks ---")
 * are the file's documented grouping; a family in no known section gets no class from here.
 */
function equipmentFamilies(reference: Reference): Map<string, { name: string; cls: string | null }> {
  const sectionOf = new Map<string, string>()
  try {
    const lines = readFileSync(join(reference.dataDir, 'entities', 'equipment.yaml'), 'utf8').split('\n')
    let section = ''
    for (const line of lines) {
      const header = /^# --- (.+?) -+\s*$/.exec(line)
      if (header) section = header[1]!
      const id = /^- id: (\S+)/.exec(line)
      if (id) sectionOf.set(id[1]!, section)
    }
  } catch {
    // no sections: classes come from the generic patterns alone
  }
  const out = new Map<string, { name: string; cls: string | null }>()
  for (const e of reference.entities) {
    if (e.type !== 'EQUIPMENT') continue
    const section = sectionOf.get(e.id) ?? ''
    const cls = SECTION_CLASSES.find(([re]) => re.test(section))?.[1] ?? null
    out.set(e.id, { name: e.name, cls })
  }
  return out
}

const STOP_HEADS = new Set(['of', 'the', 'a', 'an', 'and', 'it', 'them', 'this', 'that', 'which', 'its'])

/** The last content word, singular: "Russian factories" → "factory", "joint drills" → "drill". */
function headWord(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(/\b(of|for|to|from|with)\b.*$/u, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !STOP_HEADS.has(w) && !/^\d/.test(w))
  const w = words[words.length - 1]
  if (!w) return null
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
}

/** Builds a classifier over the reference data's equipment families. */
export function itemClassifier(reference: Reference): ItemClassifier {
  const families = equipmentFamilies(reference)
  // alias → family, for aliases of equipment only (plural "T-72As" is matched by dropping "s")
  const byAlias = new Map<string, { name: string; cls: string | null }>()
  for (const [key, entities] of reference.byAlias) {
    const eq = entities.find((e) => e.type === 'EQUIPMENT')
    if (eq) byAlias.set(key, families.get(eq.id) ?? { name: eq.name, cls: null })
  }
  const findModel = (text: string) => {
    const tokens = text.split(/[\s,;()«»"“”]+/u).filter(Boolean)
    // longest window first, up to three tokens ("Mi-8/Mi-17" is one token, "Sosna-U" too)
    for (let n = 3; n >= 1; n--) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const phrase = tokens.slice(i, i + n).join(' ')
        for (const candidate of [phrase, phrase.replace(/s$/u, ''), phrase.split('/')[0]!]) {
          const hit = byAlias.get(normaliseAlias(candidate))
          if (hit && /\p{Lu}|\d/u.test(candidate)) return hit
        }
      }
    }
    return null
  }
  return {
    classify(text, canonical = null) {
      const surface = [canonical, text].filter((s): s is string => !!s?.trim()).join(' ')
      if (!surface) return { itemClass: null, model: null, reason: 'no item' }
      const model = findModel(surface)
      const generic = CLASS_PATTERNS.find(([re]) => re.test(surface))
      if (model?.cls && (!generic || generic[1] === 'materiel' || generic[1] === model.cls)) {
        return { itemClass: model.cls, model: model.name, reason: `model ${model.name} is a ${model.cls}` }
      }
      if (generic) {
        return {
          itemClass: generic[1],
          model: model?.name ?? null,
          reason: `"${surface}" matches ${generic[1]}${model ? `; model ${model.name}` : ''}`,
        }
      }
      if (model) return { itemClass: model.name, model: model.name, reason: `model ${model.name}` }
      const head = headWord(surface)
      return { itemClass: head, model: null, reason: head ? `head word "${head}"` : 'no content word' }
    },
  }
}
