// The file system as libpq sees it, for the TLS plan: certificates under ~/.postgresql by default.
import fs from "node:fs";
import os from "node:os";
import type { CertificateFiles } from "./libpq-tls-plan";

export const localCertificateFiles: CertificateFiles = {
  read(path) {
    try {
      return fs.readFileSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  },
  stat(path) {
    const { mode, uid } = fs.statSync(path);
    return { mode, uid };
  },
  home: os.homedir(),
  uid: process.getuid?.() ?? -1,
};
