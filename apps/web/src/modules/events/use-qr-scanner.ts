import { useEffect, useRef, useState } from 'react';
import jsQR from 'jsqr';

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
declare global {
  interface Window {
    BarcodeDetector?: new (opts: { formats: string[] }) => Detector;
  }
}

/**
 * Read QR codes from the back camera: the browser's BarcodeDetector where it exists, else jsQR on
 * canvas frames. The same code is not reported twice within 3 seconds.
 */
export function useQrScanner(active: boolean, onCode: (code: string) => void) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const last = useRef<{ code: string; at: number }>({ code: '', at: 0 });
  const callback = useRef(onCode);
  useEffect(() => {
    callback.current = onCode;
  }, [onCode]);
  useEffect(() => {
    if (!active) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const detector = window.BarcodeDetector ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
    const report = (code: string) => {
      const now = Date.now();
      if (code === last.current.code && now - last.current.at < 3000) return;
      last.current = { code, at: now };
      callback.current(code);
    };
    const tick = async () => {
      const video = videoRef.current;
      if (stopped || !video || video.readyState < 2) return;
      if (detector) {
        const found = await detector.detect(video).catch(() => []);
        if (found[0]) report(found[0].rawValue);
        return;
      }
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) return;
      ctx.drawImage(video, 0, 0);
      const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(image.data, image.width, image.height);
      if (code?.data) report(code.data);
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' } })
      .then((s) => {
        stream = s;
        if (videoRef.current) {
          videoRef.current.srcObject = s;
          void videoRef.current.play();
        }
        timer = window.setInterval(() => void tick(), 250);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      stopped = true;
      window.clearInterval(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [active]);
  const unsupported = typeof navigator !== 'undefined' && !navigator.mediaDevices;
  return { videoRef, error: error ?? (unsupported ? 'camera' : null) };
}
