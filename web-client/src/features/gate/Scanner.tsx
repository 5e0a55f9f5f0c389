import { Alert, Box, Button, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { codeFromScan } from "./code";

/** The same code seen again within this time is the same badge still in front of the camera. */
const SAME_CODE_MS = 3_000;

/**
 * The phone's camera reading QR codes. The scanning library (qr-scanner) is imported only here, when the officer opens
 * the camera, so it is not in any page's first load; it uses the browser's own BarcodeDetector where there is one and
 * otherwise its bundled worker (started from a blob: URL, allowed by the CSP's worker-src).
 */
export function Scanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<"starting" | "running" | "failed">("starting");
  const [notACode, setNotACode] = useState(false);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stopped = false;
    let scanner: { stop(): void; destroy(): void } | null = null;
    let last = { code: "", at: 0 };
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error("no camera API");
        const { default: QrScanner } = await import("qr-scanner");
        if (stopped || !video.current) return;
        const instance = new QrScanner(video.current, (result) => {
          const code = codeFromScan(result.data);
          setNotACode(!code);
          if (!code) return;
          const now = Date.now();
          if (code === last.code && now - last.at < SAME_CODE_MS) return;
          last = { code, at: now };
          onCodeRef.current(code);
        }, { returnDetailedScanResult: true, preferredCamera: "environment", highlightScanRegion: true, maxScansPerSecond: 10 });
        scanner = instance;
        await instance.start();
        if (stopped) instance.destroy();
        else setState("running");
      } catch {
        // No camera (a desktop, headless Chromium), permission refused, or no secure context: typing still works.
        if (!stopped) setState("failed");
      }
    })();
    return () => {
      stopped = true;
      scanner?.destroy();
    };
  }, []);

  return (
    <Stack gap="xs">
      {state === "failed" ? (
        <Alert color="yellow" variant="filled" title={<Text c="dark.9" fw={700}>{t("gate.cameraFailedTitle")}</Text>}>
          <Text c="dark.9" fz="md">{t("gate.cameraFailed")}</Text>
        </Alert>
      ) : (
        <Box pos="relative" className="gate-camera">
          {/* The camera picture has no words to caption: muted, inline, no controls. */}
          <video ref={video} muted playsInline aria-label={t("gate.cameraView")} />
          {state === "starting" && <Text className="gate-camera-note">{t("gate.cameraStarting")}</Text>}
        </Box>
      )}
      {notACode && state === "running" && <Text fz="lg" c="yellow.4">{t("gate.scanNotACode")}</Text>}
      <Button variant="default" size="lg" onClick={onClose}>{t("gate.closeCamera")}</Button>
    </Stack>
  );
}
