/**
 * Double-entry verification (CSPro's verify mode, EpiData's double entry, REDCap's DDE) and the
 * keying sessions behind the keyer statistics. A coordinator marks responses; a second keyer (never
 * the profile that keyed the response first) keys the paper form again, blind; the two keyings are
 * compared field by field when the second is complete, and what still differs is resolved by a
 * coordinator. Every step is an audit entry naming the verifier and the keyer; a value the
 * verification settles changes the response through the one response writer (revision + audit).
 */
import { can } from '../core/permissions/permissions';
import type { AnswerValue, Answers } from '../core/questionnaire/model';
import { chooseForVerification, shareProblem, type ShareRule } from '../core/verification/choose-for-verification';
import { compareKeyings } from '../core/verification/compare-keyings';
import { operatorStatistics, sessionStatistics, type KeyingSession, type KeyingStatistics } from '../core/verification/keyer-statistics';
import { answerOf, sameAnswer, withAnswer } from './answer-change';
import type { ChainWriter } from './audit-writer';
import type { BarometerDb } from './database';
import { permit, stampOf, storedActor } from './permission-guard';
import type { Profile, ProfileRow, ResponseRecord } from './records';
import { ResponseWriter, type QuestionnaireLookup } from './response-write';
import { StoreError } from './store-error';
import type {
  Disagreement,
  ErrorSide,
  KeyingSessionRow,
  VerificationMode,
  VerificationRecord,
  VerificationResolution,
  VerificationSelection,
  VerificationState,
} from './verification-records';
import { assertWritable } from './write-guard';

const text = (en: string, da: string) => ({ en, da });
const refuse = (code: 'not-found' | 'forbidden' | 'unknown-field', message: { en: string; da: string }): never => {
  throw new StoreError(code, message.en, [], message);
};

const MARKABLE = new Set(['completed', 'approved']);

/** What a marking did: how many were marked, and the keys left out (already marked, not completed). */
export interface MarkOutcome {
  marked: number;
  alreadyMarked: number;
  notCompleted: string[];
}

/** The keyer statistics: one row per session and one per operator. */
export interface KeyerStatisticsReport {
  sessions: KeyingStatistics[];
  operators: KeyingStatistics[];
}

/** A session to record (the operator is the actor). */
export type SessionDraft = Omit<KeyingSessionRow, 'operatorId' | 'operatorName'>;

const nullable = (v: AnswerValue | undefined): AnswerValue | null => (v === undefined ? null : v);
const orUndefined = (v: AnswerValue | null): AnswerValue | undefined => (v === null ? undefined : v);

/** Keyer and verifier errors of one verification: on-the-fly settlements and the coordinator's choices. */
export function errorsOf(v: VerificationRecord): Record<ErrorSide, number> {
  const sides = [...Object.values(v.flyErrors), ...v.resolutions.map((r) => r.error)];
  return { keyer: sides.filter((s) => s === 'keyer').length, verifier: sides.filter((s) => s === 'verifier').length };
}

export class VerificationRepository {
  private readonly writer: ResponseWriter;

  constructor(
    private readonly db: BarometerDb,
    questionnaireFor: QuestionnaireLookup,
  ) {
    this.writer = new ResponseWriter(db, questionnaireFor);
  }

  private run<T>(actor: Profile, work: (chain: ChainWriter, row: ProfileRow, now: string) => Promise<T>): Promise<T> {
    return this.writer.transaction(actor, work, [this.db.verifications]);
  }

  get(responseId: string): Promise<VerificationRecord | undefined> {
    return this.db.verifications.get(responseId);
  }

  /** Every verification, marked first by the newest marking. */
  async list(): Promise<VerificationRecord[]> {
    const all = await this.db.verifications.toArray();
    return all.sort((a, b) => (a.markedAt < b.markedAt ? 1 : a.markedAt > b.markedAt ? -1 : a.responseKey.localeCompare(b.responseKey)));
  }

  /** Each marked response's verification state (responses not marked are absent). */
  async states(): Promise<Map<string, VerificationState>> {
    const rows = await this.db.verifications.toArray();
    return new Map(rows.map((v) => [v.responseId, v.state]));
  }

  private async markIds(chain: ChainWriter, row: ProfileRow, now: string, ids: readonly string[], selection: VerificationSelection): Promise<MarkOutcome> {
    const outcome: MarkOutcome = { marked: 0, alreadyMarked: 0, notCompleted: [] };
    for (const id of ids) {
      const response = await this.db.responses.get(id);
      if (!response || response.deletedAt !== null) continue;
      if (!MARKABLE.has(response.status)) {
        outcome.notCompleted.push(response.key);
        continue;
      }
      if (await this.db.verifications.get(id)) {
        outcome.alreadyMarked++;
        continue;
      }
      await this.db.verifications.add(newVerification(response, row, now, selection));
      await chain.append(stampOf(row), now, {
        action: 'verification',
        responseId: id,
        responseKey: response.key,
        newValue: 'marked',
        details: { step: 'mark', selection, keyerId: response.createdById, keyerName: response.createdByName },
      });
      outcome.marked++;
    }
    return outcome;
  }

