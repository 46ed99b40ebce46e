import { Command, CommanderError } from 'commander'
import { registerBrief } from './commands/brief.js'
import { registerClaims } from './commands/claims.js'
import { registerClusters } from './commands/clusters.js'
import { registerContradictions } from './commands/contradictions.js'
import { registerDocs } from './commands/docs.js'
import { registerEntities } from './commands/entities.js'
import { registerEntity } from './commands/entity.js'
import { registerEval } from './commands/eval.js'
import { registerExtract } from './commands/extract.js'
import { registerGraph } from './commands/graph.js'
import { registerIngest } from './commands/ingest.js'
import { registerQuotes } from './commands/quotes.js'
import { registerServe } from './commands/serve.js'
import { registerShow } from './commands/show.js'
import { registerTimeline } from './commands/timeline.js'
import { UsageError } from './output.js'

/** Exit codes: 0 success, 1 some input or check failed, 2 usage or setup error. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 })

/** Holds the exit code a command decided on; commander actions cannot return one. */
export interface RunState {
  exitCode: number
}

export function buildProgram(state: RunState): Command {
  const program = new Command()
    .name('dossier')
    .description('Turns news and analysis articles into an evidence graph: entities, claims, attributions.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  registerIngest(program, state)
  registerExtract(program, state)
  registerEval(program, state)
  registerDocs(program, state)
  registerShow(program, state)
  registerEntity(program, state)
  registerEntities(program, state)
  registerClaims(program, state)
  registerQuotes(program, state)
  registerServe(program, state)
  registerClusters(program, state)
  registerContradictions(program, state)
  registerTimeline(program, state)
  registerGraph(program, state)
  registerBrief(program, state)
  return program
}

/** Runs the CLI and returns the exit code (the bin sets it; tests call this in-process). */
export async function main(argv: readonly string[]): Promise<number> {
  const state: RunState = { exitCode: EXIT.ok }
  const program = buildProgram(state)
  try {
    await program.parseAsync([...argv])
    return state.exitCode
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage
    }
    const err = e as { code?: string; message?: string }
    if (e instanceof UsageError) {
      process.stderr.write(`dossier: ${err.message}\n`)
      return EXIT.usage
    }
    const code = typeof err.code === 'string' && err.code.startsWith('DOSSIER_E') ? ` [${err.code}]` : ''
    process.stderr.write(`dossier: ${err.message ?? String(e)}${code}\n`)
    if (process.env.DOSSIER_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`)
    return err.code?.startsWith('DOSSIER_E') ? EXIT.failed : EXIT.usage
  }
}
