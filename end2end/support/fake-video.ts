// Clips for Chromium's fake camera (`--use-file-for-fake-video-capture`), written when the
// Playwright config loads. Y4M is raw 4:2:0 video that Chromium reads without a decoder.
//
// The scene is a 16-pixel checkerboard that slides sideways a little each frame: sharp edges,
// and change between the frames the face check takes. `lit` is a well-lit scene (mean luma
// about 130, which passes); `dark` is the same scene at a mean luma of about 15, which the
// face check refuses as too dark.
import fs from 'node:fs';
import path from 'node:path';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 45; // 1.5 s at 30 fps, then Chromium loops the clip
const SHIFT_PER_FRAME = 6;

const LEVELS = { lit: [70, 190], dark: [5, 25] } as const;

export type Clip = keyof typeof LEVELS;

export function writeClip(dir: string, clip: Clip): string {
  const file = path.join(dir, `fake-camera-${clip}.y4m`);
  fs.mkdirSync(dir, { recursive: true });
  const [low, high] = LEVELS[clip];
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frameHeader = Buffer.from('FRAME\n', 'ascii');
  const lumaSize = WIDTH * HEIGHT;
  const chromaSize = (WIDTH / 2) * (HEIGHT / 2);
  const size = header.length + FRAMES * (frameHeader.length + lumaSize + 2 * chromaSize);
  // Each Playwright worker loads the config again: never rewrite a clip a browser may be reading.
  if (fs.existsSync(file) && fs.statSync(file).size === size) return file;
  const frames: Buffer[] = [header];
  for (let f = 0; f < FRAMES; f++) {
    const frame = Buffer.alloc(lumaSize + 2 * chromaSize, 128);
    const shift = f * SHIFT_PER_FRAME;
    for (let y = 0; y < HEIGHT; y++) {
      for (let x = 0; x < WIDTH; x++) {
        frame[y * WIDTH + x] = (((x + shift) >> 4) ^ (y >> 4)) & 1 ? high : low;
      }
    }
    frames.push(frameHeader, frame);
  }
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, Buffer.concat(frames));
  fs.renameSync(temporary, file);
  return file;
}
