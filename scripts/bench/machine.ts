import os from 'node:os';

/** Facts about the machine a run happened on, for reading its absolute numbers. */
export interface MachineFacts {
  cpuModel: string;
  cpuCount: number;
  cpuMhz: number;
  totalMemoryBytes: number;
  os: string;
  node: string;
  /** 1-minute load average when the run started: other work competing for the cores. */
  loadAverage: number;
}

/** Reads the machine facts from `os` and `process`. */
export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    cpuMhz: cpus[0]?.speed ?? 0,
    totalMemoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg()[0],
  };
}
