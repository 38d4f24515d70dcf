import { z } from 'zod';

const HEX = /^#[0-9a-fA-F]{6}$/;
const kleur = z.string().regex(HEX, { error: 'use a colour like #1a5f7a' });

/** A place where people can come in person: the loket or a dorpssteunpunt. */
export const PlekSchema = z.object({
  naam: z.string().min(1),
  adres: z.string().min(1),
  openingstijden: z.string().min(1),
  telefoon: z.string().min(1).optional(),
});

/** The gemeente that runs this portal: name, how to reach it, its kernen and its colours. */
export const GemeenteSchema = z.object({
  /** Shown in the header, e.g. "Gemeente Middenveld". */
  naam: z.string().min(1),
  /** Demo content is marked as such on every page. */
  demo: z.boolean().default(false),
  loket: PlekSchema.extend({
    telefoon: z.string().min(1),
    /** Hours the phone is answered. */
    telefoonTijden: z.string().min(1),
    email: z.email(),
  }),
  /** Villages or wijken; the first question about where someone lives offers these. */
  kernen: z.array(z.object({
    naam: z.string().min(1),
    dorpssteunpunt: PlekSchema.optional(),
  })).min(1),
  /** Where "Snel weg" leads: a neutral site that reveals nothing (default: a weather site). */
  snelWegUrl: z.url({ protocol: /^https$/ }).default('https://www.buienradar.nl/'),
  /** The gemeente's logo in the header: a file in public/, its size in pixels and what it shows (alt text). */
  logo: z.object({
    src: z.string().regex(/^\/[a-z0-9][a-z0-9/_-]*\.(svg|png)$/, { error: 'use a path to an .svg or .png file in public/, like /gemeente/logo.svg' }),
    alt: z.string().trim().min(1, { error: 'say what the logo shows, usually the gemeente\'s name: "Gemeente Middenveld"' }),
    breedte: z.number().int().min(1).max(400),
    hoogte: z.number().int().min(1).max(120),
  }).optional(),
  /** Colours; each must reach 4.5:1 contrast with its text colour (checked by the accessibility tests). */
  kleuren: z.object({
    primair: kleur,
    primairTekst: kleur,
    accent: kleur,
  }),
});
export type Gemeente = z.infer<typeof GemeenteSchema>;
