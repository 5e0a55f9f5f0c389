/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

const api = process.env.ANTQ_API_URL ?? "http://localhost:5080";

export default defineConfig({
  plugins: [
    react(),
    // Installable, and the app opens without a connection: the service worker precaches the built app (HTML, JS —
    // the lazy chunks and the QR scanner's too —, CSS, fonts, icons). It never caches /api: the gate's data lives in
    // IndexedDB. Registered by a small separate deferred script (registerSW.js, after the load event), so nothing is added
    // to the first JS bundle and nothing blocks the parser.
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "script-defer",
      includeAssets: ["favicon.svg", "apple-touch-icon.png"],
      manifest: {
        name: "ANTQ",
        short_name: "ANTQ",
        description: "Quản lý phong trào Toàn dân bảo vệ An ninh Tổ quốc",
        lang: "vi",
        dir: "ltr",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: "#9b1c1c",
        background_color: "#ffffff",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // Icons come from includeAssets and the manifest.
        globPatterns: ["**/*.{js,css,html,woff2}"],
        navigateFallback: "index.html",
        // The API, Swagger UI and health checks are never answered with the app's HTML.
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/swagger(\/|$)/, /^\/health(\/|$)/],
        // No runtimeCaching: nothing outside the precache (so no /api answer) is ever stored by the service worker.
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
