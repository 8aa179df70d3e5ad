// Limits of the texts of a project, checked wherever a client sends one (API, IATI import).
import { z } from 'zod';

/** Longest text per language: IATI narratives run to tens of thousands of characters (a whole
 *  programme description), far beyond the 10,000 of a profile's LocalizedText. */
export const longText = z.string().min(1).max(100_000);
/** Names, references, codes, attribute values and other one-line strings. */
export const shortText = z.string().min(1).max(1_000);
/** The id of a record or of a part of a project (a phase, an indicator). */
export const recordId = z.string().min(1).max(200);
