// Clips for Chromium's fake camera (`--use-file-for-fake-video-capture`), written when the
// Playwright config loads. Y4M is raw 4:2:0 video that Chromium reads without a decoder.
//
// The scene is a real face (`crates/server/fixtures/face.pgm`, the crop the server's face
// tests use) on a plain grey background, large enough to fill the app's framing guide, that
// sways from side to side: the server's face detector finds it, and the frames the face check
// takes half a second apart differ. `lit` is the scene as it is (mean luma about 100, which
// passes); `dark` is the same scene at a mean luma of about 12, which the face check refuses
// as too dark.
import fs from 'node:fs';
import path from 'node:path';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 45; // 1.5 s at 30 fps, then Chromium loops the clip
const FACE_SIDE = 384; // 80 % of the height, as in the server's face tests
const SWAY = 48; // pixels either side of the middle
const FACE_PGM = path.resolve(__dirname, '../../crates/server/fixtures/face.pgm');

const GAIN = { lit: 1, dark: 0.12 } as const;

export type Clip = keyof typeof GAIN;

/// The face crop: a binary PGM (`P5 width height 255`, then one byte per pixel).
function readFace(): { width: number; height: number; pixels: Buffer } {
  const bytes = fs.readFileSync(FACE_PGM);
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
    const start = at;
    while (!/\s/.test(String.fromCharCode(bytes[at]))) at++;
    fields.push(bytes.subarray(start, at).toString('ascii'));
  }
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`${FACE_PGM} is not an 8-bit binary PGM`);
  return { width: Number(fields[1]), height: Number(fields[2]), pixels: bytes.subarray(at + 1) };
}

/// The face scaled to `side`×`side` by bilinear interpolation.
function scaledFace(side: number): Uint8Array {
  const face = readFace();
  const out = new Uint8Array(side * side);
  const at = (x: number, y: number) => face.pixels[Math.min(y, face.height - 1) * face.width + Math.min(x, face.width - 1)];
  for (let y = 0; y < side; y++) {
    const fy = ((y + 0.5) * face.height) / side - 0.5;
    const y0 = Math.max(0, Math.floor(fy));
    const wy = Math.max(0, fy - y0);
    for (let x = 0; x < side; x++) {
      const fx = ((x + 0.5) * face.width) / side - 0.5;
      const x0 = Math.max(0, Math.floor(fx));
      const wx = Math.max(0, fx - x0);
      const top = at(x0, y0) * (1 - wx) + at(x0 + 1, y0) * wx;
      const bottom = at(x0, y0 + 1) * (1 - wx) + at(x0 + 1, y0 + 1) * wx;
      out[y * side + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return out;
}

export function writeClip(dir: string, clip: Clip): string {
  const file = path.join(dir, `fake-camera-face-${clip}.y4m`);
  fs.mkdirSync(dir, { recursive: true });
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frameHeader = Buffer.from('FRAME\n', 'ascii');
  const lumaSize = WIDTH * HEIGHT;
  const chromaSize = (WIDTH / 2) * (HEIGHT / 2);
  const size = header.length + FRAMES * (frameHeader.length + lumaSize + 2 * chromaSize);
  // Each Playwright worker loads the config again: never rewrite a clip a browser may be reading.
  if (fs.existsSync(file) && fs.statSync(file).size === size) return file;
  const face = scaledFace(FACE_SIDE);
  const gain = GAIN[clip];
  const top = (HEIGHT - FACE_SIDE) / 2;
  const frames: Buffer[] = [header];
  for (let f = 0; f < FRAMES; f++) {
    const frame = Buffer.alloc(lumaSize + 2 * chromaSize, 128);
    frame.fill(Math.round(128 * gain), 0, lumaSize);
    const left = (WIDTH - FACE_SIDE) / 2 + Math.round(SWAY * Math.sin((2 * Math.PI * f) / FRAMES));
    for (let y = 0; y < FACE_SIDE; y++) {
      for (let x = 0; x < FACE_SIDE; x++) {
        frame[(top + y) * WIDTH + left + x] = Math.round(face[y * FACE_SIDE + x] * gain);
      }
    }
    frames.push(frameHeader, frame);
  }
  const temporary = `${file}.${process.pid}`;
  fs.writeFileSync(temporary, Buffer.concat(frames));
  fs.renameSync(temporary, file);
  return file;
}
