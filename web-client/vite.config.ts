/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const api = process.env.ANTQ_API_URL ?? "http://localhost:5080";

export default defineConfig({
  plugins: [react()],
  build: {
    // The API serves the SPA from its wwwroot (git-ignored), so one process serves both.
    outDir: "../api/wwwroot",
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { "/api": api, "/swagger": api, "/health": api },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    // Generous on a loaded machine (findBy… waits up to 10 s, see src/test/setup.ts); a hung test still fails.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
