// Names written in Chinese or Arabic script inside a text in another script: "王伟 (Wang Wei) met
// محمد العلي". The capital-letter cues of the other name rules do not exist in these scripts, and
// an English NER model does not read them. In a text written mostly in that script a short run is
// as likely a word as a name, so the rule only runs where the script is the minority.
import { buildExcerpt, eachMatchInExcerpt } from '../excerpt';
import type { Candidate, Recognizer } from '../types';
import { append } from '../append';

/** The most common Chinese surnames (about 85% of the population), and four compound ones. */
const CHINESE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  ...'張劉陳楊黃趙吳許韓馮鄧蕭董葉蘇魏呂盧鍾譚陸賈鄒龔邵錢嚴',
]);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '歐陽', '司馬', '諸葛'];

/** Common Arabic given names (with and without the hamza), the first word of a name. */
const ARABIC_GIVEN = new Set(
  (
    'محمد أحمد احمد علي عمر خالد يوسف إبراهيم ابراهيم حسن حسين محمود مصطفى عبد عبدالله عبدالرحمن سعيد سعد ' +
    'فهد ناصر سلمان طارق كريم ماجد وليد هشام سامي رامي زياد عمرو أنس انس بلال جمال عادل فيصل ' +
    'فاطمة عائشة مريم خديجة زينب سارة ليلى نور هدى أمل امل رنا دينا سلمى ياسمين منى هند ريم لينا نادية'
  ).split(' '),
);

// Plain BMP ranges rather than script properties: the regex engine scans them several times faster.
// Han: CJK Unified Ideographs, Extension A, Compatibility Ideographs.
const HAN_CLASS = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
// Arabic: Arabic, Supplement, Extended-A, Presentation Forms A and B.
const ARABIC_CLASS = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const HAN = new RegExp(`[${HAN_CLASS}]`);
const HAN_RUN = new RegExp(`[${HAN_CLASS}]+`, 'g');
// Japanese writes kanji words between kana ("金曜日に"): there a short Han run is a word.
const KANA = /[\u3040-\u30FF]/;
const ARABIC = new RegExp(`[${ARABIC_CLASS}]`);
const ARABIC_RUN = new RegExp(`[${ARABIC_CLASS}]+(?:[ \\u00a0][${ARABIC_CLASS}]+){1,3}`, 'g');

/**
 * The runs of `runs` (a global regex) that `accept` takes, or none when the script is no minority:
 * 30% or more of the text's characters, where a short run is as likely a word.
 */
function minorityRuns(text: string, runs: RegExp, accept: (run: string) => boolean, subtype: string): Candidate[] {
  const out: Candidate[] = [];
  let inScript = 0;
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    inScript += m[0].length;
    if (accept(m[0])) out.push(person(m.index, m.index + m[0].length, subtype));
  }
  return inScript < text.length * 0.3 ? out : [];
}

/** A run of two or three Han characters that starts with a surname (or a compound surname and one or two more). */
function chineseName(run: string): boolean {
  const compound = COMPOUND_SURNAMES.some((s) => run.startsWith(s));
  if (compound) return run.length === 3 || run.length === 4;
  return (run.length === 2 || run.length === 3) && CHINESE_SURNAMES.has(run[0]!);
}

function person(start: number, end: number, subtype: string): Candidate {
  return { start, end, type: 'PERSON', subtype, score: 0.62, source: 'pattern' };
}

/** The most common Korean surnames (one syllable), the first syllable of a name. */
const KOREAN_SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용',
]);

/**
 * Names in a text written in their own script, found by what is said around them, since no
 * capital letter marks them: an honorific after the name (Japanese 田中太郎さん, Chinese 王伟先生,
 * Korean 김민준 님) or an introduction or title before it (我叫王伟, 名前は田中です, 제 이름은
 * 김민준입니다, اسمي أحمد الخطيب, السيد محمد).
 */
