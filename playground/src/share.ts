// Share links: the program travels in the URL fragment (never sent to any
// server), deflated and base64url-encoded as `#code=...`. Links made by
// hand may carry plain text as `#src=...` (percent-encoded).
function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeSource(source: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(source), new CompressionStream("deflate-raw"));
  return `code=${toBase64Url(packed)}`;
}

/** The program carried by a location hash, or null if it carries none. */
export async function decodeFragment(hash: string): Promise<string | null> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const code = params.get("code");
  if (code) {
    try {
      const bytes = await pipe(fromBase64Url(code), new DecompressionStream("deflate-raw"));
      return new TextDecoder().decode(bytes);
    } catch {
      return null;
    }
  }
  return params.get("src");
}

export async function shareUrl(source: string): Promise<string> {
  const url = new URL(location.href);
  url.hash = await encodeSource(source);
  return url.toString();
}
