// Development HTTPS certificates for https://localhost:3000 (the add-in must be served over HTTPS).
// Generated on first `npm start` into .certs/ with office-addin-dev-certs' generateCertificates (no sudo needed);
// trusting the CA is a one-time manual step, printed below. `node scripts/dev-certs.mjs` generates them by hand.
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Where the certificates live. */
export const CERT_DIR = join(ROOT, ".certs");
/** Days a generated certificate is valid. */
export const CERT_DAYS = 30;

/** How to trust the development CA, per platform (printed once when the certificates are created). */
export function trustInstructions(caPath) {
  return [
    "开发证书已生成 / Development certificates created:",
    `  ${caPath}`,
    "请信任此根证书后再在 Excel 中加载加载项 / Trust this CA before sideloading the add-in:",
    '  Windows:  certutil -user -addstore Root "' + caPath + '"',
    "            （或双击 ca.crt → 安装证书 → 当前用户 → 受信任的根证书颁发机构）",
    '  macOS:    security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "' + caPath + '"',
    "            （或在“钥匙串访问”中导入 ca.crt 并设为“始终信任”）",
    '  Linux:    sudo cp "' +
      caPath +
      '" /usr/local/share/ca-certificates/selfeval-dev-ca.crt && sudo update-ca-certificates',
    `证书有效期 ${CERT_DAYS} 天，过期后删除 .certs/ 再运行 npm start 即可重新生成。`,
    `The certificates are valid for ${CERT_DAYS} days; delete .certs/ and run npm start again to renew.`,
  ].join("\n");
}

function stillValid(certPath) {
  try {
    const cert = new X509Certificate(readFileSync(certPath));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** Returns { key, cert, ca } (file contents) for the dev server, generating them when missing or expiring. */
export async function ensureDevCerts({ dir = CERT_DIR, log = console.log } = {}) {
  const caPath = join(dir, "ca.crt");
  const certPath = join(dir, "localhost.crt");
  const keyPath = join(dir, "localhost.key");
  const present = [caPath, certPath, keyPath].every((p) => existsSync(p));
  if (!present || !stillValid(certPath)) {
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(caPath, certPath, keyPath, CERT_DAYS);
    log(trustInstructions(caPath));
  }
  return {
    key: readFileSync(keyPath),
    cert: readFileSync(certPath),
    ca: readFileSync(caPath),
    paths: { caPath, certPath, keyPath },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { paths } = await ensureDevCerts();
  console.log(`CA: ${paths.caPath}\ncert: ${paths.certPath}\nkey: ${paths.keyPath}`);
}