/** Where a Chinese name starts in `run` (a surname, then one or two more characters), or -1. */
function chineseNameIn(run: string, min: number): number {
  for (let k = 0; k + min <= run.length; k++) {
    const rest = run.length - k;
    if (COMPOUND_SURNAMES.some((c) => run.startsWith(c, k)) && rest >= 3) return k;
    if (CHINESE_SURNAMES.has(run[k]!) && rest <= 3) return k;
  }
  return -1;
}
/** Korean nouns that take 님 themselves ("고객님", customer): no name before the honorific. */
const KOREAN_NOT_NAMES = new Set([
  '고객',
  '선생',
  '교수',
  '회원',
  '사장',
  '부장',
  '과장',
  '대리',
  '팀장',
  '여러분',
  '손님',
  '환자',
  '학생',
]);

/**
 * Where the name in group 1 of a cue's match starts (an offset into it), or -1: Japanese and
 * Chinese names before an honorific, after an introduction; Korean ones likewise.
 */
type Cue = [RegExp, (name: string) => number, 'ja' | 'zh' | 'ko' | 'han'];
/** Words of time before 先生 or さんぽ ("今日先生が来た", today the teacher came). */
const JAPANESE_TIME_WORDS = /曜|今日|明日|昨日|毎日|今年|今月|来週|先週/;
const CJK_NAME_CUES: readonly Cue[] = [
  // Japanese: a kanji name (two to four characters) before さん, 様, 氏, 先生, くん, ちゃん
  // (not さんぽ, a walk), or after 名前は / 私は before です.
  [
    /([\u4E00-\u9FFF]{2,4})(?=[ \u3000]?(?:さん(?!ぽ|ご|しょう)|様|氏|先生|くん|ちゃん))/g,
    (n) => (JAPANESE_TIME_WORDS.test(n) ? -1 : 0),
    'ja',
  ],
  [/(?:名前は|私は)([\u4E00-\u9FFF]{2,4})(?=です)/g, () => 0, 'ja'],
  // After a greeting before です, or before と申します ("I am called"): "こんにちは、田中美咲です".
  [
    /(?:こんにちは|こんばんは|はじめまして|初めまして|お疲れ様です|おつかれさまです)[、,，]?[ \u3000]?([\u4E00-\u9FFF]{2,4})(?=です)/g,
    () => 0,
    'ja',
  ],
  [/([\u4E00-\u9FFF]{2,4})(?=と申します)/g, () => 0, 'ja'],
  // A Japanese form's person labels: full name, name, person in charge, patient, applicant, contract
  // holder. A form may be written in kanji alone ("担当者：佐藤健一").
  [
    /(?:氏名|お名前|名前|担当者|担当|患者名|申込者|契約者)[:：][ \u3000]?([\u4E00-\u9FFF]{1,3}[ \u3000]?[\u4E00-\u9FFF]{1,3})/g,
    () => 0,
    'han',
  ],
  // Chinese: a surname and up to two characters before 先生, 女士, 小姐, 老师, 经理, 医生, 同学, or
  // after "my name is" or a label that names a person.
  [
    /([\u4E00-\u9FFF]{1,4})(?=(?:先生|女士|小姐|老师|老師|经理|經理|医生|醫生|同学|同學))/g,
    (n) => chineseNameIn(n, 1),
    'zh',
  ],
  [/(?:我叫|我的名字是|名字叫|姓名[:：]?[ \u3000]?)([\u4E00-\u9FFF]{2,4})/g, (n) => chineseNameIn(n, 2), 'zh'],
  // A form's person labels: contact, recipient, consignee, applicant, person in charge, patient.
  [
    /(?:联系人|聯絡人|聯繫人|收件人|收货人|收貨人|申请人|申請人|负责人|負責人|患者)[:：]?[ \u3000]?([\u4E00-\u9FFF]{2,4})/g,
    (n) => chineseNameIn(n, 2),
    'zh',
  ],
  // Korean: a surname and one to three syllables before 님, 씨 and the titles that end in 님, or
  // after 이름은 ("my name is").
  [
    /([\uAC00-\uD7A3]{2,4})(?=[ ]?(?:님|씨|고객님|선생님|교수님|과장님|대리님|부장님))/g,
    (n) => (KOREAN_SURNAMES.has(n[0]!) && !KOREAN_NOT_NAMES.has(n) ? 0 : -1),
    'ko',
  ],
  [
    /이름은[ ]?([\uAC00-\uD7A3]{2,4}?)(?=입니다|이에요|예요|이고|[ .,])/g,
    (n) => (KOREAN_SURNAMES.has(n[0]!) ? 0 : -1),
    'ko',
  ],
  // "저는 김지수입니다" (I am …).
  [
    /(?:저는|나는)[ ]?([\uAC00-\uD7A3]{2,4}?)(?=입니다|이에요|예요|이고|라고)/g,
    (n) => (KOREAN_SURNAMES.has(n[0]!) ? 0 : -1),
    'ko',
  ],
];

