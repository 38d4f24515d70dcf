import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { draftNamensMetVeiligheid, draftSamenMetNetwerk, draftZelfHuishouden, GEHEIM_VEILIGHEID } from '../../../tests/fixtures/meldingen';
import { emptyDraft } from '@/domain/melding/draft';
import type { Melding } from '@/domain/melding/schema';
import { buildMelding } from '@/domain/melding/versturen';
import { createCipher } from '../crypto';
import { CryptoError } from '../errors';
import { SQLITE_MIGRATIONS as MIGRATIONS } from '../db/migrations/sqlite';
import type { Repository } from './repository';
import { migrate, openSqliteRepository } from './sqlite';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2025-03-03T09:30:00.000Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY);
const SESSIE_A = 'a'.repeat(64);
const SESSIE_B = 'b'.repeat(64);

const melding = (draft = draftSamenMetNetwerk, referentie = 'KW-ABCD-2345'): Melding =>
  buildMelding(draft, { referentie, verstuurdOp: NOW, taal: 'nl' });

let dir: string;
let key: Buffer;
let open: Repository[];

/** Opens the repository in this test's directory; closed again after the test. */
function openRepo(withKey = key): Repository {
  const repo = openSqliteRepository(dir, createCipher(withKey));
  open.push(repo);
  return repo;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'krachtwijzer-sqlite-'));
  key = randomBytes(32);
  open = [];
});

afterEach(async () => {
  for (const repo of open) await repo.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** Reads the database directly, as an outsider with the file would. */
function query(sql: string): unknown[] {
  const db = new DatabaseSync(join(dir, 'krachtwijzer.sqlite'), { readOnly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  test('records each migration once', async () => {
    await openRepo().close();
    expect(query('SELECT name FROM migrations ORDER BY rowid')).toEqual(MIGRATIONS.map((m) => ({ name: m.name })));
  });

  test('runs no migration twice when the database is opened again', async () => {
    await openRepo().close();
    await openRepo().close();
    expect(query('SELECT COUNT(*) AS n FROM migrations')).toEqual([{ n: MIGRATIONS.length }]);
  });

  test('applies a migration added later, and only that one', async () => {
    await openRepo().close();
    const db = new DatabaseSync(join(dir, 'krachtwijzer.sqlite'));
    try {
      migrate(db, [...MIGRATIONS, { name: 'test-001-extra', sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY)' }]);
      expect(db.prepare('SELECT name FROM migrations ORDER BY rowid').all().map((r) => r.name)).toEqual([...MIGRATIONS.map((m) => m.name), 'test-001-extra']);
    } finally {
      db.close();
    }
  });

  test('keeps the stored drafts when the database is opened again', async () => {
    const first = openRepo();
    await first.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    await first.close();
    expect(await openRepo().getDraft(SESSIE_A, NOW)).toEqual({ draft: draftZelfHuishouden, sentReferentie: undefined });
  });
});

describe('drafts', () => {
  test('gives back a saved draft as it was', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
    expect(await repo.getDraft(SESSIE_A, NOW)).toEqual({ draft: draftSamenMetNetwerk, sentReferentie: undefined });
  });

  test('replaces a draft saved again', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(1), later(31));
    expect((await repo.getDraft(SESSIE_A, later(1)))?.draft).toEqual(draftZelfHuishouden);
  });

  test('keeps the drafts of different sessions apart', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
    await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(30));
    expect((await repo.getDraft(SESSIE_A, NOW))?.draft).toEqual(draftSamenMetNetwerk);
  });

  test('has no draft for an unknown session', async () => {
    expect(await openRepo().getDraft(SESSIE_A, NOW)).toBeUndefined();
  });

  test('does not give back an expired draft', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    expect(await repo.getDraft(SESSIE_A, later(30))).toBeUndefined();
  });

  test('moves the expiry on with every save', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(20), later(50));
    expect((await repo.getDraft(SESSIE_A, later(40)))?.draft).toEqual(draftZelfHuishouden);
  });

  test('deletes expired drafts and says how many', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(60));
    expect(await repo.deleteExpiredDrafts(later(45))).toBe(1);
  });

  test('removes expired drafts from the database itself', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(60));
    await repo.deleteExpiredDrafts(later(45));
    await repo.close();
    expect(query('SELECT session_key FROM drafts')).toEqual([{ session_key: SESSIE_B }]);
  });

  test('deletes a draft at once on "Wis mijn gegevens"', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    await repo.deleteDraft(SESSIE_A);
    expect(await repo.getDraft(SESSIE_A, NOW)).toBeUndefined();
  });
});