  /**
   * Marks the responses with these keys (the coordinator's choice). A key not on this computer
   * refuses the whole marking, naming it; responses not yet completed are left out and named.
   */
  markByKeys(actor: Profile, keys: readonly string[]): Promise<MarkOutcome> {
    const wanted = [...new Set(keys.map((k) => k.trim().toUpperCase()).filter((k) => k !== ''))];
    return this.run(actor, async (chain, row, now) => {
      permit(row, 'mark-verification');
      if (wanted.length === 0) refuse('not-found', text('Type at least one response key.', 'Skriv mindst én nøgle.'));
      const ids: string[] = [];
      const unknown: string[] = [];
      for (const key of wanted) {
        const found = await this.db.responses.where('key').equals(key).first();
        if (found && found.deletedAt === null) ids.push(found.id);
        else unknown.push(key);
      }
      if (unknown.length > 0) {
        refuse('not-found', text(`No response has the key ${unknown.join(', ')}: nothing was marked.`, `Ingen besvarelse har nøglen ${unknown.join(', ')}: intet er markeret.`));
      }
      return this.markIds(chain, row, now, ids, 'chosen');
    });
  }

  /** Marks a share of each surveyor's completed (or approved) responses not yet marked: every n-th, or a random x %. */
  markShare(actor: Profile, rule: ShareRule, random: () => number = cryptoRandom): Promise<MarkOutcome> {
    return this.run(actor, async (chain, row, now) => {
      permit(row, 'mark-verification');
      const problem = shareProblem(rule);
      if (problem) refuse('forbidden', problem);
      const marked = new Set(await this.db.verifications.toCollection().primaryKeys());
      const candidates = (await this.db.responses.toArray())
        .filter((r) => r.deletedAt === null && MARKABLE.has(r.status) && !marked.has(r.id))
        .map((r) => ({ id: r.id, keyerId: r.createdById, createdAt: r.createdAt }));
      const chosen = chooseForVerification(candidates, rule, random);
      return this.markIds(chain, row, now, chosen, rule.kind);
    });
  }

  /**
   * Starts (or continues) the second keying of a marked response in `mode`. Refused to the profile
   * that keyed it first, to auditors, and while another verifier's keying is under way. A keying
   * under way keeps the mode it was started in.
   */
  start(actor: Profile, responseId: string, mode: VerificationMode): Promise<VerificationRecord> {
    return this.run(actor, async (chain, row, now) => {
      const { response, verification } = await this.forKeying(row, responseId);
      if (verification.state === 'keying') return verification;
      const next: VerificationRecord = { ...verification, state: 'keying', mode, verifierId: row.id, verifierName: row.name, startedAt: now, updatedAt: now };
      await this.db.verifications.put(next);
      await chain.append(stampOf(row), now, {
        action: 'verification',
        responseId,
        responseKey: response.key,
        newValue: 'keying',
        details: { step: 'start', mode, verifierId: row.id, verifierName: row.name, keyerId: verification.keyerId, keyerName: verification.keyerName },
      });
      return next;
    });
  }

  private async forKeying(row: ProfileRow, responseId: string): Promise<{ response: ResponseRecord; verification: VerificationRecord }> {
    const response = await this.db.responses.get(responseId);
    const verification = await this.db.verifications.get(responseId);
    if (!response || !verification) return refuse('not-found', text('This response is not marked for verification.', 'Besvarelsen er ikke markeret til verifikation.'));
    permit(row, 'key-verification', { own: verification.keyerId === row.id, status: response.status });
    if (verification.state === 'disagreements' || verification.state === 'verified') {
      refuse('forbidden', text('The second keying of this response is complete.', 'Anden indtastning af besvarelsen er afsluttet.'));
    }
    if (verification.state === 'keying' && verification.verifierId !== row.id) {
      refuse('forbidden', text(`${verification.verifierName ?? ''} is verifying this response.`, `${verification.verifierName ?? ''} er i gang med at verificere besvarelsen.`));
    }
    return { response, verification };
  }

