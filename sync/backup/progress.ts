// Progress reporting: a cli-progress bar on a terminal, nothing in tests or pipes.
import cliProgress from "cli-progress";

export interface Progress {
  /** Starts (or restarts) a bar of `total` units with a short Indonesian label. */
  begin(label: string, total: number): void;
  advance(units: number): void;
  end(): void;
}

export const silentProgress: Progress = { begin() {}, advance() {}, end() {} };

/** A bar on stderr, so stdout stays clean for scripts that capture it. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let bar: cliProgress.SingleBar | undefined;
  return {
    begin(label, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        { format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, stream, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(total, 1), 0);
    },
    advance(units) {
      bar?.increment(units);
    },
    end() {
      bar?.stop();
      bar = undefined;
    },
  };
}
