import "@fontsource/be-vietnam-pro/vietnamese-400.css";
import "@fontsource/be-vietnam-pro/vietnamese-600.css";
import "@fontsource/be-vietnam-pro/latin-400.css";
import "@fontsource/be-vietnam-pro/latin-600.css";
import "./app/mantineStyles";
import "@mantine/notifications/styles.css";
import "./app/global.css";
import "./lib/i18n";
import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";

// The first render is a transition, so React renders in slices of a few milliseconds and yields between them: a phone's
// main thread stays free for input (and Lighthouse's total blocking time stays low) instead of one long task.
startTransition(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