  /**
   * Stores one answer of the second keying (undefined clears it). `flyError`: on the fly, whom a
   * mismatch settled by re-keying counted against (null: the field matched at once).
   */
  keyAnswer(actor: Profile, responseId: string, field: string, value: AnswerValue | undefined, flyError: ErrorSide | null = null): Promise<VerificationRecord> {
    return this.run(actor, async (_chain, row, now) => {
      const { response, verification } = await this.forKeying(row, responseId);
      if (verification.state !== 'keying') refuse('forbidden', text('Start the second keying first.', 'Start anden indtastning først.'));
      const q = this.writer.questionnaireFor(response.questionnaireId, response.questionnaireVersion);
      const variable = q.byName.get(field);
      if (!variable || variable.kind === 'derived' || variable.type === 'grid') {
        refuse('unknown-field', text(`"${field}" is not a question of this questionnaire.`, `«${field}» er ikke et spørgsmål i spørgeskemaet.`));
      }
      const flyErrors = { ...verification.flyErrors };
      if (flyError === null) delete flyErrors[field];
      else flyErrors[field] = flyError;
      const next: VerificationRecord = { ...verification, answers: withAnswer(verification.answers, field, value), flyErrors, updatedAt: now };
      await this.db.verifications.put(next);
      return next;
    });
  }

  /**
   * Completes the second keying: both keyings are compared field by field. On the fly, a keyer
   * error settled by re-keying puts the verifier's value into the response (audited); whatever
   * else differs goes to a coordinator. Nothing differs: the response is verified.
   */
  finish(actor: Profile, responseId: string, sessionId: string | null): Promise<VerificationRecord> {
    return this.run(actor, async (chain, row, now) => {
      const { response, verification } = await this.forKeying(row, responseId);
      if (verification.state !== 'keying') refuse('forbidden', text('Start the second keying first.', 'Start anden indtastning først.'));
      const q = this.writer.questionnaireFor(response.questionnaireId, response.questionnaireVersion);
      const comparison = compareKeyings(q, response.answers, verification.answers);
      const names = { verifierId: row.id, verifierName: row.name, keyerId: verification.keyerId, keyerName: verification.keyerName };
      const disagreements: Disagreement[] = [];
      for (const d of comparison.differences) {
        if (verification.mode === 'on-the-fly' && verification.flyErrors[d.variable] === 'keyer') {
          await this.settle(chain, row, now, responseId, d.variable, d.second, { step: 'on-the-fly', error: 'keyer', ...names });
        } else disagreements.push({ variable: d.variable, first: nullable(d.first), second: nullable(d.second) });
      }
      const verified = disagreements.length === 0;
      const next: VerificationRecord = {
        ...verification,
        state: verified ? 'verified' : 'disagreements',
        keyedAt: now,
        sessionId,
        fieldsCompared: comparison.fields.length,
        disagreements,
        verifiedAt: verified ? now : null,
        updatedAt: now,
      };
      await this.db.verifications.put(next);
      const errors = errorsOf(next);
      await chain.append(stampOf(row), now, {
        action: 'verification',
        responseId,
        responseKey: response.key,
        newValue: next.state,
        details: { step: 'keyed', fields: next.fieldsCompared, disagreements: disagreements.length, keyerErrors: errors.keyer, verifierErrors: errors.verifier, ...names },
      });
      return next;
    });
  }

  /** Puts a value the verification settled into the response: a new revision and an audit entry. */
  private async settle(chain: ChainWriter, row: ProfileRow, now: string, responseId: string, field: string, value: AnswerValue | undefined, details: Record<string, string>): Promise<void> {
    await this.writer.apply(chain, row, responseId, (current) => {
      const oldValue = answerOf(current.answers, field);
      if (sameAnswer(oldValue, value)) return null;
      return {
        patch: { answers: withAnswer(current.answers, field, value) },
        audit: { action: 'verification', field, oldValue, newValue: value, reason: null, details },
      };
    }, now);
  }

