/**
 * The stages of an application, in the order the etiquette moves through them. Kept free of
 * zod so the renderer can import it without shipping a validation library.
 */
export const STAGES = [
  'scheduled',
  'thank-you',
  'waiting',
  'follow-up',
  'final-follow-up',
  'no-response',
  'offer',
  'rejected',
  'withdrawn',
] as const;
