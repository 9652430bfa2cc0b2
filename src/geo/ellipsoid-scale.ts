import geodesic from 'geographiclib-geodesic';

const { a: EQUATORIAL_RADIUS_M, f: FLATTENING } = geodesic.Constants.WGS84;
const ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

/**
 * The WGS84 radius of curvature in the prime vertical, N(latitude), in km:
 * the radius of the parallel at `latitude` is N cos(latitude).
 */
export function primeVerticalRadiusKm(latitude: number): number {
  const sine = Math.sin((latitude * Math.PI) / 180);
  return EQUATORIAL_RADIUS_M / Math.sqrt(1 - ECCENTRICITY_SQUARED * sine * sine) / 1000;
}

/**
 * The length of one degree of longitude along the parallel at `latitude`, in
 * km: 111.319 km on the equator, about 74.6 km at 48 N (central Ukraine).
 */
export function kmPerDegreeOfLongitude(latitude: number): number {
  return ((Math.PI / 180) * primeVerticalRadiusKm(latitude) * Math.cos((latitude * Math.PI) / 180));
}
