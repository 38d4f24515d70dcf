import { z } from 'zod';

/** Long enough for a plan in one's own words, short enough to read in het gesprek. */
export const PLAN_MAX_LENGTH = 4000;

/** The persoonlijk plan form: extra text in the inwoner's own words (Wmo 2015 art. 2.3.2). No attachments. */
export const PlanFormSchema = z.object({
  // Browsers post line breaks as CRLF; stored as LF, so the text reads the same everywhere.
  tekst: z.string({ error: 'errors.verder.plan.required' }).transform((s) => s.replace(/\r\n?/g, '\n')).pipe(z.string().trim()
    .min(1, { error: 'errors.verder.plan.required' })
    .max(PLAN_MAX_LENGTH, { error: 'errors.verder.plan.tooLong' })),
});

/** One addition to a melding, as the loket sees it: the text and when it was added. */
export const PlanAanvullingSchema = z.object({
  /** When the inwoner added it. */
  toegevoegdOp: z.iso.datetime({ offset: true }),
  /** The persoonlijk plan, in the inwoner's own words. */
  tekst: z.string().max(PLAN_MAX_LENGTH),
});
export type PlanAanvulling = z.infer<typeof PlanAanvullingSchema>;
