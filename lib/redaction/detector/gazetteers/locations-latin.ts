// Places below country level that recur in defector testimony, Latin script.
// Articles are optional in lookups, so "al-Bab" also finds "Bab" and "el-Bab".

export const SYRIA_LATIN = [
  "Raqqa", "Rakka", "Raqqah", "Tabqa", "Tabaqa", "al-Thawra", "Mansoura", "Mansura", "Maskanah", "Maskana", "Deir ez-Zor",
  "Deir ez Zor", "Deir al-Zour", "Deir Ezzor", "Deir el-Zor", "Dayr az-Zawr", "Mayadin", "Mayadeen", "Bukamal", "Abu Kamal", "Albukamal",
  "Hajin", "Hajeen", "Baghuz", "Baghouz", "Susah", "Sousa", "Shaafa", "Gharanij", "Shuhayl", "Shuheil", "Busayra", "Busaira",
  "Muhasan", "Khasham", "Tabiya", "Diban", "Shaddadi", "Shaddadeh", "Hasakah", "Hasaka", "Hassakeh", "Qamishli", "Qamishlo",
  "Ras al-Ayn", "Ras al-Ain", "Tal Abyad", "Tell Abyad", "Tal Abiad", "Ain Issa", "Ayn Issa", "Suluk", "Kobani", "Kobane",
  "Ayn al-Arab", "Ain al-Arab", "Sarrin", "Jarablus", "Jarabulus", "Manbij", "Menbij", "Bab", "Dabiq", "Azaz", "Aazaz", "Marea",
  "Mare'", "Tal Rifaat", "Tell Rifaat", "Afrin", "Rai", "Deir Hafer", "Dayr Hafir", "Khafsa", "Aleppo", "Halab", "Idlib", "Idleb",
  "Sarmada", "Saraqib", "Maarat al-Numan", "Ma'arrat al-Nu'man", "Jisr al-Shughur", "Atmeh", "Atma", "Bab al-Hawa", "Harem",
  "Homs", "Hama", "Palmyra", "Tadmur", "Qaryatayn", "Sukhnah", "Damascus", "Ghouta", "Douma", "Yarmouk", "Daraa", "Deraa",
  "Quneitra", "Latakia", "Tartus", "Saydnaya", "Sednaya", "Tishrin Dam", "Tishreen Dam", "Tabqa Dam", "Euphrates Dam",
  "Mashlab", "Rumaila", "Firdaws", "Daraiya", "Thakana", "Tal al-Bay'a", "Tal Hamis", "Baba Amr", "Khalidiya", "Waer",
  "Salah al-Din", "Sukkari", "Bustan al-Qasr", "Hanano", "Sheikh Maqsoud", "Kuweires", "Khanasir", "Safira", "Hol", "Roj",
  "Mabrouka", "Hamra", "Jafra", "Tanak", "Omar oil field", "Conoco", "Euphrates", "Khabur", "Qaim", "Jazira", "Shaitat",
  "Sheitat", "Tal Tamr", "Manbij Military Council", "Dayr az Zor", "Akhtarin", "Mumbij", "Salqin", "Darkush", "Kafr Nabl",
  "Binnish", "Taftanaz", "Ariha", "Khan Sheikhoun", "Morek", "Salamiyah", "Rastan", "Talbiseh", "Qusayr", "Zabadani", "Madaya",
  "Yabroud", "Nabk", "Qalamoun", "Harasta", "Jobar", "Hajar al-Aswad", "Tadamon", "Babila", "Muadamiya", "Darayya", "Busra",
  "Nawa", "Inkhil", "Jasim", "Tafas", "Hasakeh", "Markada", "Shadadi", "Tell Hamis", "Amuda", "Derbasiyah", "Malikiyah",
  "Rmelan", "Hawl", "Jurn", "Abu Khashab", "Sabha", "Hamdan", "Tayana", "Dhiban", "Jdid Ekaidat", "Mhimideh",
]