/**
 * Thai, Hebrew and Hindi names after "my name is" (ชื่อ, שמי, मेरा नाम) or a Hindi title: the given name
 * and the surname after it, up to a word that ends the introduction (phone, lives, age, polite particles).
 */
const INTRODUCED_NAMES: readonly [RegExp, ReadonlySet<string>][] = [
  [
    /(?:ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|หนูชื่อ)[ ]?([\u0E01-\u0E4E]+(?:[ ][\u0E01-\u0E4E]+)?)/g,
    new Set(['โทร', 'เบอร์', 'เบอร์โทร', 'อยู่', 'อายุ', 'ครับ', 'ค่ะ', 'คะ', 'และ']),
  ],
  [
    /(?:שמי|קוראים לי|השם שלי הוא)[ ]([\u05D0-\u05EA'"]+(?:[ ][\u05D0-\u05EA'"]+)?)/g,
    new Set(['ואני', 'אני', 'הטלפון', 'טלפון', 'גר', 'גרה', 'בן', 'בת']),
  ],
  [
    // Also after a title or "dear": श्री (Mr), श्रीमती (Mrs), सुश्री (Ms), डॉ. (Dr), प्रिय (dear).
    /(?:मेरा नाम है|मेरा नाम|(?<![\u0900-\u097F])(?:श्रीमती|श्री|सुश्री|डॉ\.?|प्रिय))[ ]([\u0900-\u094F\u0951-\u0963]+(?:[ ][\u0900-\u094F\u0951-\u0963]+)?)/g,
    new Set(['है', 'हैं', 'और', 'मेरा', 'मैं']),
  ],
];

function introducedNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, stops] of INTRODUCED_NAMES) namesAfterCue(text, re, (w) => stops.has(w), out);
  return out;
}

/** Where a name's words are split: a space, or a no-break space in Arabic text. */
const NAME_WORD_GAP = /[ \u00a0]/;
/** The Arabic comma, semicolon, question mark or full stop right after a name: no part of it ("محمد العتيبي،"). */
const ARABIC_PUNCTUATION_END = /[\u060C\u061B\u061F\u06D4]+$/;

/**
 * The names in group 1 of each match of a cue `re` ("my name is …"): its words up to the first that
 * `ends` the name (the word and its index), each as a person.
 */
function namesAfterCue(text: string, re: RegExp, ends: (word: string, k: number) => boolean, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[1]!.split(NAME_WORD_GAP);
    let n = 0;
    while (n < words.length && !ends(words[n]!, n)) n++;
    if (n === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const name = words.slice(0, n).join(' ').replace(ARABIC_PUNCTUATION_END, '');
    out.push({ ...person(start, start + name.length, 'CUED_SCRIPT'), score: 0.7 });
  }
}

