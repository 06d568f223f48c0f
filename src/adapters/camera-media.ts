// The laptop camera (getUserMedia), asked for only when a card vote starts: frames drawn to a canvas in
// memory and handed over as pixels, never kept, shown or sent. Stopping releases the camera at once.
import type { CameraFeed, CameraOpening, CameraRefusal, Pixels } from '../core/facilitator/card-ports.ts';

/** Wide enough for 40 small cards across a room; the camera gives what it can. */
const IDEAL = { width: 1280, height: 720 };

export async function openCamera(): Promise<CameraOpening> {
  const media = navigator.mediaDevices as MediaDevices | undefined;
  if (!media?.getUserMedia) return { ok: false, reason: 'unavailable' };
  let stream: MediaStream;
  try {
    stream = await media.getUserMedia({
      audio: false,
      video: { width: { ideal: IDEAL.width }, height: { ideal: IDEAL.height }, facingMode: 'user' },
    });
  } catch (error) {
    return { ok: false, reason: refusalOf(error) };
  }
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch {
    stopTracks(stream);
    return { ok: false, reason: 'unavailable' };
  }
  return { ok: true, feed: new MediaFeed(stream, video) };
}

function refusalOf(error: unknown): CameraRefusal {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  return 'unavailable';
}

const stopTracks = (stream: MediaStream): void => stream.getTracks().forEach((track) => track.stop());

class MediaFeed implements CameraFeed {
  private readonly canvas = document.createElement('canvas');
  private readonly context = this.canvas.getContext('2d', { willReadFrequently: true });

  constructor(
    private readonly stream: MediaStream,
    private readonly video: HTMLVideoElement,
  ) {}

  grab(): Pixels | undefined {
    const { videoWidth: width, videoHeight: height } = this.video;
    if (!this.context || width === 0 || height === 0) return undefined;
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.context.drawImage(this.video, 0, 0, width, height);
    return this.context.getImageData(0, 0, width, height);
  }

  stop(): void {
    stopTracks(this.stream);
    this.video.pause();
    this.video.srcObject = null;
    this.canvas.width = 0;
    this.canvas.height = 0;
  }
}
