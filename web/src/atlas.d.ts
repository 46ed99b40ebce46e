// The world map ships inside the UI bundle (no tile server, no request elsewhere).
declare module 'world-atlas/countries-50m.json' {
  const topology: import('topojson-specification').Topology
  export default topology
}
