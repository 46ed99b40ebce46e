import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { UsageError } from '../output.js'
import { parseCount } from './docs.js'
import { parseBytes } from './ingest.js'

/** The defaults of src/server/serve.ts, repeated so that `--help` does not load the server. */
const DEFAULT_HOST = '127.0.0.1'
const DEFAULT_PORT = 4173

export function registerServe(program: Command, _state: RunState): void {
  program
    .command('serve')
    .description('serve the REST API and the web UI (read-only unless a token is set)')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--host <host>', 'address to bind', DEFAULT_HOST)
    .option('--port <n>', 'port (0 picks a free one)', String(DEFAULT_PORT))
    .option('--token <token>', 'allow writes (POST /api/ingest) with this bearer token (or DOSSIER_TOKEN)')
    .option('--max-body <size>', 'largest request body, uploads included', '10MB')
    .action(async (opts: { data?: string; host: string; port: string; token?: string; maxBody: string }) => {
      const port = parseCount(opts.port, '--port')
      if (port > 65535) throw new UsageError(`--port: ${port} is not a port`)
      const token = (opts.token ?? process.env.DOSSIER_TOKEN ?? '').trim() || null
      if (token !== null && token.length < 12)
        throw new UsageError('the token must be at least 12 characters')
      const maxBodyBytes = parseBytes(opts.maxBody)
      const [{ analyzePending }, { defaultWebRoot, isLoopback, startServer }] = await Promise.all([
        import('../../analyze/update.js'),
        import('../../server/index.js'),
      ])
      const webRoot = defaultWebRoot()
      await withStore(opts, async (store) => {
        // documents stored before analysis existed (or by a writer that skipped it)
        const analysed = await analyzePending(store.sql)
        if (analysed) process.stdout.write(`analysed ${analysed} document(s) not analysed before\n`)
        const server = await startServer({ store, host: opts.host, port, token, maxBodyBytes, webRoot })
        const write = token ? 'writes allowed with the token' : 'read-only'
        process.stdout.write(`Dossier is serving ${store.location} at ${server.url} (${write})\n`)
        if (!webRoot) process.stdout.write('the web UI is not built (npm run build): serving the API only\n')
        if (!isLoopback(opts.host)) {
          process.stderr.write(
            `warning: bound to ${opts.host}, reachable from other machines over plain HTTP${token ? ' (the token travels unencrypted)' : ''}\n`,
          )
        }
        process.stdout.write('press Ctrl-C to stop\n')
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop)
            process.off('SIGTERM', stop)
            resolve()
          }
          process.on('SIGINT', stop)
          process.on('SIGTERM', stop)
        })
        await server.close()
      })
    })
}
