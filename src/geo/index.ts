// Drawn lines: GeoJSON and inline paths checked into lines, measured on the WGS84
// ellipsoid, drawn as terminal maps. Pure: no I/O, no process, no terminal codes.
export * from './geometry-problem.js';
export { MAX_POINTS } from './position-checks.js';
export { MAX_GEOJSON_BYTES, parseGeoJsonLines } from './geojson.js';
export { validatePath } from './validate-path.js';
export { GEODESIC_METHOD, lineLengthKm, multiLineLengthKm, segmentLengthKm } from './geodesic-length.js';
export { kmPerDegreeOfLongitude } from './ellipsoid-scale.js';
export { formatKm } from './format-km.js';
export { renderTerminalMap, type MapSector, type TerminalMap, type TerminalMapOptions } from './terminal-map.js';
export { createLandMask, type LandMask } from './land-mask.js';
export { looksSwapped } from './swapped-coordinates.js';
