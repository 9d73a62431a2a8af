import { Controller, MessageEvent, Req, Sse } from '@nestjs/common';
import { filter, interval, map, merge, Observable } from 'rxjs';
import { CASE_READERS, Callers, STAFF_ROLES, type StaffRole } from '@hub/auth';
import type { ConsoleRequest } from '../session/console-access.guard';
import { type LiveEvent, LiveEvents } from './live-events';

/** Who hears what: case readers hear timelines, the people who run the hub hear dead letters. */
const HEARS: Record<LiveEvent['type'], StaffRole[]> = { timeline: CASE_READERS, dead_letter: ['operator', 'auditor'] };

/** A comment-like ping keeps proxies from closing an idle stream and lets the browser notice a dead one. */
const HEARTBEAT_MS = 20_000;

@Controller('api')
export class LiveController {
  constructor(private readonly live: LiveEvents) {}

  /**
   * Server-Sent Events: each event's `id` is its timeline entry or dead letter, `event` its type, `data` the ids the
   * browser needs to refetch what changed through the API (with the person's own rights). Nothing more travels here.
   */
  @Sse('live')
  @Callers(...STAFF_ROLES)
  stream(@Req() request: ConsoleRequest): Observable<MessageEvent> {
    const roles = request.console!.session.actor.roles;
    const heard = this.live.events.pipe(
      filter((event) => HEARS[event.type].some((role) => roles.includes(role))),
      map((event): MessageEvent => ({ id: `${event.type}:${event.id}`, type: event.type, data: event })),
    );
    const heartbeat = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: {} })));
    return merge(heard, heartbeat);
  }
}
