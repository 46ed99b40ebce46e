/**
 * The OpenAPI 3.1 document, built from the same zod schemas the handlers parse with
 * (`z.toJSONSchema`), so the description cannot drift from the behaviour.
 */
import { z } from 'zod'
import { API_ERRORS } from './errors.js'
import { ErrorOut } from './schemas.js'

export interface RouteDoc {
  readonly method: 'get' | 'post'
  /** Hono path (`/api/entities/:id`). */
  readonly path: string
  readonly summary: string
  readonly tag: string
  readonly params?: z.ZodType
  readonly query?: z.ZodType
  readonly response: z.ZodType
  /** Needs the bearer token. */
  readonly write?: boolean
}

type JsonSchema = {
  properties?: Record<string, JsonSchema & { description?: string }>
  required?: string[]
  [k: string]: unknown
}

const schema = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema
  return rest
}

function parameters(s: z.ZodType | undefined, where: 'path' | 'query') {
  if (!s) return []
  const js = schema(s, 'input')
  return Object.entries(js.properties ?? {}).map(([name, p]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    ...(p.description ? { description: p.description } : {}),
    schema: p,
  }))
}

const errorResponses = (codes: readonly (keyof typeof API_ERRORS)[]) =>
  Object.fromEntries(
    [...new Set(codes.map((c) => API_ERRORS[c]))].map((status) => [
      String(status),
      {
        description: codes.filter((c) => API_ERRORS[c] === status).join(', '),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  )

export function buildOpenApi(routes: readonly RouteDoc[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}')
    const errors: (keyof typeof API_ERRORS)[] = ['DOSSIER_E_INVALID', 'DOSSIER_E_INTERNAL', 'DOSSIER_E_STORE']
    if (r.params) errors.push('DOSSIER_E_NOT_FOUND', 'DOSSIER_E_AMBIGUOUS')
    if (r.tag === 'clusters') errors.push('DOSSIER_E_NOT_AVAILABLE')
    if (r.write) {
      errors.push(
        'DOSSIER_E_UNAUTHORIZED',
        'DOSSIER_E_READ_ONLY',
        'DOSSIER_E_TOO_LARGE',
        'DOSSIER_E_MEDIA_TYPE',
      )
    }
    paths[path] ??= {}
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, ch: string) => ch.toUpperCase())}`,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.write
        ? {
            security: [{ bearer: [] }],
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } },
                  },
                },
                'application/x-ndjson': { schema: { type: 'string' } },
                'text/plain': { schema: { type: 'string' } },
                'text/html': { schema: { type: 'string' } },
                'application/rss+xml': { schema: { type: 'string' } },
              },
            },
          }
        : {}),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: schema(r.response, 'output') } } },
        ...errorResponses(errors),
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API',
      version: '0.1.0',
      description:
        "Evidence graph of documents, entities, claims and attributions. Spans are UTF-16 offsets into a document's `text`, end exclusive. Errors are `{ error: { code, message, details? } }` with a stable code. Read-only unless the server has a token.",
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: schema(ErrorOut, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  }
}
