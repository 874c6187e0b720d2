// A second process for the file-guard tests, driven over IPC: holds the workbook lock, races for
// it, stalls while holding it, or is killed in the middle of a save.
import { replaceFileDurably, withWorkbookLock, type LockTiming } from "../../sync/local/file-guard";
import { LocalFileError } from "../../sync/local/errors";

const [mode, path, staleText, updateText] = process.argv.slice(2) as [string, string, string?, string?];
const timing: LockTiming = { staleMs: Number(staleText ?? 120_000), updateMs: Number(updateText ?? 5_000) };

type Message = { readonly kind: string; readonly delayMs?: number; readonly save?: string };
const send = (message: Record<string, unknown>): void => void process.send!(message);
const waitFor = (kind: string): Promise<Message> =>
  new Promise((resolve) => {
    const listener = (message: Message) => {
      if (message.kind !== kind) return;
      process.off("message", listener);
      resolve(message);
    };
    process.on("message", listener);
  });
const codeOf = (error: unknown): string => (error instanceof LocalFileError ? error.code : `unexpected: ${String(error)}`);
const forever = (): Promise<never> => new Promise(() => setInterval(() => undefined, 60_000));

async function hold(): Promise<void> {
  await withWorkbookLock(path, async () => {
    send({ event: "held" });
    const release = await waitFor("release");
    if (release.save !== undefined) await replaceFileDurably(path, Buffer.from(release.save));
  }, { timing });
  send({ event: "done" });
}

async function race(): Promise<void> {
  for (;;) {
    const go = await waitFor("go");
    const onStaleSeen = () => new Promise<void>((resolve) => setTimeout(resolve, go.delayMs ?? 0));
    try {
      await withWorkbookLock(path, async () => {
        send({ event: "won" });
        await waitFor("release");
      }, { timing: { ...timing, onStaleSeen } });
      send({ event: "released" });
    } catch (error) {
      send({ event: "refused", code: codeOf(error) });
    }
  }
}

async function stall(): Promise<void> {
  await withWorkbookLock(path, async () => {
    send({ event: "held" });
    const { delayMs } = await waitFor("stall");
    const until = Date.now() + (delayMs ?? 0);
    while (Date.now() < until); // the engine's synchronous run: no timer fires meanwhile
    try {
      await replaceFileDurably(path, Buffer.from("dari proses yang tertahan"));
      send({ event: "saved" });
    } catch (error) {
      send({ event: "refused", code: codeOf(error) });
    }
  }, { timing }).then(
    () => send({ event: "finished" }),
    (error: unknown) => send({ event: "release-failed", code: codeOf(error) }),
  );
}

async function killDuringSave(stage: "before-rename" | "writing"): Promise<void> {
  await withWorkbookLock(path, async () => {
    const big = Buffer.alloc(stage === "writing" ? 128 * 1024 * 1024 : 8 * 1024 * 1024, 0x41);
    if (stage === "writing") send({ event: "writing" });
    await replaceFileDurably(path, big, {
      beforeReplace: async () => {
        send({ event: "temp-complete" });
        await forever();
      },
    });
  }, { timing });
}

async function tryOnce(): Promise<void> {
  try {
    await withWorkbookLock(path, async () => send({ event: "acquired" }), { timing });
  } catch (error) {
    send({ event: "refused", code: codeOf(error) });
  }
}

const modes: Record<string, () => Promise<void>> = {
  hold,
  try: tryOnce,
  race,
  stall,
  "kill-before-rename": () => killDuringSave("before-rename"),
  "kill-writing": () => killDuringSave("writing"),
};

modes[mode]!().catch((error: unknown) => send({ event: "error", code: codeOf(error), message: (error as Error).message }));
