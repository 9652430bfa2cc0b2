/** The caveat every solve report carries: the force, like a pledge, is not rotated. */
export const ROTATION_NOTE =
  'The force counts the troops kept on the ground, as a pledge does: rotation is not applied to it (sustaining it is the contributors\' burden).';
