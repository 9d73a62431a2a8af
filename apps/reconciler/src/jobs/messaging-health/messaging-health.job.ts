import { Injectable } from '@nestjs/common';
import type { TopicLag } from '@hub/messaging';
import { ReconcilerConfig } from '../../reconciler.config';
import type { FoundBreak, JobOutcome, JobRunContext, ReconciliationJob } from '../reconciliation-job';
import { ConsumerLagReader } from './consumer-lag.reader';
import { MessagingHealthRepository, type OpenDeadLetter, type StaleOutbox } from './messaging-health.repository';

/**
 * An outbox this many times its threshold behind is an incident, not a warning. The relay publishes within seconds of
 * commit (it is woken by the outbox trigger); a row late by one threshold may be a broker blip or a restart that the
 * relay catches up on by itself, but one late by four (an hour with the default 15 minutes) means the app's relay is
 * down or stuck on a message: its orders, statuses and findings have stopped reaching the other apps, and partners
 * wait. Operators must act, so it is raised as an incident.
 */
const OUTBOX_INCIDENT_FACTOR = 4;

const LAG_KIND = 'consumer_lag';

/**
 * Messaging health: outbox rows not published, dead letters not replayed, consumer groups behind. It runs every 15
 * minutes for today, and checks things as they stand when it runs (now()), not at the run's `asOf`: asOf is the end
 * of the business day, still hours ahead during the day, so every unpublished row would count as stale against it.
 * Kafka out of reach is itself a finding (`kafka_unreachable`) and the database checks still run: the job does not
 * fail, nor pass in silence, when the broker is down (the lag findings already open stay open meanwhile). That finding is a warning: if the broker stays down, the
 * outboxes back up and their findings become incidents on their own.
 */
@Injectable()
export class MessagingHealthJob implements ReconciliationJob {
  readonly name = 'messaging-health' as const;

  constructor(
    private readonly health: MessagingHealthRepository,
    private readonly lagReader: ConsumerLagReader,
    private readonly config: ReconcilerConfig,
  ) {}

  async run({ db }: JobRunContext): Promise<JobOutcome> {
    const staleAfter = this.config.OUTBOX_STALE_AFTER_MINUTES;
    const outboxes = await this.health.staleOutbox(db, staleAfter);
    const deadLetters = await this.health.openDeadLetters(db);
    const lag = await this.lagReader.read().then(
      (lags) => ({ lags, error: null }),
      (error: unknown) => ({ lags: [] as TopicLag[], error: error instanceof Error ? error.message : String(error) }),
    );
    const lagging = lag.lags.filter((l) => l.lag >= this.config.CONSUMER_LAG_ALERT);
    // Unmeasured lag is not no lag: the lag findings still open stay open, as last measured, until Kafka answers again.
    const lagFindings = lag.error === null
      ? lagging.map((l) => lagFinding(l, this.config.CONSUMER_LAG_ALERT))
      : (await this.health.openFindings(db, this.name, LAG_KIND)).map((f): FoundBreak => ({ kind: LAG_KIND, ...f }));
    return {
      found: [
        ...outboxes.map((o) => outboxFinding(o, staleAfter)),
        ...deadLetters.map(deadLetterFinding),
        ...lagFindings,
        ...(lag.error === null ? [] : [unreachableFinding(lag.error)]),
      ],
      summary: {
        staleOutboxApps: outboxes.length,
        staleOutboxMessages: outboxes.reduce((sum, o) => sum + o.count, 0),
        openDeadLetters: deadLetters.length,
        consumerLagsMeasured: lag.error === null ? lag.lags.length : null,
        consumerLagsAboveAlert: lagging.length,
        kafkaReachable: lag.error === null,
      },
    };
  }
}

function outboxFinding(o: StaleOutbox, staleAfterMinutes: number): FoundBreak {
  return {
    kind: 'outbox_stale',
    severity: o.oldestAgeMinutes >= OUTBOX_INCIDENT_FACTOR * staleAfterMinutes ? 'incident' : 'warning',
    subjectType: 'outbox',
    subjectId: o.sourceApp,
    amountYen: null,
    summary: `${o.count} outbox message(s) of ${o.sourceApp} not published after ${staleAfterMinutes} minutes; the oldest (#${o.oldestId}) has waited ${o.oldestAgeMinutes} minutes since ${o.oldestCreatedAt}`,
    detail: { count: o.count, oldestId: o.oldestId, oldestCreatedAt: o.oldestCreatedAt, oldestAgeMinutes: o.oldestAgeMinutes, staleAfterMinutes },
  };
}

function deadLetterFinding(d: OpenDeadLetter): FoundBreak {
  return {
    kind: 'dead_letter_unreplayed',
    severity: 'warning',
    subjectType: 'dead_letter',
    subjectId: d.id,
    caseId: d.caseId,
    partnerId: d.partnerId,
    summary: `Dead letter of ${d.consumerGroup} from ${d.sourceTopic} (${d.eventKey}) not replayed since ${d.failedAt}: ${d.errorName}: ${oneLine(d.errorMessage)}`,
    detail: { ...d },
  };
}

/** The list shows one line: the whole message stays in the detail. */
const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
};

function lagFinding(l: TopicLag, alert: number): FoundBreak {
  return {
    kind: LAG_KIND,
    severity: 'warning',
    subjectType: 'consumer_group',
    subjectId: `${l.consumerGroup}/${l.topic}`,
    summary: `${l.consumerGroup} is ${l.lag} message(s) behind on ${l.topic} (alert at ${alert})`,
    detail: { consumerGroup: l.consumerGroup, topic: l.topic, lag: l.lag, partitions: l.partitions, alertAt: alert },
  };
}

function unreachableFinding(error: string): FoundBreak {
  return {
    kind: 'kafka_unreachable',
    severity: 'warning',
    subjectType: 'kafka',
    subjectId: 'kafka',
    summary: `Kafka could not be reached to measure consumer lag: ${error}`,
    detail: { error },
  };
}
