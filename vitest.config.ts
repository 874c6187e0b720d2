import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Working days are calendar dates in the office's zone; pin the runner's zone so a
    // test that accidentally depends on it fails the same way everywhere.
    env: { TZ: "UTC" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