  /**
   * The coordinator's choice for every disagreement: the first keying's value (a verifier error)
   * or the second's (a keyer error, and the response takes it). Each choice is an audit entry
   * naming verifier and keyer; then the response is verified.
   */
  resolve(actor: Profile, responseId: string, choices: Readonly<Record<string, 'first' | 'second'>>): Promise<VerificationRecord> {
    return this.run(actor, async (chain, row, now) => {
      permit(row, 'resolve-verification');
      const verification = await this.db.verifications.get(responseId);
      const response = await this.db.responses.get(responseId);
      if (!verification || !response) return refuse('not-found', text('This response is not marked for verification.', 'Besvarelsen er ikke markeret til verifikation.'));
      if (verification.state !== 'disagreements') refuse('forbidden', text('This verification has nothing to resolve.', 'Verifikationen har intet at løse.'));
      const missing = verification.disagreements.filter((d) => choices[d.variable] === undefined);
      if (missing.length > 0) {
        refuse('forbidden', text(`Choose a value for every question that differs (${missing.length} left).`, `Vælg en værdi for hvert spørgsmål, der afviger (${missing.length} mangler).`));
      }
      const names = { verifierId: verification.verifierId ?? '', verifierName: verification.verifierName ?? '', keyerId: verification.keyerId, keyerName: verification.keyerName };
      const resolutions: VerificationResolution[] = [];
      for (const d of verification.disagreements) {
        const choice = choices[d.variable] === 'second' ? 'second' : 'first';
        const value = choice === 'second' ? d.second : d.first;
        const error: ErrorSide = choice === 'second' ? 'keyer' : 'verifier';
        resolutions.push({ variable: d.variable, choice, value, error, at: now, byId: row.id, byName: row.name });
        const details = { step: 'resolve', choice, error, ...names };
        const current = answerOf((await this.db.responses.get(responseId))?.answers ?? {}, d.variable);
        if (choice === 'second' && !sameAnswer(current, orUndefined(value))) {
          await this.settle(chain, row, now, responseId, d.variable, orUndefined(value), details);
        } else {
          await chain.append(stampOf(row), now, { action: 'verification', responseId, responseKey: response.key, field: d.variable, oldValue: d.first, newValue: value, details });
        }
      }
      const next: VerificationRecord = { ...verification, state: 'verified', resolutions, verifiedAt: now, updatedAt: now };
      await this.db.verifications.put(next);
      return next;
    });
  }

  /**
   * Records one keying session of the actor (counts and times only), or writes it again with the
   * counts so far: the entry screen calls this while keying (same id, growing counts). Auditors key
   * nothing and record nothing. The write holds only the sessions table: an answer's commit (whose
   * transaction holds the profiles) never waits for it, and the actor is read just before.
   */
  async recordSession(actor: Profile, draft: SessionDraft): Promise<KeyingSessionRow> {
    assertWritable(this.db);
    if (!Number.isInteger(draft.keystrokes) || draft.keystrokes < 0 || !(draft.end >= draft.start) || draft.pauseMs < 0) {
      refuse('forbidden', text('A keying session needs counts of zero or more and an end after its start.', 'En indtastningssession kræver tal på nul eller mere og en slutning efter starten.'));
    }
    const row = await storedActor(this.db, actor);
    permit(row, 'record-keying');
    const session: KeyingSessionRow = { ...draft, operatorId: row.id, operatorName: row.name, responseIds: [...draft.responseIds] };
    await this.db.transaction('rw', [this.db.keyingSessions], () => this.db.keyingSessions.put(session));
    return session;
  }

  /** Whether the role records keying sessions at all (auditors do not). */
  static records(actor: Profile): boolean {
    return can(actor.role, 'record-keying').allowed;
  }

  /** The sessions as the statistics count them: a verify session carries the errors of the verifications it completed. */
  async keyingSessions(): Promise<KeyingSession[]> {
    const rows = (await this.db.keyingSessions.orderBy('start').toArray()) as KeyingSessionRow[];
    const verifications = await this.db.verifications.toArray();
    const bySession = new Map<string, VerificationRecord[]>();
    for (const v of verifications) if (v.sessionId) bySession.set(v.sessionId, [...(bySession.get(v.sessionId) ?? []), v]);
    return rows.map((s) => {
      const done = bySession.get(s.id) ?? [];
      const errors = done.map(errorsOf);
      return {
        mode: s.mode,
        operatorId: s.operatorId,
        operatorName: s.operatorName,
        start: s.start,
        end: s.end,
        pauseMs: s.pauseMs,
        responses: s.responseIds.length,
        keystrokes: s.keystrokes,
        fieldsVerified: done.reduce((t, v) => t + v.fieldsCompared, 0),
        keyerErrors: errors.reduce((t, e) => t + e.keyer, 0),
        verifierErrors: errors.reduce((t, e) => t + e.verifier, 0),
      };
    });
  }

  /** Per session and per operator, as CSPro reports them. */
  async statistics(): Promise<KeyerStatisticsReport> {
    const sessions = await this.keyingSessions();
    return { sessions: sessionStatistics(sessions), operators: operatorStatistics(sessions) };
  }
}

function newVerification(response: ResponseRecord, marker: ProfileRow, now: string, selection: VerificationSelection): VerificationRecord {
  const answers: Answers = {};
  return {
    responseId: response.id,
    responseKey: response.key,
    state: 'marked',
    selection,
    markedAt: now,
    markedById: marker.id,
    markedByName: marker.name,
    keyerId: response.createdById,
    keyerName: response.createdByName,
    mode: null,
    verifierId: null,
    verifierName: null,
    answers,
    flyErrors: {},
    startedAt: null,
    keyedAt: null,
    sessionId: null,
    fieldsCompared: 0,
    disagreements: [],
    resolutions: [],
    verifiedAt: null,
    updatedAt: now,
  };
}

function cryptoRandom(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) / 2 ** 32;
}
