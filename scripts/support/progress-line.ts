// One self-overwriting progress line on a terminal; occasional plain lines otherwise.
const MB = 1024 * 1024;

export function progressLine() {
  let last = 0;
  const tty = process.stderr.isTTY;
  return {
    update(text: string) {
      const now = Date.now();
      if (now - last < (tty ? 150 : 5000)) return;
      last = now;
      process.stderr.write(tty ? `\r${text.padEnd(78).slice(0, 78)}` : `${text}\n`);
    },
    done() {
      if (tty) process.stderr.write("\n");
    },
  };
}

export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
