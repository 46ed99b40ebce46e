export * from './contract.js'
export * from './evaluate.js'
export * from './gold.js'
export * from './score.js'