/** Arabic: after "my name is", "dear" or a title (Mr, Mrs, Dr, Professor), one to four words. */
const ARABIC_NAME_CUE = new RegExp(
  `(?:اسمي|عزيزي|عزيزتي|السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الأستاذة)[ \\u00a0]+([${ARABIC_CLASS}]+(?:[ \\u00a0][${ARABIC_CLASS}]+){0,3})`,
  'g',
);
/** Words that end a name read after an Arabic cue: "number", "phone", "address", "e-mail", "and", "in". */
const ARABIC_STOP = new Set([
  'رقم',
  'ورقم',
  'هاتف',
  'هاتفي',
  'عنوان',
  'وعنوان',
  'بريد',
  'و',
  'في',
  'من',
  'على',
  'هو',
  'هي',
]);

/** Which scripts a text holds. */
interface Scripts {
  han: boolean;
  kana: boolean;
  hangul: boolean;
  arabic: boolean;
}

function cuedNames(text: string, { han, kana, hangul, arabic }: Scripts): Candidate[] {
  const out: Candidate[] = [];
  if (han || hangul) {
    // Only the words written in these scripts are scanned (in a mostly English text, a few).
    const excerpt = buildExcerpt(text, CJK_WORDS, 0);
    for (const [re, nameAt, lang] of CJK_NAME_CUES) {
      // Japanese cues in Japanese text only (先生 follows a Chinese name too), Chinese ones elsewhere.
      if (
        (lang === 'ja' && !kana) ||
        (lang === 'zh' && (kana || !han)) ||
        (lang === 'ko' && !hangul) ||
        (lang === 'han' && !han)
      )
        continue;
      eachMatchInExcerpt(re, excerpt, (m) => {
        const k = nameAt(m[1]!);
        if (k < 0) return;
        // The name (group 1) ends every match: the honorific after it is only looked ahead at.
        const end = m.index + m[0].length;
        const start = end - m[1]!.length + k;
        out.push({ ...person(start, end, 'CUED_SCRIPT'), score: 0.7 });
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  if (arabic) {
    // Not a word that opens the rest of the sentence: "and" glued to a word that is no given name.
    namesAfterCue(
      text,
      ARABIC_NAME_CUE,
      (w, k) => ARABIC_STOP.has(w) || (k > 0 && w.startsWith('و') && !ARABIC_GIVEN.has(w)),
      out,
    );
  }
  return out;
}
const HANGUL = /[\uAC00-\uD7A3]/;
const CJK_WORDS = new RegExp(`[${HAN_CLASS}\\u3040-\\u30FF\\uAC00-\\uD7A3]`, 'g');
// The base letters of Thai, Hebrew and Devanagari (not their combining marks) show the script is there.
const INTRODUCED_LETTERS = '\\u0E01-\\u0E2E\\u05D0-\\u05EA\\u0904-\\u0939';
const ANY_SCRIPT = new RegExp(`[${HAN_CLASS}${ARABIC_CLASS}\\uAC00-\\uD7A3${INTRODUCED_LETTERS}]`);
const INTRODUCED_SCRIPT = new RegExp(`[${INTRODUCED_LETTERS}]`);

export const SCRIPT_NAMES_RECOGNIZER: Recognizer = {
  name: 'script-names',
  types: ['PERSON'],
  detect(text) {
    const out: Candidate[] = [];
    // Nearly every text has none of these scripts: one scan for all of them first.
    if (!ANY_SCRIPT.test(text)) return out;
    const han = HAN.test(text);
    const arabic = ARABIC.test(text);
    const kana = han && KANA.test(text);
    append(out, cuedNames(text, { han, kana, hangul: HANGUL.test(text), arabic }));
    if (INTRODUCED_SCRIPT.test(text)) append(out, introducedNames(text));
    if (han && !kana) append(out, minorityRuns(text, HAN_RUN, chineseName, 'CHINESE_SCRIPT'));
    // A given name first, then up to three more words (father's or family name, "al-...").
    if (arabic)
      append(
        out,
        minorityRuns(text, ARABIC_RUN, (run) => ARABIC_GIVEN.has(run.split(/[ \u00a0]/)[0]!), 'ARABIC_SCRIPT'),
      );
    return out;
  },
};
