// Turkish names, written in Turkish orthography (ş ğ ı ç ö ü İ). The ASCII spelling that a
// foreign keyboard or a hurried transcript produces ("Sukru Yilmaz") is derived, not listed.
import { latinOnly, type FamilyName, type WrittenName } from "./written-name";

const names = (...list: string[]): WrittenName[] => list.map((name) => latinOnly(name));

export const TURKISH_MALE: readonly WrittenName[] = names(
  "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
  "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Fatih", "Emre",
  "Burak", "Kemal", "Serkan", "Hakan", "Yasin", "Furkan", "Enes", "Şükrü", "Oğuz", "Çağrı",
  "Gökhan", "Ümit", "Tuğrul", "Selçuk", "Eyüp", "Bünyamin", "Muhammed", "Zekeriya", "Hamza", "İlyas",
);

export const TURKISH_FEMALE: readonly WrittenName[] = names(
  "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
  "Hanife", "Merve", "Büşra", "Esra", "Kübra", "Rümeysa", "Tuğba", "Gülsüm", "Özlem", "Şeyma",
  "Hülya", "Dilek", "Gülizar", "Nurcan",
);

export const TURKISH_FAMILIES: readonly FamilyName[] = names(
  "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
  "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
  "Polat", "Korkmaz", "Özçelik", "Güneş", "Tekin", "Bozkurt", "Karataş", "Uçar", "Akgül", "Bulut",
  "Erdem", "Keskin", "Ünal", "Avcı", "Taş", "Kaplan", "Yüksel", "Tunç", "Türkmen", "Altun",
  "Güler", "Sarıkaya", "Kahraman", "Çiftçi", "Durmaz", "Karakuş", "Gündoğdu", "Eryılmaz", "Kocabaş", "Göktaş",
);

/** Lakap: an epithet before the given name ("Deli Mehmet", "Topal Hasan"), the usual Turkish nickname. */
export const TURKISH_EPITHETS: readonly string[] = [
  "Deli", "Kara", "Topal", "Uzun", "Kel", "Sarı", "Çolak", "Hacı", "Kör", "Kısa", "Koca", "Bıyıklı",
];

const ASCII_FOLD: Record<string, string> = {
  ş: "s", Ş: "S", ğ: "g", Ğ: "G", ı: "i", İ: "I", ç: "c", Ç: "C", ö: "o", Ö: "O", ü: "u", Ü: "U",
  â: "a", î: "i", û: "u", ê: "e", é: "e", è: "e", ë: "e", ï: "i", á: "a",
};

/** "Şükrü Yılmaz" → "Sukru Yilmaz": what a keyboard without Turkish (or Kurdish, French) letters types. */
export function asciiSpelling(text: string): string {
  return text.replace(/[şŞğĞıİçÇöÖüÜâîûêéèëïá]/g, (letter) => ASCII_FOLD[letter] ?? letter);
}
