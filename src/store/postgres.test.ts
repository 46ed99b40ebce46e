import { describe, expect, it } from 'vitest'
import { redactUrl } from './postgres.js'

describe('redactUrl', () => {
  it.each([
    ['postgres://dossier:s3cret@db.example:5432/osint', 'postgres://dossier@db.example:5432/osint'],
    ['postgresql://dossier@localhost/osint', 'postgresql://dossier@localhost/osint'],
    [
      'postgres://db/osint?user=x&password=s3cret&sslmode=require',
      'postgres://db/osint?user=x&sslmode=require',
    ],
    ['host=db user=x password=s3cret dbname=osint', 'host=db user=x password=*** dbname=osint'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected)
    expect(redactUrl(url)).not.toContain('s3cret')
  })
})
