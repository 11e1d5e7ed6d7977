// The text a browser shows for an HTML fragment: tags gone, entities decoded, block
// elements on their own lines. Parsed by htmlparser2 (the parser sanitize-html uses),
// not by regular expressions.
import { Parser } from "htmlparser2";

const BLOCKS = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td", "th", "hr", "ul", "ol", "table"]);
const HIDDEN = new Set(["script", "style", "template"]);

export function htmlText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCKS.has(name)) parts.push("\n");
        // a link's target and any title or alt text reach the reader too (hover, status bar, copy)
        for (const attribute of ["href", "title", "alt"]) if (attributes[attribute]) parts.push(` ${attributes[attribute]} `);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCKS.has(name)) parts.push("\n");
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts.join("");
}
