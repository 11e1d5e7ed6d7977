import { tokenize } from "./lib/redaction/detector/tokenize";
const t = "المصدر: سامر العبد الله، عمره ٣١ سنة. حكمت عليه محكمة في إعزاز.";
console.log(tokenize(t).map(x=>[t.slice(x.start,x.end), x.key, x.alts.join("/")].join(":")).join("  "));
