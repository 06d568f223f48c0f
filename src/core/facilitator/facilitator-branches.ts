// Path arithmetic for a facilitated session: the same exploration rule as solo play, from src/core/session.
export { branchEnds, exploredAfterMove, isPrefix, samePath } from '../session/explored-paths.ts';
