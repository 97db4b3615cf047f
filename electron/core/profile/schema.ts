// Input shapes for the profile calls. Shape and length here; the domain rules (NIP, email) in service.ts,
// where they produce a field-specific Indonesian message.
import { z } from 'zod';
import { storedTextInput } from '../text/storedText';
import { fileRef } from '../files/schema';
import { EMBLEM_MIMES } from './types';

/** Text as it is stored (core/text/storedText.ts: control characters out, whitespace collapsed), then its length. */
const text = storedTextInput;

export const profileInput = z.object({
  opdName: text(200),
  regency: text(120),
  address: text(300),
  postcode: text(10),
  phone: text(60),
  email: text(120),
  website: text(200),
  headName: text(200),
  headNip: text(40),
  headRank: text(80),
  headPosition: text(200),
  secretaryName: text(200),
  secretaryNip: text(40),
  /** the emblem follows the same save model as the fields: absent = as it is, a chosen file's reference = this
   * one, null = none; saved in the same transaction as the fields */
  emblem: z.object({ ref: fileRef }).strict().nullable().optional(),
}).strict();

/** 2 MB of image is ~2.8 M base64 characters. */
export const emblemInput = z.object({
  mime: z.enum(EMBLEM_MIMES),
  dataBase64: z.string().min(8).max(3_000_000).regex(/^[A-Za-z0-9+/]+=*$/),
}).strict();
