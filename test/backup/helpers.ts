// Test wiring: a loopback fake Sheets server, a Context whose Sheets client points at it, a
// virtual clock so retries and quota waits take no real time, temp folders, captured output.
import { auth } from "googleapis/build/src/apis/sheets/index.js";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSheetsClient, type Access } from "../../sync/backup/auth";
import type { Context, Options } from "../../sync/backup/context";
import { defaultSheetsOptions, type SheetsOptions } from "../../sync/backup/places/sheets-api";
import { silentProgress } from "../../sync/backup/progress";
import { defaultRetryPolicy, type Clock } from "../../sync/backup/retry";
import { afterEach, beforeEach, expect } from "vitest";
import { startFakeSheets, TOKENS, type FakeSheetsServer } from "./fake-sheets/server";

export interface VirtualClock extends Clock {
  readonly sleeps: number[];
}

/** Time moves only when someone sleeps: retries and quota waits are instant but measurable. */
export function virtualClock(start = Date.UTC(2026, 0, 15, 2, 0, 0)): VirtualClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

export interface TestContext {
  readonly ctx: Context;
  readonly out: string[];
  readonly err: string[];
  readonly clock: VirtualClock;
  /** Answers the confirmation question; false unless a test says otherwise. */
  answer: boolean;
  questions: string[];
}

export function testContext(
  server: FakeSheetsServer,
  overrides: {
    tokens?: Partial<Record<Access, string>>;
    sheets?: Partial<SheetsOptions>;
    now?: () => Date;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
  } = {},
): TestContext {
  const clock = virtualClock();
  const out: string[] = [];
  const err: string[] = [];
  const tokens = { read: TOKENS.read, write: TOKENS.write, ...overrides.tokens };
  const state: TestContext = {
    out,
    err,
    clock,
    answer: false,
    questions: [],
    ctx: undefined as unknown as Context,
  };
  const sheetsOptions = defaultSheetsOptions({
    retry: { ...defaultRetryPolicy, clock, random: () => 0.5 },
    onRetry: (message) => void err.push(message),
    ...overrides.sheets,
  });
  (state as { ctx: Context }).ctx = {
    io: { out: (l) => void out.push(l), err: (l) => void err.push(l) },
    env: overrides.env ?? {},
    now: overrides.now ?? (() => new Date(clock.now())),
    progress: silentProgress,
    sheetsOptions,
    sheets: async (access) => {
      const client = new auth.OAuth2();
      client.setCredentials({ access_token: tokens[access] });
      return createSheetsClient(client, { rootUrl: server.url, timeoutMs: overrides.timeoutMs ?? 1_500 });
    },
    confirm: async (question) => {
      state.questions.push(question);
      return state.answer;
    },
  };
  return state;
}

export function options(partial: Partial<Options> = {}): Options {
  return { yes: false, dryRun: false, timeZone: "Asia/Jakarta", ...partial };
}

/**
 * A fresh loopback Sheets server and temp folder for every test of the file (or describe block),
 * handed to `use`; both are closed and removed after each test.
 */
export function withServerAndDir(use: (server: FakeSheetsServer, dir: { path: string; cleanup: () => Promise<void> }) => void): void {
  let server: FakeSheetsServer;
  let dir: { path: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    server = await startFakeSheets();
    dir = await tempDir();
    use(server, dir);
  });
  afterEach(async () => {
    await server.close();
    await dir.cleanup();
  });
}

export async function tempDir(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "sync-backup-uji-"));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** Obviously fake spreadsheet IDs (real ones are 44 characters of base64url). */
export const FAKE_ID = "UJI-spreadsheet-palsu-0001";
export const FAKE_ID_2 = "UJI-spreadsheet-palsu-0002";

/** Commands' context without any Sheets server, for tests that only touch local files. */
export function localContext(confirm: (question: string) => Promise<boolean> = async () => false): { ctx: Context; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: Context = {
    io: { out: (l) => void out.push(l), err: (l) => void err.push(l) },
    env: {},
    now: () => new Date(Date.UTC(2026, 0, 15, 2)),
    progress: silentProgress,
    sheetsOptions: defaultSheetsOptions(),
    sheets: async () => expect.unreachable("no Sheets access in these tests"),
    confirm,
  };
  return { ctx, out, err };
}
