import { test } from 'vitest';
import { InvullerSchema, ContactSchema, LevensgebiedAntwoordenSchema } from '@/domain/melding/schema';
import { toFieldErrors } from '@/domain/form-errors';
import { NetwerkFormSchema, readNetwerkForm, readNetwerkActie } from '@/domain/melding/netwerk-form';
test('probe', () => {
  for (const v of [{}, { wie: 'x' }, { wie: '' }, { wie: 'samen', helperNaam: 'x'.repeat(101) }]) {
    const r = InvullerSchema.safeParse(v);
    console.log(JSON.stringify(v).slice(0,40), r.success ? 'ok' : JSON.stringify(r.error.issues), r.success ? '' : JSON.stringify(toFieldErrors(r.error)));
  }
  const r = ContactSchema.safeParse({ naam: 'x', email: ' jan@example.nl ' });
  console.log(JSON.stringify(r));
  const r2 = LevensgebiedAntwoordenSchema.safeParse({ moeiteMet: ['koken', 'nope', 3] });
  console.log(JSON.stringify(r2.error?.issues), JSON.stringify(r2.success || toFieldErrors(r2.error)));
  const r3 = NetwerkFormSchema.safeParse(readNetwerkForm({ 'persoon-0-relatie': 'kind', 'persoon-2-naam': 'Ans', 'persoon-2-relatie': 'zzz' }, readNetwerkActie('')));
  console.log(JSON.stringify(r3.success || toFieldErrors(r3.error)));
});
