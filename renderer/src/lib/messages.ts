// The renderer reads its words from the one messages module (environment-free data, not core code).
export { errorMessage, fillTemplate as fill, ui } from '../../../electron/shared/messages';
export { formatDateLong, formatDateShort, formatDateTime, formatMegabytes } from '../../../electron/shared/format';
