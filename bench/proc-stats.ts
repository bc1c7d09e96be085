// What a process costs, from /proc (Linux): CPU time (utime + stime) and resident memory.
// Read before and after a measured window, so the figure is the window's own, whatever else
// the machine runs at the same time.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this project runs on (getconf CLK_TCK)

/** CPU time the process has used so far, in ms; 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Resident set size in MB; 0 once the process is gone. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** The 1-minute load average (how busy the shared machine was). */
export const loadAverage = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);

/** CPU ms of each pid now. */
export const cpuSnapshot = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuMs(pid)]));

/** CPU ms `pids` used since `before` (a pid that appeared since counts from 0). */
export const cpuSince = (before: Map<number, number>, pids: number[]) => pids.reduce((total, pid) => total + cpuMs(pid) - (before.get(pid) ?? 0), 0);

/** The direct children of `pid` with their command lines (a launcher's processes). */
export function childProcesses(pid: number): { pid: number; command: string }[] {
  try {
    // Each thread lists the children it forked: read them all.
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(" ").filter(Boolean).map(Number));
    return children.map((child) => ({ pid: child, command: readFileSync(`/proc/${child}/cmdline`, "utf8").replaceAll("\0", " ").trim() }));
  } catch {
    return [];
  }
}
