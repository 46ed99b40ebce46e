export type { AnalysisProvider, ClusterRecord } from './analysis.js'
export { type AppOptions, createApp, DEFAULT_MAX_BODY_BYTES } from './app.js'
export { API_ERRORS, ApiError, type ApiErrorCode } from './errors.js'
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  defaultWebRoot,
  isLoopback,
  type RunningServer,
  type ServeOptions,
  startServer,
} from './serve.js'
