// Fictional source 3 of the demo. Every name, number and story here is invented.
import type { DemoSource } from "./demo-source-type";

export const OMAR: DemoSource = {
  pseudonym: null,
  riskLevel: "MEDIUM",
  realName: "Omar Khalil",
  notes: "Walks with a limp (right leg, shrapnel). Brother Mahmoud works as a taxi driver; do not mention him in any material.",
  dictionary: [
    { text: "Omar Khalil", type: "PERSON", variants: ["Omer Khalil", "Umar Khalil", "عمر خليل"] },
    { text: "Abu Hafs al-Iraqi", type: "ALIAS", variants: ["Abou Hafs", "Abu Hafs el-Iraqi", "Abu Hafs", "أبو حفص العراقي"] },
    { text: "Mahmoud Khalil", type: "PERSON", variants: ["Mahmoud", "Mahmud Khalil", "محمود"] },
    { text: "Tal Afar", type: "LOCATION", variants: ["Tel Afar", "Talafar", "تلعفر"] },
    { text: "al-Omar oil field", type: "LOCATION", variants: ["al-Omar field", "Omar field", "حقل العمر"] },
    { text: "limp in my right leg", type: "DESCRIPTION", variants: ["limp", "shrapnel in my right leg"] },
    { text: "emir of the checkpoint", type: "ROLE", variants: ["checkpoint emir", "amir of the checkpoint"] },
  ],
  consent: { scopes: ["VERBATIM", "PARAPHRASE", "VOICE"], channels: ["SOCIAL", "WEB", "PRINT", "BROADCAST", "PARTNER_DOWNLOAD"], languages: ["en", "ar", "tr"], expiresAt: "2028-06-30" },
  testimonies: [
    {
      language: "en",
      interviewDate: "2020-01-20",
      transcript: `They knew me as Abu Hafs al-Iraqi. My real name is Omar Khalil and I am from Tal Afar. I was 26 in 2014, married, with a daughter, and when the city fell I thought the men with the black flags would at least be honest. I had been unemployed for two years. My brother Mahmoud Khalil had already joined; he brought me a salary envelope and a uniform, and that was the recruitment.

For a year I was the emir of the checkpoint on the road to the al-Omar oil field. That is where I learned what the State really was. Every night tanker trucks went out through my checkpoint towards regime territory. We were ordered to let them pass without papers. The same commanders who preached on Friday that the regime were infidels were selling them the oil on Saturday and counting dollars in the back of a pickup.

The fighters at the front were given pills before operations. They called them the courage pills. Boys came back laughing with blood on their clothes and could not sleep for two days. I saw one shoot his own friend by mistake and smile.

What I cannot forgive is the children. In the camp near the oil field there was a class of boys, eleven, twelve years old. A trainer from the Caucasus taught them to wear a belt and to say the martyr's words. They were told their mothers would go to paradise with them. One of those boys was from my street in Tal Afar. I knew his father.

I also saw the market where women were sold, Yazidi women, in a house with a blue gate. The buyers were the same men who whipped people in the street for missing prayer.

In 2016 a drone strike hit the checkpoint. I have a limp in my right leg from the shrapnel, so anyone who saw me then would recognise me now by my walk. While I was in the hospital nobody from the unit visited. My brother Mahmoud paid a smuggler, and we went out through the desert to the Turkish border in the spring of 2017. I speak so that fathers in Tal Afar ask what their sons are being taught.`,
    },
  ],
};
