import { useEffect, useState } from 'react'

export type Load<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string; readonly code: string }
  | { readonly state: 'done'; readonly data: T }

/** Runs `fn` whenever `deps` change; the result of a superseded call is dropped. */
export function useLoad<T>(fn: () => Promise<T>, deps: readonly unknown[]): Load<T> {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' })
  const key = JSON.stringify(deps)
  // biome-ignore lint/correctness/useExhaustiveDependencies: fn is a new closure each render; the caller's deps (as key) say when it changes
  useEffect(() => {
    let live = true
    setLoad({ state: 'loading' })
    fn().then(
      (data) => live && setLoad({ state: 'done', data }),
      (err: { message?: string; code?: string }) =>
        live && setLoad({ state: 'error', message: err.message ?? String(err), code: err.code ?? '' }),
    )
    return () => {
      live = false
    }
  }, [key])
  return load
}
