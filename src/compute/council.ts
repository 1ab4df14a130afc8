// The ways the office meets the council: meeting types with their attendees written out. Pure.
import type { Attendee, CouncilRecord } from '../model/records.js';

export interface CouncilView {
  readonly report: 'council';
  readonly meetings: readonly {
    readonly id: string;
    readonly name: string;
    readonly cadence: 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'as-needed' | null;
    readonly schedule: string | null;
    readonly attendees: readonly string[];
    readonly agenda: string | null;
    readonly note: string | null;
  }[];
}

/** 부의장 ×2 is written 부의장2, as the report does; a note follows the role (관련 부서장 배석). */
export function attendeeText(a: Attendee): string {
  if (typeof a === 'string') return a;
  return `${a.role}${a.count !== undefined && a.count > 1 ? a.count : ''}${a.note ? ` ${a.note}` : ''}`;
}

export function councilView(records: readonly CouncilRecord[]): CouncilView {
  return {
    report: 'council',
    meetings: records.flatMap((r) =>
      r.meetings.map((m) => ({
        id: m.id,
        name: m.name,
        cadence: m.cadence ?? null,
        schedule: m.schedule ?? null,
        attendees: m.attendees.map(attendeeText),
        agenda: m.agenda ?? null,
        note: m.note ?? null,
      })),
    ),
  };
}
