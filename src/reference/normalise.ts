/**
 * The key under which aliases are compared: NFKC, lower case, typographic quotes and dashes
 * unified, whitespace collapsed. Two aliases with the same key are the same alias.
 *
 * @example normaliseAlias('Minsk Wheeled Tractor Plant') === normaliseAlias('minsk  wheeled tractor plant')
 * @example normaliseAlias('Skidel’') === normaliseAlias("Skidel'")
 */
export function normaliseAlias(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u02B9\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}
