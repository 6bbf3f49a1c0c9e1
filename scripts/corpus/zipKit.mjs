// A zip reader and writer for crafting hostile workbooks: every header field can be set to lie (sizes, names,
// offsets), independently of the project's own zip code, with node:zlib only.
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/** Every entry of a zip as { name, data } in central-directory order (stored or deflated entries). */
export function unzip(bytes) {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  const out = [];
  let p = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const method = buf.readUInt16LE(p + 10);
    const packed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + packed);
    if (!name.endsWith("/")) out.push({ name, data: method === 0 ? Buffer.from(raw) : inflateRawSync(raw) });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/**
 * Writes a zip. An entry is { name, data } plus optional lies: `packed` (the compressed bytes to store instead of
 * deflating `data`), `size` / `crc` (declared in both headers), `localSize` / `localName` (local header only),
 * `store` (method 0). `extraCentral` adds central records { name, of } that point at entry `of`'s local record.
 */
export function zip(entries, { extraCentral = [] } = {}) {
  const locals = [];
  const centrals = [];
  const offsets = [];
  let offset = 0;
  const record = (e, localOffset, name) => {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.packed.length, 20);
    c.writeUInt32LE(e.size, 24);
    const n = Buffer.from(name, "utf8");
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(localOffset, 42);
    return Buffer.concat([c, n]);
  };
  const made = entries.map((entry) => {
    const data = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const method = entry.store ? 0 : 8;
    const packed = entry.packed ?? (method === 8 ? deflateRawSync(data) : data);
    return { ...entry, method, packed, size: entry.size ?? data.length, crc: entry.crc ?? crc32(data) };
  });
  for (const e of made) {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(e.crc, 14);
    h.writeUInt32LE(e.packed.length, 18);
    h.writeUInt32LE(e.localSize ?? e.size, 22);
    const n = Buffer.from(e.localName ?? e.name, "utf8");
    h.writeUInt16LE(n.length, 26);
    const local = Buffer.concat([h, n, e.packed]);
    offsets.push(offset);
    locals.push(local);
    centrals.push(record(e, offset, e.name));
    offset += local.length;
  }
  for (const x of extraCentral) centrals.push(record(made[x.of], offsets[x.of], x.name));
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries with one part's data replaced (or added at the end) and optional lies merged in. */
export function withPart(entries, name, data, lies = {}) {
  const found = entries.some((e) => e.name === name);
  const next = entries.map((e) => (e.name === name ? { name, data, ...lies } : e));
  return found ? next : [...next, { name, data, ...lies }];
}

/** The text of a part. */
export function textOf(entries, name) {
  return entries.find((e) => e.name === name).data.toString("utf8");
}
