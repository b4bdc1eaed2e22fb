/**
 * The review queue's filter as the screen holds it (select values and local dates), and the store's
 * ReviewFilter it stands for. Dates are the auditor's local days: "from" is that day's first
 * instant, "to" includes the whole day (the filter's `to` is exclusive: the next day's first instant).
 */
import type { ResponseStatus } from '../../core/permissions/roles';
import { VERIFICATION_MATCHES, type ReviewFilter } from '../../db/review-filter';

export interface ReviewView {
  /** '' = any status. */
  status: ResponseStatus | '';
  /** Profile id of the surveyor who created the response; '' = anyone. */
  surveyorId: string;
  /** Government level code; '' = any. */
  level: string;
  /** Area code; '' = any. */
  area: string;
  /** yyyy-mm-dd (an <input type="date"> value) or ''. */
  from: string;
  to: string;
  /** A verification state ('none': not marked); '' = any. */
  verification: string;
}

/** What an auditor opens the queue to: the completed responses waiting for review. */
export const EMPTY_REVIEW_VIEW: ReviewView = { status: 'completed', surveyorId: '', level: '', area: '', from: '', to: '', verification: '' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first instant of a local day (plus `days`), as ISO 8601; undefined for no or a malformed date. */
export function localDayStart(date: string, days = 0): string | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export function reviewFilterOf(view: ReviewView): ReviewFilter {
  const from = localDayStart(view.from);
  const to = localDayStart(view.to, 1);
  const verification = VERIFICATION_MATCHES.find((v) => v === view.verification);
  return {
    ...(verification ? { verification } : {}),
    ...(view.status ? { statuses: [view.status] } : {}),
    ...(view.surveyorId ? { surveyorId: view.surveyorId } : {}),
    ...(view.level ? { sectorLevel: view.level } : {}),
    ...(view.area ? { policyArea: view.area } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** Both dates given and "to" before "from": nothing can match (said, not silently empty). */
export function isBackwardRange(view: ReviewView): boolean {
  return view.from !== '' && view.to !== '' && view.to < view.from;
}

const STATUSES: readonly ResponseStatus[] = ['draft', 'completed', 'approved', 'rejected'];

/** The queue's view from the route's search; `status=any` is "any status", no status is the default (completed). */
export function reviewViewFromParams(params: URLSearchParams): ReviewView {
  const status = params.get('status');
  const date = (v: string | null) => (v !== null && DATE.test(v) ? v : '');
  return {
    status: status === 'any' ? '' : (STATUSES.find((s) => s === status) ?? EMPTY_REVIEW_VIEW.status),
    surveyorId: params.get('surveyor') ?? '',
    level: params.get('level') ?? '',
    area: params.get('area') ?? '',
    from: date(params.get('from')),
    to: date(params.get('to')),
    verification: VERIFICATION_MATCHES.find((v) => v === params.get('verified')) ?? '',
  };
}

export function reviewViewToParams(view: ReviewView): URLSearchParams {
  const out = new URLSearchParams();
  if (view.status !== EMPTY_REVIEW_VIEW.status) out.set('status', view.status === '' ? 'any' : view.status);
  if (view.surveyorId) out.set('surveyor', view.surveyorId);
  if (view.level) out.set('level', view.level);
  if (view.area) out.set('area', view.area);
  if (view.from) out.set('from', view.from);
  if (view.to) out.set('to', view.to);
  if (view.verification) out.set('verified', view.verification);
  return out;
}
