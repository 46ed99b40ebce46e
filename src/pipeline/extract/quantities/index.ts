export { type ParsedQuantity, parseQuantities } from './parse.js'
export { quantities } from './stage.js'
