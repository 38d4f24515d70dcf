/** One schema change. The name is recorded once applied; never edit or rename a migration that has shipped. */
export interface Migration {
  /** Unique and stable: `<feature>-<nnn>-<what>`, e.g. `sociale-kaart-001-lacunes`. */
  name: string;
  /** One or more statements, run in one transaction. */
  sql: string;
}

/** Which migrations of `all` are still to run, in order, given the names already recorded. */
export function pending(all: readonly Migration[], applied: ReadonlySet<string>): Migration[] {
  const names = new Set<string>();
  for (const m of all) {
    if (names.has(m.name)) throw new Error(`Migration ${m.name} is listed twice`);
    names.add(m.name);
  }
  return all.filter((m) => !applied.has(m.name));
}
