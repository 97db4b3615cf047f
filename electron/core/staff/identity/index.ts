// Identity rules of the staff area: pure functions, no I/O.
export { identifierDigits } from './digits';
export { isRealDate, isoDate, fullYear } from './calendar';
export type { IdentifierRefusal } from './refusal';
export { decodeNip, MIN_BIRTH_YEAR, MIN_WORKING_AGE, FIRST_PPPK_YEAR } from './nip';
export type { DecodedNip, NipKind } from './nip';
export { decodeNik } from './nik';
export type { DecodedNik } from './nik';
export { classifyIdentifier } from './classify';
export type { IdentifierClass } from './classify';
export { parseRank } from './rank';
export type { RankParse } from './rank';
export { PNS_RANKS, PPPK_RANKS } from './rankTable';
export { parseEmployment, inferEmployment, employmentContradicts } from './employment';
export { positionTypeOf, normalizePosition } from './positionType';
export { parseGender } from './gender';
export { cleanText, joinName } from './name';