export const IRAQ_LATIN = [
  "Mosul", "Mossul", "Tal Afar", "Tel Afar", "Tall Afar", "Sinjar", "Shingal", "Ba'aj", "Baaj", "Qayyarah", "Qayara",
  "Hammam al-Alil", "Badush", "Tel Keppe", "Tel Kaif", "Tel Kayf", "Bartella", "Qaraqosh", "Bakhdida", "Hamdaniya", "Bashiqa",
  "Makhmour", "Kirkuk", "Hawija", "Hawijah", "Tikrit", "Baiji", "Bayji", "Samarra", "Fallujah", "Falluja", "Ramadi", "Hit",
  "Haditha", "Rawa", "Anah", "Qaim", "Rutba", "Baghdad", "Abu Ghraib", "Camp Bucca", "Bucca", "Dohuk", "Duhok", "Erbil",
  "Irbil", "Sulaymaniyah", "Zumar", "Rabia", "Zuhur", "Zanjili", "Old City", "Bab al-Tob", "Nineveh", "Ninawa", "Shirqat",
  "Haditha Dam", "Mosul Dam", "Badush Dam", "Jurf al-Sakhar", "Karmah", "Saqlawiyah", "Amiriyat al-Fallujah", "Heet",
  "Kubaisa", "Rabia", "Mosul University", "Yarmuk", "Tammuz", "Muhandiseen", "Hadbaa", "Sahiroun", "Nabi Yunus",
]

export const TURKEY_LATIN = [
  "Gaziantep", "Antep", "Şahinbey", "Şehitkamil", "Kilis", "Şanlıurfa", "Urfa", "Haliliye", "Eyyübiye", "Akçakale",
  "Ceylanpınar", "Suruç", "Reyhanlı", "Hatay", "Antakya", "Adana", "Mersin", "Istanbul", "İstanbul", "Esenyurt", "Fatih",
  "Sultanbeyli", "Başakşehir", "Küçükçekmece", "Aksaray", "Kayseri", "Konya", "İzmir", "Izmir", "Ankara", "Bursa",
  "Kahramanmaraş", "Malatya", "Osmaniye", "Mardin", "Nusaybin", "Kırıkhan", "Yayladağı", "Altınözü", "İslahiye", "Nizip",
  "Birecik", "Elbeyli", "Öncüpınar", "Cilvegözü", "Karkamış", "Harran", "Viranşehir", "Siverek", "Bağcılar", "Zeytinburnu",
]

export const LIBYA_MAGHREB_LATIN = [
  "Sirte", "Sirt", "Derna", "Darnah", "Benghazi", "Tripoli", "Sabratha", "Misrata", "Misurata", "Zawiya", "Ajdabiya",
  "Nofaliya", "Harawa", "Bin Jawad", "Zafaran", "Ben Guerdane", "Kasserine", "Bizerte", "Sousse", "Sfax", "Tunis",
  "Sidi Bouzid", "Tataouine", "Tétouan", "Tetouan", "Fnideq", "Tangier", "Tanger", "Casablanca", "Fes", "Fez", "Salé",
  "Algiers", "Oran", "Cairo", "Alexandria", "Arish", "Rafah", "Sheikh Zuweid", "Amman", "Zarqa", "Ma'an", "Irbid",
  "Riyadh", "Jeddah", "Buraidah", "Qassim", "Beirut", "Tripoli", "Arsal", "Ain al-Hilweh",
]

export const EUROPE_CAUCASUS_LATIN = [
  "Molenbeek", "Schaerbeek", "Anderlecht", "Vilvoorde", "Antwerp", "Antwerpen", "Brussels", "Bruxelles", "Liège", "Charleroi",
  "Verviers", "Mechelen", "Borgerhout", "Lunel", "Nice", "Toulouse", "Trappes", "Roubaix", "Strasbourg", "Marseille", "Paris",
  "Saint-Denis", "Sevran", "Lyon", "Champigny", "Dinslaken", "Lohberg", "Wuppertal", "Solingen", "Bonn", "Hamburg", "Berlin",
  "Frankfurt", "Duisburg", "Dortmund", "Cologne", "Köln", "Munich", "München", "Bremen", "Hildesheim", "Wolfsburg",
  "Mönchengladbach", "Vienna", "Wien", "Graz", "Utrecht", "Kanaleneiland", "The Hague", "Schilderswijk", "Amsterdam",
  "Rotterdam", "Delft", "Gothenburg", "Göteborg", "Malmö", "Stockholm", "Copenhagen", "Aarhus", "Oslo", "London", "Luton",
  "Birmingham", "Manchester", "Portsmouth", "Cardiff", "Brighton", "Leicester", "Bradford", "Leeds", "Coventry",
  "Tower Hamlets", "Whitechapel", "Grozny", "Pankisi", "Khasavyurt", "Makhachkala", "Tashkent", "Fergana", "Osh", "Almaty",
  "Dushanbe", "Bishkek", "Sarajevo", "Zenica", "Pristina", "Tirana", "Kosovo", "Sandžak", "Rue de Ribaucourt",
]
