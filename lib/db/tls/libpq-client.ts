// A pg.Client that makes libpq's second attempt for sslmode=allow and prefer, which
// node-postgres does not: prefer tries TLS and, when the server declines it or the TLS
// attempt is refused, connects again without; allow does the reverse when the server
// refuses a plain connection. Pools use it through their `Client` option.
import pg from "pg";
import type { TlsSetting } from "./libpq-tls-plan";

export type LibpqClientConfig = pg.ClientConfig & { libpqFallbackSsl?: TlsSetting };

// pg 8.23's internals this class resets for the second attempt (pg is pinned exactly).
type ClientInternals = {
  connection: pg.Connection & { stream: { destroy(): void }; _keepAlive: boolean; _keepAliveInitialDelayMillis: number };
  connectionParameters: { client_encoding?: string };
  ssl: TlsSetting;
  _connecting: boolean;
  _connectionError: boolean;
  _ended: boolean;
  _connect(callback: (error?: Error) => void): void;
};

const stockConnect = (pg.Client.prototype as unknown as ClientInternals)._connect;

/** Errors where the network itself failed: libpq moves on to no second attempt for those. */
function networkFailure(error: Error): boolean {
  return "syscall" in error || /timeout/i.test(error.message);
}

export class LibpqClient extends pg.Client {
  private readonly fallbackSsl: TlsSetting | undefined;

  constructor(config: LibpqClientConfig = {}) {
    super(config);
    this.fallbackSsl = config.libpqFallbackSsl;
  }

  /** Overrides pg's private connect step, which both connect() forms call. */
  _connect(callback: (error?: Error) => void): void {
    const self = this as unknown as ClientInternals;
    const fallback = this.fallbackSsl;
    if (fallback === undefined) return stockConnect.call(self, callback);
    const firstWasTls = self.ssl !== false;
    stockConnect.call(self, (error) => {
      // prefer: any refusal of the TLS attempt; allow: the server answering the plain attempt with an error.
      const retry = error && !networkFailure(error) && (firstWasTls || error instanceof pg.DatabaseError);
      if (!retry) return callback(error);
      this.replaceConnection(fallback);
      stockConnect.call(self, callback);
    });
  }

  private replaceConnection(ssl: TlsSetting): void {
    const self = this as unknown as ClientInternals;
    const previous = self.connection;
    previous.removeAllListeners();
    previous.on("error", () => undefined); // a late reset of the abandoned socket must not crash the process
    previous.stream.destroy();
    self.connection = new pg.Connection({
      ssl,
      keepAlive: previous._keepAlive,
      keepAliveInitialDelayMillis: previous._keepAliveInitialDelayMillis,
      encoding: self.connectionParameters.client_encoding || "utf8",
    } as ConstructorParameters<typeof pg.Connection>[0]) as ClientInternals["connection"];
    self.ssl = ssl;
    self._connecting = false;
    self._connectionError = false;
    self._ended = false;
  }
}
