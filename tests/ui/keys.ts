/** Keys as a terminal sends them, named as the help names them. */
export const arrowUp = '\u001B[A';
export const arrowDown = '\u001B[B';
export const arrowRight = '\u001B[C';
export const arrowLeft = '\u001B[D';
export const enter = '\r';
export const escape = '\u001B';
export const tab = '\t';
export const shiftTab = '\u001B[Z';
/** Backspace as most terminals send it (DEL). */
export const backspace = '\u007F';
export const space = ' ';
export const ctrlC = '\u0003';
export const ctrlU = '\u0015';
export const pageDown = '\u001B[6~';
export const home = '\u001B[H';
export const end = '\u001B[F';
