import { readdirSync, readFileSync } from 'node:fs';
import { round } from './stats';

/**
 * Where the CPU went during a timed run: this process (the bench client and the hub's apps share it) and
 * every local `postgres` process, read from /proc at the start and the end only. The PostgreSQL figure is
 * null when the server is not on this machine or /proc cannot be read; it counts the whole server, so
 * another database busy at the same time would show up in it.
 */
export interface CpuUse {
  wallMs: number;
  nodeMs: number;
  postgresMs: number | null;
}

/** Linux's USER_HZ, the unit of utime/stime in /proc/<pid>/stat; 100 on every mainstream build. */
const TICKS_PER_SECOND = 100;

export function cpuMeter(): { stop(): CpuUse } {
  const wallStart = performance.now();
  const nodeStart = process.cpuUsage();
  const postgresStart = postgresTicks();
  return {
    stop(): CpuUse {
      const node = process.cpuUsage(nodeStart);
      const postgresEnd = postgresTicks();
      let postgresMs: number | null = null;
      if (postgresStart && postgresEnd && postgresEnd.size > 0) {
        let ticks = 0;
        // A backend that started during the run counts from zero; one that ended is lost (pools keep theirs).
        for (const [pid, end] of postgresEnd) ticks += end - (postgresStart.get(pid) ?? 0);
        postgresMs = (ticks * 1000) / TICKS_PER_SECOND;
      }
      return { wallMs: performance.now() - wallStart, nodeMs: (node.user + node.system) / 1000, postgresMs };
    },
  };
}

/** utime + stime per pid of every process named `postgres`, or null without a readable /proc. */
function postgresTicks(): Map<number, number> | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    // Fields after the command: state is field 3, utime 14, stime 15.
    const fields = stat.slice(close + 2).split(' ');
    ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

export interface CpuPerUnit {
  /** CPU milliseconds per settled invoice (or applied update) in this process and in PostgreSQL. */
  nodeMsPerUnit: number;
  postgresMsPerUnit: number | null;
  /** Average cores busy during the run (this machine has os.cpus().length of them). */
  nodeCores: number;
  postgresCores: number | null;
}

export function cpuPerUnit(use: CpuUse, units: number): CpuPerUnit {
  const per = (ms: number) => round(ms / Math.max(1, units), 3);
  const cores = (ms: number) => round(ms / use.wallMs, 2);
  return {
    nodeMsPerUnit: per(use.nodeMs),
    postgresMsPerUnit: use.postgresMs === null ? null : per(use.postgresMs),
    nodeCores: cores(use.nodeMs),
    postgresCores: use.postgresMs === null ? null : cores(use.postgresMs),
  };
}
