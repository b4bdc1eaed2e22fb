/**
 * The fieldwork: frame versions, cases and their responsible surveyors, attempts and outcomes. Every
 * write resolves the actor from the store and asks the roles table (`permit`) inside its transaction,
 * and is recorded in the audit log ('fieldwork', `details.kind`) in that same transaction.
 */
import { NOTE_MAX_CHARS } from '../core/limits/limits';
import { knownSurveyors } from './addressed-package';
import { caseDisposition, dispositionSpec, type Attempt, type AttemptMode, type Disposition, type LinkedStatus } from '../core/fieldwork/dispositions';
import { caseStratum, type FrameCase } from '../core/fieldwork/frame';
import { diffFrames, type FrameDiff } from '../core/fieldwork/frame-diff';
import type { ProgressCase } from '../core/fieldwork/progress-by-day';
import type { ParsedFrame } from '../core/fieldwork/parse-frame';
import { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import { ensureDeviceId } from './device-id';
import { readDuplicateGroups } from './duplicate-repository';
import { linkResponseToCase, type LinkResult } from './case-linking';
import { progressOf, readProgressCases } from './fieldwork-progress';
import type { CaseLinkRow, CaseRow, FrameVersionRow } from './fieldwork-records';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile, ProfileRow } from './records';
import { StoreError } from './store-error';
import { assertWritable } from './write-guard';

/** A case as the screens show it: its frame data, who has it, and what became of it. */
/** Someone cases can be assigned to. */
export interface Assignee {
  id: string;
  name: string;
  role: 'surveyor' | 'coordinator';
  /** A surveyor on their own computer: the cases reach them in a package from the coordinator. */
  remote: boolean;
}

export interface CaseView {
  id: string;
  frame: FrameCase;
  stratum: string;
  assigneeId: string;
  assigneeName: string;
  disposition: Disposition;
  attempts: number;
  lastAttemptAt: string | null;
  /** Responses started from or linked to the case (not deleted); more than one is flagged. */
  responseIds: string[];
  /** Their short keys, in the same order. */
  responseKeys: string[];
}

export interface NewAttempt {
  mode: AttemptMode;
  outcome: Disposition;
  note?: string;
}

const MAX_NOTE = NOTE_MAX_CHARS;
const BATCH = 1_000;

const refuse = (da: string, en: string, code: 'not-found' | 'stale-selection' | 'forbidden' = 'forbidden') =>
  new StoreError(code, en, [], { da, en });

export class FieldworkRepository {
  constructor(private readonly db: BarometerDb) {}

  /** The frame version in force, or undefined before the first import. */
  currentVersion(): Promise<FrameVersionRow | undefined> {
    return this.db.frameVersions.orderBy('version').last();
  }

  versions(): Promise<FrameVersionRow[]> {
    return this.db.frameVersions.orderBy('version').toArray();
  }

  /** What applying `parsed` would change, against the frame in force; `basedOn` is passed back to `applyFrame`. */
  async preview(parsed: ParsedFrame): Promise<{ diff: FrameDiff; basedOn: number }> {
    const [current, cases] = await Promise.all([this.currentVersion(), this.db.cases.where('inFrame').equals(1).toArray()]);
    return { diff: diffFrames(cases.map((c) => c.frame), parsed.cases), basedOn: current?.version ?? 0 };
  }

