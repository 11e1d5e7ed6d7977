import { describe, expect, it } from "vitest";
import { normaliseTranscript, subtitleText, transcriptFormatOf, transcriptFromText } from "./parse-transcript";

describe("transcriptFormatOf", () => {
  it.each([
    ["interview.txt", "txt"],
    ["Interview.TXT", "txt"],
    ["notes.md", "md"],
    ["clip.srt", "srt"],
    ["clip.en.vtt", "vtt"],
    ["statement.docx", "docx"],
    ["statement.doc", null],
    ["archive.txt.zip", null],
    ["no-extension", null],
    ["", null],
  ])("%s → %s", (name, format) => {
    expect(transcriptFormatOf(name)).toBe(format);
  });
});

describe("normaliseTranscript", () => {
  it.each([
    ["trims and drops the byte-order mark", "\uFEFF  I left in spring.  \n", "I left in spring."],
    ["unifies line ends", "one\r\ntwo\rthree", "one\ntwo\nthree"],
    ["keeps one blank line between paragraphs", "one\n\n\n\n two", "one\n\n two"],
    ["drops trailing spaces on each line", "one   \ntwo\t", "one\ntwo"],
    ["keeps Arabic as is", "  غادرت الرقة في الربيع  ", "غادرت الرقة في الربيع"],
    ["leaves nothing of whitespace", " \n \r\n\t", ""],
  ])("%s", (_name, input, expected) => {
    expect(normaliseTranscript(input)).toBe(expected);
  });
});

const SRT = `1
00:00:01,000 --> 00:00:04,200
I joined in the summer.

2
00:00:04,500 --> 00:00:07,000
<i>They promised a house</i>
and a salary.

3
00:00:07,100 --> 00:00:09,000
{\\an8}Nobody got either &amp; we starved.
`;

const VTT = `WEBVTT - interview
Kind: captions
Language: en

NOTE recorded in a safe place

STYLE
::cue { color: yellow }

intro
00:00:01.000 --> 00:00:03.000 align:start position:10%
<v Interviewer>When did you leave?</v>

00:03.500 --> 00:06.000
<v.loud Speaker>In winter,</v> <c.yellow>at night</c>.

00:06.000 --> 00:08.000
<00:06.100>In winter, <00:06.500>at night.
In winter, at night.
`;

describe("subtitleText", () => {
  it.each([
    ["SubRip: cue numbers, timings and tags removed, lines in order", SRT, "srt", "I joined in the summer.\nThey promised a house\nand a salary.\nNobody got either & we starved."],
    ["WebVTT: header, NOTE, STYLE, identifiers, settings and voice tags removed; rolling repeats once", VTT, "vtt", "When did you leave?\nIn winter, at night."],
    ["SubRip with Windows line ends and a byte-order mark", "\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n", "srt", "Hello"],
    ["SubRip cues run together without blank lines", "1\n00:00:01,000 --> 00:00:02,000\nFirst\n2\n00:00:02,000 --> 00:00:03,000\nSecond", "srt", "First\nSecond"],
    ["Arabic subtitles", "1\n00:00:01,000 --> 00:00:02,000\nتركت <b>التنظيم</b>\n", "srt", "تركت التنظيم"],
    ["a spoken number inside a cue stays", "1\n00:00:01,000 --> 00:00:02,000\nHow old were you?\n17\n", "srt", "How old were you?\n17"],
    ["only a header", "WEBVTT\n\nNOTE nothing yet\n", "vtt", ""],
    ["only timings", "1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,000 --> 00:00:03,000\n", "srt", ""],
  ] as const)("%s", (_name, input, format, expected) => {
    expect(subtitleText(input, format)).toBe(expected);
  });
});

describe("transcriptFromText", () => {
  it.each([
    ["paste", "  I was 17.\r\n", "I was 17."],
    ["txt", "Line one\n\n\n\nLine two", "Line one\n\nLine two"],
    ["md", "# Interview\n\n**Q:** Why?", "# Interview\n\n**Q:** Why?"],
    ["srt", SRT, "I joined in the summer.\nThey promised a house\nand a salary.\nNobody got either & we starved."],
  ] as const)("%s", (format, input, expected) => {
    expect(transcriptFromText(format, input)).toBe(expected);
  });
});
