// Text that comes from data (CBS titles, server messages, file contents) made safe to show where
// control characters act: ANSI escape sequences and C0/C1 controls can recolour, move the cursor,
// rewrite a terminal line or retitle the window, and bidi overrides reorder what is shown.
// Imports nothing, so every folder (raw/ included) can use it.

// ESC sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings (ended by BEL or ESC \, or
// running to the end), then any other ESC + one character; 0x9b is the 8-bit CSI.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[\s\S]?/g;
// C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Drops ANSI escape sequences and control characters; keeps tabs and newlines (CRLF becomes LF). */
export function stripControls(s: string): string {
  return s.replace(ANSI, "").replace(/\r\n/g, "\n").replace(CONTROLS, "");
}

/** Data-derived text for the terminal (CLI output, progress lines): controls and ANSI dropped. */
export function terminalText(s: unknown): string {
  return stripControls(String(s ?? ""));
}