describe('sendMelding', () => {
  test('stores the melding', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
    expect(await repo.sendMelding(SESSIE_A, melding(), NOW, later(30))).toBe(true);
    expect(await repo.getMelding('KW-ABCD-2345')).toEqual(melding());
  });

  test('keeps the invuller\'s details of a melding namens iemand, and still reads one stored as schema version 1', async () => {
    const repo = openRepo();
    const namens = melding(draftNamensMetVeiligheid);
    await repo.sendMelding(SESSIE_A, namens, NOW, later(30));
    expect((await repo.getMelding('KW-ABCD-2345'))?.invuller).toEqual(draftNamensMetVeiligheid.invuller);
    // As an older version of the portal wrote it: the relation only. It is read as it is, never rewritten.
    const v1 = { ...JSON.parse(JSON.stringify(namens)), schemaVersion: 1, invuller: { wie: 'namens', relatie: 'dochter', weetPersoon: 'nee' } };
    const db = new DatabaseSync(join(dir, 'krachtwijzer.sqlite'));
    db.prepare('UPDATE meldingen SET schema_version = 1, data = ? WHERE referentie = ?')
      .run(createCipher(key).encrypt(JSON.stringify(v1), 'melding:KW-ABCD-2345'), 'KW-ABCD-2345');
    db.close();
    expect(await repo.getMelding('KW-ABCD-2345')).toEqual(v1);
  });

  test('empties the draft and remembers the reference, for the confirmation page', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftSamenMetNetwerk, NOW, later(30));
    await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
    expect(await repo.getDraft(SESSIE_A, NOW)).toEqual({ draft: emptyDraft(), sentReferentie: 'KW-ABCD-2345' });
  });

  test('still remembers the reference after the emptied draft is saved again', async () => {
    const repo = openRepo();
    await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(1), later(31));
    expect((await repo.getDraft(SESSIE_A, later(1)))?.sentReferentie).toBe('KW-ABCD-2345');
  });

  test('forgets the reference when a new draft starts after the old one expired', async () => {
    const repo = openRepo();
    await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, later(31), later(61));
    expect(await repo.getDraft(SESSIE_A, later(31))).toEqual({ draft: draftZelfHuishouden, sentReferentie: undefined });
  });

  test('refuses a reference that is taken: returns false', async () => {
    const repo = openRepo();
    await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
    expect(await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30))).toBe(false);
  });

  test('keeps the first melding when a reference is taken', async () => {
    const repo = openRepo();
    await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
    await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30));
    expect(await repo.getMelding('KW-ABCD-2345')).toEqual(melding());
  });

  test('leaves the draft alone when the reference is taken', async () => {
    const repo = openRepo();
    await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
    await repo.saveDraft(SESSIE_B, draftZelfHuishouden, NOW, later(30));
    await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30));
    expect(await repo.getDraft(SESSIE_B, NOW)).toEqual({ draft: draftZelfHuishouden, sentReferentie: undefined });
  });

  test('stores nothing when the reference is taken', async () => {
    const repo = openRepo();
    await repo.sendMelding(SESSIE_A, melding(), NOW, later(30));
    await repo.sendMelding(SESSIE_B, melding(draftZelfHuishouden), NOW, later(30));
    await repo.close();
    expect([query('SELECT referentie FROM meldingen'), query('SELECT session_key FROM drafts')])
      .toEqual([[{ referentie: 'KW-ABCD-2345' }], [{ session_key: SESSIE_A }]]);
  });

  test('refuses a melding that does not match the schema', async () => {
    const repo = openRepo();
    await expect(repo.sendMelding(SESSIE_A, { ...melding(), referentie: 'KW-0000-0000' }, NOW, later(30))).rejects.toThrow();
  });

  test('has no melding for an unknown reference', async () => {
    expect(await openRepo().getMelding('KW-ABCD-2345')).toBeUndefined();
  });
});

describe('encryption at rest', () => {
  /** Everything SQLite wrote for this database: the file and its write-ahead log. */
  function bytesOnDisk(): Buffer {
    const file = join(dir, 'krachtwijzer.sqlite');
    return Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);
  }

  test('writes no answer, name or address in plain text to the database files', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftNamensMetVeiligheid, NOW, later(30));
    await repo.sendMelding(SESSIE_B, melding(), NOW, later(30));
    const bytes = bytesOnDisk();
    // The reference is stored in plain text on purpose: it proves we are reading the bytes that were written.
    expect(bytes.includes('KW-ABCD-2345')).toBe(true);
    expect(['pinpas', GEHEIM_VEILIGHEID, 'Sandra Mulder', 'Kerkstraat', 'Henk Bakker', 'h.bakker@example.nl', 'scootmobiel']
      .filter((secret) => bytes.includes(secret))).toEqual([]);
  });

  test('refuses to read a draft under another key', async () => {
    const first = openRepo();
    await first.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    await first.close();
    await expect(openRepo(randomBytes(32)).getDraft(SESSIE_A, NOW)).rejects.toThrow(CryptoError);
  });

  test('refuses to read a melding under another key', async () => {
    const first = openRepo();
    await first.sendMelding(SESSIE_A, melding(), NOW, later(30));
    await first.close();
    await expect(openRepo(randomBytes(32)).getMelding('KW-ABCD-2345')).rejects.toThrow(CryptoError);
  });

  test('refuses a draft row copied to another session', async () => {
    const repo = openRepo();
    await repo.saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    await repo.saveDraft(SESSIE_B, emptyDraft(), NOW, later(30));
    await repo.close();
    const db = new DatabaseSync(join(dir, 'krachtwijzer.sqlite'));
    db.prepare('UPDATE drafts SET data = (SELECT data FROM drafts WHERE session_key = ?) WHERE session_key = ?').run(SESSIE_A, SESSIE_B);
    db.close();
    await expect(openRepo().getDraft(SESSIE_B, NOW)).rejects.toThrow(CryptoError);
  });
});

describe('the database file', () => {
  test('is readable for the owner only (0600)', () => {
    openRepo();
    expect((statSync(join(dir, 'krachtwijzer.sqlite')).mode & 0o777).toString(8)).toBe('600');
  });

  test('has a write-ahead log that is readable for the owner only (0600)', async () => {
    await openRepo().saveDraft(SESSIE_A, draftZelfHuishouden, NOW, later(30));
    expect((statSync(join(dir, 'krachtwijzer.sqlite-wal')).mode & 0o777).toString(8)).toBe('600');
  });
});

describe('healthy', () => {
  test('is true when the database answers', async () => {
    expect(await openRepo().healthy()).toBe(true);
  });

  test('is false once the database is closed', async () => {
    const repo = openRepo();
    await repo.close();
    expect(await repo.healthy()).toBe(false);
  });
});
