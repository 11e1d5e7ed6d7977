// Worker thread entry: analyses one transcript per job (see analyse-transcript.ts).
import { analyseTranscript, type DictionaryInput } from "../analyse-transcript";
import { serveJobs } from "./job-protocol";

export type DetectJob = { text: string; dictionary: DictionaryInput[] };

serveJobs(({ text, dictionary }: DetectJob) => analyseTranscript(text, dictionary));