  /**
   * Applies a previewed frame as a new version, in one transaction: new workplaces become unassigned
   * cases, changed ones take the new data (keeping their surveyor, attempts and responses), left-out
   * ones leave the frame. Refused when another version was applied since the preview (`basedOn`).
   */
  async applyFrame(actor: Pick<Profile, 'id'>, parsed: ParsedFrame, fileName: string, basedOn: number): Promise<FrameVersionRow> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    const { frameVersions, cases, audit, profiles } = this.db;
    return this.db.transaction('rw', [frameVersions, cases, audit, profiles], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, 'import-frame');
      const current = await frameVersions.orderBy('version').last();
      if ((current?.version ?? 0) !== basedOn) {
        throw refuse('Stikprøven er ændret, siden ændringerne blev vist: indlæs filen igen.', 'The sample changed since the changes were shown: import the file again.', 'stale-selection');
      }
      const version = basedOn + 1;
      const existing = await cases.toArray();
      const inForce = existing.filter((c) => c.inFrame === 1);
      const diff = diffFrames(inForce.map((c) => c.frame), parsed.cases);
      const byId = new Map(existing.map((c) => [c.id, c]));
      const now = new Date().toISOString();
      const next: CaseRow[] = parsed.cases.map((frame) => {
        const old = byId.get(frame.workplaceId);
        return {
          id: frame.workplaceId,
          frame,
          stratum: caseStratum(frame),
          inFrame: 1,
          frameVersion: version,
          assigneeId: old?.assigneeId ?? '',
          assigneeName: old?.assigneeName ?? '',
          assignedAt: old?.assignedAt ?? null,
        };
      });
      const left = diff.removed.map((f) => byId.get(f.workplaceId)).filter((c): c is CaseRow => c !== undefined).map((c) => ({ ...c, inFrame: 0 as const }));
      const all = [...next, ...left];
      for (let i = 0; i < all.length; i += BATCH) await cases.bulkPut(all.slice(i, i + BATCH));
      const record: FrameVersionRow = {
        version,
        importedAt: now,
        importedById: row.id,
        importedByName: row.name,
        fileName,
        cases: parsed.cases.length,
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
        population: parsed.population,
      };
      await frameVersions.add(record);
      const chain = await ChainWriter.open(this.db, deviceId);
      await chain.append(stampOf(row), now, {
        action: 'fieldwork',
        details: { kind: 'frame-import', version, fileName, cases: record.cases, added: record.added, removed: record.removed, changed: record.changed },
      });
      return record;
    });
  }

  /** Every case in the frame in force (or, with `profileId`, those assigned to that profile), with its disposition. */
  async cases(profileId?: string): Promise<CaseView[]> {
    const rows = (profileId === undefined ? await this.db.cases.where('inFrame').equals(1).toArray() : await this.db.cases.where('assigneeId').equals(profileId).toArray()).filter(
      (c) => c.inFrame === 1,
    );
    const [attempts, links] = await Promise.all([this.db.attempts.toArray(), this.db.caseLinks.toArray()]);
    return this.views(rows, attempts, links);
  }

  /** One case (in the frame in force or not) with its disposition; undefined when there is no such case. */
  async caseView(caseId: string): Promise<CaseView | undefined> {
    const row = await this.db.cases.get(caseId);
    if (!row) return undefined;
    const [attempts, links] = await Promise.all([this.db.attempts.where('caseId').equals(caseId).toArray(), this.db.caseLinks.where('caseId').equals(caseId).toArray()]);
    return (await this.views([row], attempts, links))[0];
  }

  private async views(rows: readonly CaseRow[], attempts: readonly Attempt[], links: CaseLinkRow[]): Promise<CaseView[]> {
    const ids = new Set(rows.map((r) => r.id));
    const attemptsOf = new Map<string, Attempt[]>();
    for (const a of attempts) if (ids.has(a.caseId)) (attemptsOf.get(a.caseId) ?? attemptsOf.set(a.caseId, []).get(a.caseId)!).push(a);
    const linksOf = new Map<string, string[]>();
    // Oldest link first: a flagged case lists its responses in the order they came.
    links.sort((a, b) => a.linkedAt.localeCompare(b.linkedAt));
    for (const l of links) if (ids.has(l.caseId)) (linksOf.get(l.caseId) ?? linksOf.set(l.caseId, []).get(l.caseId)!).push(l.responseId);
    const summaries = await this.db.summaries.bulkGet([...new Set(links.filter((l) => ids.has(l.caseId)).map((l) => l.responseId))]);
    const live = summaries.filter((s): s is NonNullable<typeof s> => s !== undefined && s.deleted === 0);
    const statusOf = new Map(live.map((s) => [s.id, s.status as LinkedStatus]));
    const keyOf = new Map(live.map((s) => [s.id, s.key]));
    return rows.map((c) => {
      const own = attemptsOf.get(c.id) ?? [];
      const responseIds = (linksOf.get(c.id) ?? []).filter((id) => statusOf.has(id));
      const last = own.reduce<string | null>((max, a) => (max === null || a.at > max ? a.at : max), null);
      return {
        id: c.id,
        frame: c.frame,
        stratum: c.stratum,
        assigneeId: c.assigneeId,
        assigneeName: c.assigneeName,
        disposition: caseDisposition(own, responseIds.map((id) => statusOf.get(id)!)),
        attempts: own.length,
        lastAttemptAt: last,
        responseIds,
        responseKeys: responseIds.map((id) => keyOf.get(id) ?? id),
      };
    });
  }

  /**
   * What «Stikprøve» and the workbook show, from one read of cases, attempts and links: every case
   * in the frame in force with its disposition, and the progress facts.
   */
  async monitoring(): Promise<{ cases: CaseView[]; progress: ProgressCase[] }> {
    const [rows, attempts, links] = await Promise.all([this.db.cases.where('inFrame').equals(1).toArray(), this.db.attempts.toArray(), this.db.caseLinks.toArray()]);
    const [cases, progress] = await Promise.all([this.views(rows, attempts, links), progressOf(this.db, rows, attempts, links)]);
    return { cases, progress };
  }

  /** Per case in the frame in force, when it was worked and completed: the progress by day's input. */
  progress(): Promise<ProgressCase[]> {
    return readProgressCases(this.db);
  }

  /**
   * Links a response keyed without a case to `caseId` (a coordinator any; a surveyor their own response
   * to a case assigned to them). Refused when the response already has a case.
   */
  linkResponse(actor: Pick<Profile, 'id'>, responseId: string, caseId: string): Promise<LinkResult> {
    return linkResponseToCase(this.db, actor, responseId, caseId);
  }

  /**
   * The ids of the responses (not deleted) whose workplace has more than one: the same case, or the
   * same workplace id keyed without a case (two laptops). Each is flagged in the list.
   */
  async duplicateResponseIds(): Promise<Set<string>> {
    return new Set((await readDuplicateGroups(this.db)).flatMap((g) => g.responseIds));
  }

  /**
   * Whom cases can be assigned to: this computer's surveyors and coordinators, then the surveyors
   * on their own computers known here from their packages (`remote`: their cases go by package).
   */
  async assignees(): Promise<Assignee[]> {
    const [profiles, remote] = await Promise.all([this.db.profiles.toArray(), knownSurveyors(this.db)]);
    return [
      ...profiles.flatMap((p) => (p.role === 'auditor' ? [] : [{ id: p.id, name: p.name, role: p.role, remote: false }])),
      ...remote.map((s) => ({ id: s.profileId, name: s.name, role: 'surveyor' as const, remote: true })),
    ];
  }

  /** One case's attempts, oldest first. */
  async attemptsOf(caseId: string): Promise<Attempt[]> {
    return (await this.db.attempts.where('caseId').equals(caseId).toArray()).sort((a, b) => a.at.localeCompare(b.at));
  }

  /**
   * Makes `assigneeId` (a surveyor's or coordinator's profile; null: nobody) responsible for the given
   * cases, in one transaction with one audit entry naming them. Cases not in the frame are refused.
   */
  async assign(actor: Pick<Profile, 'id'>, caseIds: readonly string[], assigneeId: string | null): Promise<number> {
    assertWritable(this.db);
    const deviceId = await ensureDeviceId(this.db);
    const { cases, audit, profiles, imports } = this.db;
    return this.db.transaction('rw', [cases, audit, profiles, imports], async () => {
      const row = await storedActor(this.db, actor);
      permit(row, 'assign-cases');
      let assignee: Pick<ProfileRow, 'id' | 'name'> | undefined;
      if (assigneeId !== null) {
        const local = await profiles.get(assigneeId);
        // A surveyor on their own computer, known here from their packages, gets the cases by package.
        assignee = local ?? (await knownSurveyors(this.db)).map((s) => ({ id: s.profileId, name: s.name })).find((s) => s.id === assigneeId);
        if (!assignee || local?.role === 'auditor') {
          throw refuse(
            'Opgaver kan kun tildeles en interviewer eller en koordinator på denne computer, eller en interviewer, hvis pakker er indlæst her.',
            "Cases can only be assigned to a surveyor or a coordinator on this computer, or to a surveyor whose packages were imported here.",
          );
        }
      }
      const found = await cases.bulkGet([...caseIds]);
      const missing = caseIds.filter((_, i) => found[i]?.inFrame !== 1);
      if (missing.length > 0) {
        throw refuse(`${missing.length} arbejdsplads(er) er ikke i stikprøven (fx ${missing[0]}).`, `${missing.length} workplace(s) are not in the sample (e.g. ${missing[0]}).`, 'not-found');
      }
      const now = new Date().toISOString();
      const changed = found
        .filter((c): c is CaseRow => c !== undefined && c.assigneeId !== (assigneeId ?? ''))
        .map((c) => ({ ...c, assigneeId: assigneeId ?? '', assigneeName: assignee?.name ?? '', assignedAt: assigneeId === null ? null : now }));
      if (changed.length === 0) return 0;
      for (let i = 0; i < changed.length; i += BATCH) await cases.bulkPut(changed.slice(i, i + BATCH));
      const chain = await ChainWriter.open(this.db, deviceId);
      await chain.append(stampOf(row), now, {
        action: 'fieldwork',
        newValue: assignee?.name ?? null,
        details: { kind: 'assign', assigneeId: assigneeId ?? null, count: changed.length, cases: changed.map((c) => c.id) },
      });
      return changed.length;
    });
  }

  /**
   * Records an attempt on a case (a surveyor on their own cases, a coordinator on any). The audit
   * entry records the disposition before and after, as an answer's old and new value.
   */
  async recordAttempt(actor: Pick<Profile, 'id'>, caseId: string, input: NewAttempt): Promise<Attempt> {
    assertWritable(this.db);
    const spec = dispositionSpec(input.outcome);
    if (input.outcome === 'not-attempted') throw refuse('Vælg, hvad forsøget førte til.', 'Choose what the attempt led to.');
    const note = (input.note ?? '').trim();
    if (note.length > MAX_NOTE) throw refuse(`En note kan højst være ${MAX_NOTE} tegn.`, `A note can be at most ${MAX_NOTE} characters.`);
    const deviceId = await ensureDeviceId(this.db);
    const { cases, attempts, audit, profiles } = this.db;
    return this.db.transaction('rw', [cases, attempts, audit, profiles], async () => {
      const row = await storedActor(this.db, actor);
      const c = await cases.get(caseId);
      if (!c || c.inFrame !== 1) throw refuse('Arbejdspladsen er ikke i stikprøven.', 'The workplace is not in the sample.', 'not-found');
      permit(row, 'record-outcome', { assignedToActor: c.assigneeId === row.id });
      const before = await attempts.where('caseId').equals(caseId).toArray();
      const now = laterThanEvery(before);
      const attempt: Attempt = { id: crypto.randomUUID(), caseId, at: now, mode: input.mode, outcome: input.outcome, note, byId: row.id, byName: row.name };
      await attempts.add(attempt);
      const chain = await ChainWriter.open(this.db, deviceId);
      await chain.append(stampOf(row), now, {
        action: 'fieldwork',
        field: 'disposition',
        oldValue: caseDisposition(before, []),
        newValue: input.outcome,
        details: { kind: 'attempt', caseId, attemptId: attempt.id, mode: input.mode, aapor: spec.aapor, final: spec.final, note },
      });
      return attempt;
    });
  }
}

/**
 * Now, or one millisecond after the case's latest attempt when that is not earlier (two attempts
 * within one millisecond, or a clock set back): the latest attempt is the disposition, so the
 * attempts of a case must stand in the order they were made.
 */
function laterThanEvery(before: readonly Pick<Attempt, 'at'>[]): string {
  let t = Date.now();
  for (const a of before) {
    const at = Date.parse(a.at);
    if (Number.isFinite(at) && at >= t) t = at + 1;
  }
  return new Date(t).toISOString();
}
