// Browser: the URL of a build asset that may have been published in parts (scripts/site/split-large-files.ts).
// If `<url>.parts.json` exists, fetch the parts, join them and return a blob: URL; otherwise return `url`.
interface PartsManifest {
  parts: number;
  bytes: number;
  type: string;
}

export async function joinedUrl(
  url: string,
  onBytes: (loaded: number, total: number) => void = () => {},
): Promise<string> {
  const res = await fetch(`${url}.parts.json`);
  if (!res.ok) return url;
  const manifest = (await res.json()) as PartsManifest;
  let loaded = 0;
  const parts = await Promise.all(
    Array.from({ length: manifest.parts }, async (_, i) => {
      const part = await fetch(`${url}.part${i}`);
      if (!part.ok) throw new Error(`${url}.part${i}: HTTP ${part.status}`);
      const buf = await part.arrayBuffer();
      loaded += buf.byteLength;
      onBytes(loaded, manifest.bytes);
      return buf;
    }),
  );
  if (loaded !== manifest.bytes) throw new Error(`${url}: joined ${loaded} bytes, expected ${manifest.bytes}`);
  return URL.createObjectURL(new Blob(parts, { type: manifest.type }));
}
