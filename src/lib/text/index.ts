// The text toolkit: small pure helpers for Chinese text, shared by the pipeline, the site and the shells.
// Depends on nothing of ours (only `entities`). One module per concern.
export { foldWidth, foldWidthChar, foldWidthCode, foldKey } from './width.ts';
export { CN_DIGITS, chineseNumeral, chineseOrdinal, digitByDigit, scaleOf } from './numerals.ts';
export { escapeHtml, escapeAttr, escapeMarkup, decodeHtml } from './html.ts';
export { sqlString, sqlIdent, RESERVED } from './sql.ts';
export { lineStarts, lineAt, lineOf } from './lines.ts';
export { scalarText } from './scalar.ts';
