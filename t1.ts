import { detectIdentifiers } from "./lib/redaction/detector";
for (const t of ["Fundamental Freedoms (“the Convention”) by a Polish national, Mr Jaroslaw Niedzwiecki (“the applicant”)", "He is a Polish national."])
console.log(detectIdentifiers(t).map(s=>[s.text,s.rule]));
