import { detectIdentifiers } from "./lib/redaction/detector";
for (const t of ["The applicant was born in 1934 and lives in Warsaw, Poland.\n\nA. Facts", "He lives in Laupheim (Germany).", "by a Swedish national, Mr Raja", "in the Borough of Southwark and", "a United Kingdom national, who"])
console.log(detectIdentifiers(t).map(s=>[s.text,s.rule]));
