// Fictional source 2 of the demo. Every name, number and story here is invented.
import type { DemoSource, DemoTestimony } from "./demo-source-type";

/** The same interview, as he told it again in Arabic. */
export const SAMIR_ARABIC: DemoTestimony = {
  language: "ar",
  interviewDate: "2019-06-03",
  transcript: `أنا سمير بن علي، من بن قردان على الحدود مع ليبيا. في سوريا كانوا ينادونني أبو دجانة التونسي. سافرت إلى إسطنبول في نيسان ٢٠١٤ بجواز سفري رقم TN 0481 552، ثم ركبت الحافلة إلى الجنوب. المجنِّد الذي لم أعرفه إلا باسم @dujana_tn على تلغرام وعدني بزوجة وبيت وراتب، وبدولة تعامل كل مسلم كأنه أخ.

انتهت الأخوّة عند أول وجبة. في المضافة في المشلب، شرق الرقة، كان الأوروبيون والخليجيون يأكلون اللحم وينامون في غرف مكيّفة، ونحن التوانسة والأفارقة ننام في الممر. كان معنا شاب من السودان، أسمر البشرة وطيب القلب. أمير المضافة جعله ينظف المراحيض كل يوم ثلاثة أشهر. لم يقل إن السبب لون بشرته، ولم يكن بحاجة إلى أن يقول.

كانت الوعود كذباً. لا بيت. الراتب تأخر، ثم صار نصف راتب، ثم انقطع. عندما بدأ القصف ذهب الأجانب أصحاب الواسطة إلى الخطوط الخلفية، وأُرسل أمثالي إلى الجبهة في مجموعات من عشرين، كأننا خراطيش. معظم مجموعتي لم يرجعوا.

خرجت في شتاء ٢٠١٧ بعد أن قُصف مكتب الحسبة في المشلب ولم يأتِ أحد ليُخرج الجثث. بقي ابن عمي نبيل هناك، ولا أعرف إن كان حياً. أروي قصتي حتى يعرف الشاب القادم في بن قردان أن الأخوّة التي يعدونه بها تنتهي عند مائدة العشاء.`,
};

export const SAMIR: DemoSource = {
  pseudonym: "Walid",
  riskLevel: "HIGH",
  realName: "Samir Benali",
  notes: "Returned to Europe in 2018; served his sentence. His cousin Nabil is still believed to be in a camp in the north-east.",
  dictionary: [
    { text: "Samir Benali", type: "PERSON", variants: ["Sameer Ben Ali", "Samir Ben Ali", "سمير بن علي"] },
    { text: "Abu Dujana al-Tunisi", type: "ALIAS", variants: ["Abou Doujana", "Abu Dujanah at-Tunisi", "Abu Dujana", "أبو دجانة التونسي"] },
    { text: "Nabil", type: "PERSON", variants: ["Nabil Benali", "نبيل"] },
    { text: "Ben Guerdane", type: "LOCATION", variants: ["Bin Qirdan", "Ben Gardane", "بن قردان"] },
    { text: "al-Mashlab", type: "LOCATION", variants: ["Mashlab", "al-Meshleb", "المشلب"] },
    { text: "23 years old", type: "AGE", variants: ["I was 23", "twenty-three"] },
    { text: "TN 0481 552", type: "ID", variants: ["TN0481552"] },
    { text: "@dujana_tn", type: "CONTACT", variants: ["dujana_tn"] },
  ],
  // Wide enough for the demo's published items: English and Arabic, on the web, social media and partner download.
  consent: { scopes: ["VERBATIM", "PARAPHRASE"], channels: ["WEB", "PRINT", "SOCIAL", "PARTNER_DOWNLOAD"], languages: ["en", "fr", "ar"], expiresAt: null },
  testimonies: [
    {
      language: "en",
      interviewDate: "2019-06-02",
      transcript: `I am Samir Benali, from Ben Guerdane, on the border with Libya. In Syria I was Abu Dujana al-Tunisi. I was 23 years old when I flew to Istanbul in April 2014 with my passport, TN 0481 552, and a bus ticket to the south. A recruiter I knew only as @dujana_tn on Telegram had promised me a wife, a house and a salary, and a place in a state that treated every Muslim as a brother.

The brotherhood lasted until the first meal. At the guesthouse in al-Mashlab, in the east of Raqqa, the Europeans and the Gulf men ate meat and slept in rooms with air conditioning. We Tunisians and the Africans slept in the corridor. There was a young man from Sudan in our group, very dark, very gentle. The emir of the guesthouse made him clean the toilets every day for three months. He never said it was because of his skin. He did not have to.

They made me a guard with the hisba, the morality police, in the market. We beat men for smoking and fined women for the colour of their shoes. Meanwhile the commanders sold the oil to the regime through middlemen; every driver at the checkpoint knew it. When I said something about it to my cousin Nabil, he told me to be quiet or I would be called a spy. Men were called spies for less.

The promises were lies. No house. The salary came late, then half, then never. When the bombing started, the foreign fighters with connections went to the rear, and men like me were sent to the front at Kobani in groups of twenty, like cartridges. Most of my group never came back. I still have the list of their names in my head.

I left in the winter of 2017, after the hisba office in al-Mashlab was hit and nobody came to take out the bodies. Nabil stayed. I do not know if he is alive. I tell this story so that the next boy in Ben Guerdane who gets a message from someone like @dujana_tn knows that the brotherhood ends at the dinner table.`,
    },
    SAMIR_ARABIC,
  ],
};
