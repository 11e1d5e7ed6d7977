// Fictional source 1 of the demo. Every name, number and story here is invented.
import type { DemoSource, DemoTestimony } from "./demo-source-type";

export const KARIM_ENGLISH: DemoTestimony = {
  language: "en",
  interviewDate: "2019-03-14",
  transcript: `My name is Karim Haddad, but in the organisation everybody called me Abu Yusuf al-Shami, after my son Yusuf. I was 31 when I joined, in the summer of 2014. I was a car mechanic in Kafr Nasir, a village west of al-Bab. The bakery had closed, the fuel was gone, and my wife Rania was feeding two children on bread and tea. A man from the mosque told me the State paid fighters 400 dollars a month and gave every family a food basket. That was the whole of my faith in them at the beginning: a food basket.

They put me in Katibat al-Fajr because I could repair engines. I spent most of my time under trucks in a workshop behind the old grain silo. The emir of our unit was a Jordanian we called Abu Talha. He never fought; he drove the only good pickup and slept in a house with a generator while we slept on the floor of a school.

The first thing that broke me was that we were not fighting the regime at all. We were sent against the other rebels, the same Free Army boys from the next village, men I had grown up with. Abu Talha said they were apostates and spies. Everyone was a spy for him. In the autumn of 2015 they executed a nineteen-year-old from our own unit in the square in al-Bab because he had a SIM card from a Turkish network in his pocket. He had wanted to call his mother.

I burned my left hand badly trying to put out a fire in the workshop, and you can still see the burn scar on my left hand. When I asked to rest, they cut my salary, then they stopped paying it at all. The foreigners got their money in dollars, on time, with houses and cars. We locals were for the front line.

I left in February 2016. A smuggler took 1,500 dollars and walked us through the olive groves at night. Rania and the children crossed a week later. If someone from those days wants to find me, they should know I am nobody now. My old number, +90 532 000 41 17, is dead. I speak because young men in my village still believe the food basket is the truth.`,
};

export const KARIM_ARABIC: DemoTestimony = {
  language: "ar",
  interviewDate: "2019-03-14",
  transcript: `اسمي كريم حداد، لكنهم في التنظيم كانوا ينادونني أبو يوسف الشامي، على اسم ابني يوسف. كنت في الحادية والثلاثين عندما انضممت إليهم في صيف ٢٠١٤. كنت أعمل ميكانيكي سيارات في كفر ناصر، وهي قرية صغيرة غرب مدينة الباب. أغلق الفرن، وانقطع المازوت، وكانت زوجتي رانيا تطعم طفلينا الخبز والشاي فقط. قال لي رجل من الجامع إن الدولة تعطي المقاتل أربعمئة دولار في الشهر وسلة غذائية لكل عائلة. هذا كان كل إيماني بهم في البداية: سلة غذائية.

وضعوني في كتيبة الفجر لأنني أعرف تصليح المحركات. قضيت معظم وقتي تحت الشاحنات في ورشة خلف الصوامع القديمة. أمير الكتيبة كان أردنياً نسميه أبو طلحة. لم يقاتل يوماً، كان يقود السيارة الجيدة الوحيدة وينام في بيت فيه مولدة كهرباء، ونحن ننام على أرض مدرسة.

أول ما كسرني أننا لم نكن نقاتل النظام أبداً. أرسلونا لقتال الفصائل الأخرى، شباب من القرية المجاورة كبرت معهم. كان أبو طلحة يقول إنهم مرتدون وجواسيس. كل الناس عنده جواسيس. في خريف ٢٠١٥ أعدموا شاباً عمره تسعة عشر عاماً من كتيبتنا في ساحة الباب لأنهم وجدوا في جيبه شريحة هاتف تركية. كان يريد أن يتصل بأمه.

احترقت يدي اليسرى وأنا أطفئ حريقاً في الورشة، وما زال الحرق في يدي اليسرى ظاهراً. عندما طلبت الراحة قطعوا راتبي، ثم أوقفوه تماماً. الأجانب كانوا يقبضون بالدولار وفي موعده، ولهم بيوت وسيارات. أما نحن أبناء البلد فكنا للخطوط الأمامية.

خرجت في شباط ٢٠١٦. أخذ المهرب ألفاً وخمسمئة دولار ومشى بنا بين كروم الزيتون في الليل، ولحقت بي رانيا والأولاد بعد أسبوع. رقمي القديم +90 532 000 41 17 لم يعد يعمل. أتكلم لأن شباب قريتي ما زالوا يظنون أن السلة الغذائية هي الحقيقة.`,
};

export const KARIM: DemoSource = {
  pseudonym: "Tariq",
  riskLevel: "CRITICAL",
  realName: "Karim Haddad",
  notes: "Lives with his wife Rania and their two children since 2017. Contact only through the caseworker, never directly. Left hand badly scarred (burn).",
  dictionary: [
    { text: "Karim Haddad", type: "PERSON", variants: ["Kareem Haddad", "Karim al-Haddad", "كريم حداد"] },
    { text: "Abu Yusuf al-Shami", type: "ALIAS", variants: ["Abou Youssef", "Abu Yousef ash-Shami", "Abu Yusuf", "ابو يوسف الشامي", "أبو يوسف الشامي"] },
    { text: "Rania", type: "PERSON", variants: ["Rania Haddad", "رانيا"] },
    { text: "Kafr Nasir", type: "LOCATION", variants: ["Kafr Naser", "Kfar Nasir", "كفر ناصر"] },
    { text: "Katibat al-Fajr", type: "ORGANIZATION", variants: ["al-Fajr battalion", "Fajr brigade", "كتيبة الفجر"] },
    { text: "+90 532 000 41 17", type: "CONTACT", variants: ["0532 000 41 17", "+905320004117"] },
    { text: "burn scar on my left hand", type: "DESCRIPTION", variants: ["scar on my left hand", "burned left hand", "الحرق في يدي اليسرى"] },
  ],
  consent: { scopes: ["VERBATIM", "PARAPHRASE"], channels: ["WEB", "SOCIAL", "PARTNER_DOWNLOAD"], languages: ["en", "ar"], expiresAt: "2027-12-31" },
  testimonies: [KARIM_ENGLISH, KARIM_ARABIC],
};
