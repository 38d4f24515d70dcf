import { z } from 'zod';
import { readRows, type FormValues, field } from '../form-data';
import { MantelzorgSchema, MAX_PERSONEN, MAX_PROFESSIONALS, PersoonSchema, ProfessionalSchema, type Mantelzorg, type Netwerk } from './schema';

export const PERSOON_VELDEN = ['naam', 'relatie', 'watDoetHij', 'hoeVaak', 'kanMeer', 'lieverNiet'] as const;
export const PROFESSIONAL_VELDEN = ['naam', 'watDoetHij', 'hoeVaak'] as const;

/** The "Mensen om u heen" page: rows named persoon-<i>-<veld> and professional-<i>-<veld>, and mantelzorg. */
export const NetwerkFormSchema = z.object({
  persoon: z.array(PersoonSchema).max(MAX_PERSONEN, { error: 'errors.netwerk.tooMany' }),
  professional: z.array(ProfessionalSchema).max(MAX_PROFESSIONALS, { error: 'errors.netwerk.tooMany' }),
  mantelzorg: MantelzorgSchema,
});

/** What a button on the page asked for: save and go on, or add or remove a row. */
export type NetwerkActie =
  | { kind: 'opslaan' }
  | { kind: 'toevoegen'; lijst: 'persoon' | 'professional' }
  | { kind: 'verwijderen'; lijst: 'persoon' | 'professional'; index: number };

export function readNetwerkActie(value: unknown): NetwerkActie {
  const match = typeof value === 'string' ? /^(persoon|professional)-(toevoegen|verwijderen)(?:-(\d{1,2}))?$/.exec(value) : null;
  if (!match) return { kind: 'opslaan' };
  const lijst = match[1] as 'persoon' | 'professional';
  return match[2] === 'toevoegen' ? { kind: 'toevoegen', lijst } : { kind: 'verwijderen', lijst, index: Number(match[3] ?? -1) };
}

/** Reads the posted page into the shape NetwerkFormSchema checks; a removed row is left out. */
export function readNetwerkForm(values: FormValues, actie: NetwerkActie) {
  const omit = (lijst: string) => (actie.kind === 'verwijderen' && actie.lijst === lijst ? actie.index : undefined);
  return {
    // A little past the maximum, so a forged extra row reaches the friendly "too many" error.
    persoon: readRows(values, 'persoon', PERSOON_VELDEN, MAX_PERSONEN + 1, omit('persoon')),
    professional: readRows(values, 'professional', PROFESSIONAL_VELDEN, MAX_PROFESSIONALS + 1, omit('professional')),
    mantelzorg: { zorgtVoorIemand: field(values, 'mantelzorg-zorgtVoorIemand'), voorWie: field(values, 'mantelzorg-voorWie'), teZwaar: field(values, 'mantelzorg-teZwaar') },
  };
}

/** The page's form as stored in the draft. */
export function toDraftNetwerk(form: z.infer<typeof NetwerkFormSchema>): { netwerk: Netwerk; mantelzorg: Mantelzorg } {
  return { netwerk: { personen: form.persoon, professionals: form.professional }, mantelzorg: form.mantelzorg };
}
