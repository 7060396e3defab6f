// Long synthetic reports (~2 KB) for the bulk-ingest benchmark, written for it: a lead that states the attack, one
// to three paragraphs of its effects (damage at an address, casualties, a fire, power, trains and airports, an
// earlier attack) and then context that tells no attack (reactions, budgets, volunteers, schools, analysts), drawn
// without repeats from pools per language, every one with its own figures, towns, streets, names and times. Two reports of different events therefore share little text, as two
// real articles do; copies of one statement are made by the caller (synth.ts). The earlier filler padding repeated
// the same three sentences up to 2 KB, so nearly every report was a near-duplicate of every other one of its
// language and a sixth of them were byte-identical.

export interface LongSlots {
  lang: 'en' | 'ru' | 'uk';
  /** The attacked side: 'ru' for a Russian region, 'ua' for a Ukrainian one. */
  side: 'ru' | 'ua';
  region: number;
  count: number;
}

interface Region {
  en: string;
  gen: string;
  prep: string;
  towns: readonly (readonly [string, string])[];
  official: readonly [string, string];
}

// Russian regions: name in English, genitive and prepositional in Russian, towns (English, Russian), governor.
export const RU_LONG: readonly Region[] = [
  {
    en: 'Kursk Oblast',
    gen: 'Курской области',
    prep: 'Курской области',
    towns: [
      ['Kurchatov', 'Курчатов'],
      ['Rylsk', 'Рыльск'],
      ['Lgov', 'Льгов'],
      ['Zheleznogorsk', 'Железногорск'],
    ],
    official: ['Alexander Khinshtein', 'Александр Хинштейн'],
  },
  {
    en: 'Bryansk Oblast',
    gen: 'Брянской области',
    prep: 'Брянской области',
    towns: [
      ['Klintsy', 'Клинцы'],
      ['Novozybkov', 'Новозыбков'],
      ['Starodub', 'Стародуб'],
      ['Klimovo', 'Климово'],
    ],
    official: ['Alexander Bogomaz', 'Александр Богомаз'],
  },
  {
    en: 'Belgorod Oblast',
    gen: 'Белгородской области',
    prep: 'Белгородской области',
    towns: [
      ['Shebekino', 'Шебекино'],
      ['Graivoron', 'Грайворон'],
      ['Valuyki', 'Валуйки'],
      ['Stroitel', 'Строитель'],
    ],
    official: ['Vyacheslav Gladkov', 'Вячеслав Гладков'],
  },
  {
    en: 'Kaluga Oblast',
    gen: 'Калужской области',
    prep: 'Калужской области',
    towns: [
      ['Obninsk', 'Обнинск'],
      ['Lyudinovo', 'Людиново'],
      ['Kozelsk', 'Козельск'],
    ],
    official: ['Vladislav Shapsha', 'Владислав Шапша'],
  },
  {
    en: 'Voronezh Oblast',
    gen: 'Воронежской области',
    prep: 'Воронежской области',
    towns: [
      ['Liski', 'Лиски'],
      ['Rossosh', 'Россошь'],
      ['Borisoglebsk', 'Борисоглебск'],
    ],
    official: ['Alexander Gusev', 'Александр Гусев'],
  },
  {
    en: 'Oryol Oblast',
    gen: 'Орловской области',
    prep: 'Орловской области',
    towns: [
      ['Livny', 'Ливны'],
      ['Mtsensk', 'Мценск'],
    ],
    official: ['Andrei Klychkov', 'Андрей Клычков'],
  },
  {
    en: 'Tula Oblast',
    gen: 'Тульской области',
    prep: 'Тульской области',
    towns: [
      ['Novomoskovsk', 'Новомосковск'],
      ['Aleksin', 'Алексин'],
      ['Yefremov', 'Ефремов'],
    ],
    official: ['Dmitry Milyaev', 'Дмитрий Миляев'],
  },
  {
    en: 'Rostov Oblast',
    gen: 'Ростовской области',
    prep: 'Ростовской области',
    towns: [
      ['Taganrog', 'Таганрог'],
      ['Shakhty', 'Шахты'],
      ['Novoshakhtinsk', 'Новошахтинск'],
    ],
    official: ['Yuri Slyusar', 'Юрий Слюсарь'],
  },
];

// Ukrainian regions: English, genitive and locative in Ukrainian, towns (English, Ukrainian), head of the
// regional administration.
export const UA_LONG: readonly Region[] = [
  {
    en: 'Kharkiv Oblast',
    gen: 'Харківської області',
    prep: 'Харківській області',
    towns: [
      ['Chuhuiv', 'Чугуїв'],
      ['Izium', 'Ізюм'],
      ['Lozova', 'Лозова'],
    ],
    official: ['Oleh Syniehubov', 'Олег Синєгубов'],
  },
  {
    en: 'Sumy Oblast',
    gen: 'Сумської області',
    prep: 'Сумській області',
    towns: [
      ['Shostka', 'Шостка'],
      ['Konotop', 'Конотоп'],
      ['Okhtyrka', 'Охтирка'],
    ],
    official: ['Oleh Hryhorov', 'Олег Григоров'],
  },
  {
    en: 'Odesa Oblast',
    gen: 'Одеської області',
    prep: 'Одеській області',
    towns: [
      ['Izmail', 'Ізмаїл'],
      ['Chornomorsk', 'Чорноморськ'],
      ['Bilhorod-Dnistrovskyi', 'Білгород-Дністровський'],
    ],
    official: ['Oleh Kiper', 'Олег Кіпер'],
  },
  {
    en: 'Dnipropetrovsk Oblast',
    gen: 'Дніпропетровської області',
    prep: 'Дніпропетровській області',
    towns: [
      ['Kryvyi Rih', 'Кривий Ріг'],
      ['Nikopol', 'Нікополь'],
      ['Pavlohrad', 'Павлоград'],
    ],
    official: ['Serhiy Lysak', 'Сергій Лисак'],
  },
  {
    en: 'Kyiv Oblast',
    gen: 'Київської області',
    prep: 'Київській області',
    towns: [
      ['Bila Tserkva', 'Біла Церква'],
      ['Brovary', 'Бровари'],
      ['Fastiv', 'Фастів'],
    ],
    official: ['Ruslan Kravchenko', 'Руслан Кравченко'],
  },
];

const STREETS = {
  en: ['Lenin Street', 'Sadovaya Street', 'Mira Avenue', 'Gagarin Street', 'Shkolna Street', 'Pushkin Lane'],
  ru: ['улице Ленина', 'Садовой улице', 'проспекте Мира', 'улице Гагарина', 'Молодёжной улице', 'улице Пушкина'],
  uk: ['вулиці Шевченка', 'вулиці Миру', 'Садовій вулиці', 'вулиці Франка', 'Шкільній вулиці', 'вулиці Лесі Українки'],
};

type Rand = () => number;
const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const hhmm = (rand: Rand): string =>
  `${String(int(rand, 0, 23)).padStart(2, '0')}:${String(int(rand, 0, 59)).padStart(2, '0')}`;

type Para = (rand: Rand, region: Region, town: readonly [string, string]) => string;

const EN: readonly Para[] = [
  (r, _g, t) =>
    `In ${t[0]}, debris fell on a private house on ${pick(r, STREETS.en)}, No. ${int(r, 1, 140)}; the roof and ${int(r, 2, 9)} windows were damaged.`,
  (r, _g, t) =>
    `${int(r, 1, 6)} people were injured in ${t[0]}, ${int(r, 1, 3)} of them taken to hospital with shrapnel wounds; their condition is described as moderate.`,
  (r) =>
    `A fire broke out at a warehouse covering ${int(r, 80, 900)} square metres; ${int(r, 12, 60)} firefighters and ${int(r, 3, 14)} fire engines put it out by ${hhmm(r)}.`,
  (r, _g, t) =>
    `About ${int(r, 2, 40) * 100} households in ${t[0]} were left without power after a power line was hit; repair crews expected to restore supply by ${hhmm(r)}.`,
  (r) =>
    `Temporary restrictions were introduced at Kaluga and Vnukovo airports at ${hhmm(r)} and lifted ${int(r, 2, 7)} hours later; ${int(r, 4, 60)} flights were delayed.`,
  (r, _g, t) =>
    `Schools in ${t[0]} switched to remote lessons for ${int(r, 2, 5)} days, and the ${int(r, 2, 30)} kindergartens of the district stayed closed on the advice of the administration.`,
  (r) =>
    `Residents whose flats were damaged can apply for compensation of up to ${int(r, 5, 90) * 1000} roubles at the multifunctional centre until the ${int(r, 10, 28)}th.`,
  (r, g) =>
    `It is the ${int(r, 3, 40)}th attack on ${g.en} this month; a week earlier ${int(r, 5, 70)} drones were reported shot down over the region within ${int(r, 2, 9)} hours.`,
  (r, _g, t) =>
    `Train number ${int(r, 100, 799)} from ${t[0]} was held for ${int(r, 20, 180)} minutes while sappers examined fragments found near the tracks at kilometre ${int(r, 10, 400)}.`,
  (r) =>
    `The authorities asked people not to film or publish the work of air defences and not to approach fragments: ${int(r, 2, 9)} such finds were handed to the police on one day alone.`,
  (r, _g, t) =>
    `A car parked in a yard in ${t[0]} burned out and ${int(r, 2, 8)} garages nearby were damaged, a local official told reporters at ${hhmm(r)}.`,
  (r) =>
    `Mobile internet was restricted in ${int(r, 2, 11)} districts for the duration of the alert, which lasted ${int(r, 1, 6)} hours and ${int(r, 1, 59)} minutes.`,
  (r, g) =>
    `Specialists of ${int(r, 3, 12)} organisations, together with volunteers, inspected ${int(r, 20, 400)} apartments across ${g.en} and glazed ${int(r, 10, 300)} windows by the evening.`,
  (r) =>
    `A temporary accommodation centre for ${int(r, 30, 250)} people opened in a sports school; ${int(r, 5, 60)} residents spent the night there.`,
];

const RU: readonly Para[] = [
  (r, _g, t) =>
    `В городе ${t[1]} на ${pick(r, STREETS.ru)}, ${int(r, 1, 140)}, обломки упали на частный дом: повреждены кровля и ${int(r, 2, 9)} окон.`,
  (r, _g, t) =>
    `В городе ${t[1]} пострадали ${int(r, 2, 6)} человека, ${int(r, 1, 2)} из них госпитализированы с осколочными ранениями, состояние оценивается как средней тяжести.`,
  (r) =>
    `На территории склада площадью ${int(r, 80, 900)} квадратных метров возник пожар, его потушили к ${hhmm(r)} силами ${int(r, 12, 60)} человек и ${int(r, 3, 14)} единиц техники.`,
  (r, _g, t) =>
    `Без электроснабжения остались около ${int(r, 2, 40) * 100} абонентов в городе ${t[1]}, повреждена линия электропередачи; восстановить подачу энергетики рассчитывают к ${hhmm(r)}.`,
  (r) =>
    `В аэропортах Калуги и Внуково в ${hhmm(r)} вводились временные ограничения, сняты спустя ${int(r, 2, 7)} часа; задержаны ${int(r, 4, 60)} рейсов.`,
  (r, _g, t) =>
    `Школы в городе ${t[1]} на ${int(r, 1, 5)} дня переведены на дистанционное обучение, ${int(r, 2, 30)} детских садов района не работают по решению администрации.`,
  (r) =>
    `Жители, чьи квартиры получили повреждения, могут подать заявление на компенсацию до ${int(r, 5, 90)} тысяч рублей в МФЦ до ${int(r, 10, 28)} числа.`,
  (r, g) =>
    `Это уже ${int(r, 3, 40)}-я атака на регион с начала месяца: неделей ранее над территорией ${g.gen} за ${int(r, 2, 9)} часов были сбиты ${int(r, 5, 70)} беспилотников.`,
  (r, _g, t) =>
    `Поезд № ${int(r, 100, 799)} из города ${t[1]} простоял ${int(r, 20, 180)} минут, пока саперы осматривали фрагменты у путей на ${int(r, 10, 400)}-м километре.`,
  (r) =>
    `Жителей просят не снимать и не публиковать работу ПВО и не подходить к обломкам: только за сутки в полицию передали ${int(r, 2, 9)} таких находок.`,
  (r, _g, t) =>
    `Во дворе дома в городе ${t[1]} сгорел припаркованный автомобиль, повреждены ${int(r, 2, 8)} гаражей, сообщили в администрации в ${hhmm(r)}.`,
  (r) =>
    `На время опасности в ${int(r, 2, 11)} районах ограничивался мобильный интернет; режим продлился ${int(r, 1, 6)} ч ${int(r, 1, 59)} мин.`,
  (r, g) =>
    `Специалисты ${int(r, 3, 12)} организаций вместе с волонтерами обошли ${int(r, 20, 400)} квартир в ${g.prep} и к вечеру застеклили ${int(r, 10, 300)} окон.`,
  (r) =>
    `В спортивной школе открыт пункт временного размещения на ${int(r, 30, 250)} человек, ночь там провели ${int(r, 5, 60)} жителей.`,
];

const UK: readonly Para[] = [
  (r, _g, t) =>
    `У місті ${t[1]} на ${pick(r, STREETS.uk)}, ${int(r, 1, 140)}, уламки впали на приватний будинок: пошкоджено дах і ${int(r, 2, 9)} вікон.`,
  (r, _g, t) =>
    `У місті ${t[1]} постраждали ${int(r, 2, 6)} людини, ${int(r, 1, 2)} з них госпіталізовано з осколковими пораненнями, стан оцінюють як середньої тяжкості.`,
  (r) =>
    `На складі площею ${int(r, 80, 900)} квадратних метрів виникла пожежа, її загасили до ${hhmm(r)} силами ${int(r, 12, 60)} рятувальників і ${int(r, 3, 14)} одиниць техніки.`,
  (r, _g, t) =>
    `Без світла залишилися близько ${int(r, 2, 40) * 100} абонентів у місті ${t[1]}, пошкоджено лінію електропередачі; енергетики обіцяють відновити живлення до ${hhmm(r)}.`,
  (r) =>
    `Укрзалізниця повідомила про затримку ${int(r, 3, 25)} поїздів на ${int(r, 20, 180)} хвилин через знеструмлення ділянки на ${int(r, 10, 400)}-му кілометрі.`,
  (r, _g, t) =>
    `Школи в місті ${t[1]} на ${int(r, 1, 5)} дні переходять на дистанційне навчання, ${int(r, 2, 30)} дитячих садків громади не працюють за рішенням адміністрації.`,
  (r) =>
    `Мешканці, чиї квартири пошкоджено, можуть подати заяву на компенсацію через Дію до ${int(r, 10, 28)} числа; уже надійшло ${int(r, 5, 200)} заяв.`,
  (r, g) =>
    `Це вже ${int(r, 3, 40)}-та атака на область від початку місяця: тижнем раніше над територією ${g.gen} за ${int(r, 2, 9)} годин збили ${int(r, 5, 70)} ворожих дронів.`,
  (r) =>
    `Мешканців просять не знімати роботу ППО і не підходити до уламків: лише за добу поліції передали ${int(r, 2, 9)} таких знахідок.`,
  (r, _g, t) =>
    `У дворі будинку в місті ${t[1]} згорів припаркований автомобіль, пошкоджено ${int(r, 2, 8)} гаражів, повідомили в громаді о ${hhmm(r)}.`,
  (r) =>
    `Повітряна тривога тривала ${int(r, 1, 6)} год ${int(r, 1, 59)} хв, у ${int(r, 2, 11)} громадах працювали пункти незламності.`,
  (r, g) =>
    `Фахівці ${int(r, 3, 12)} служб разом із волонтерами обстежили ${int(r, 20, 400)} квартир у ${g.prep} і до вечора засклили ${int(r, 10, 300)} вікон.`,
  (r) =>
    `У спортивній школі відкрили пункт тимчасового розміщення на ${int(r, 30, 250)} осіб, ніч там провели ${int(r, 5, 60)} мешканців.`,
];

// Paragraphs that tell no attack: what most of a long article is (reactions, background, services, politics).
const EN_CONTEXT: readonly Para[] = [
  (r, g) =>
    `The regional government said ${int(r, 3, 40)} million roubles had been set aside this year for shelters, and ${int(r, 12, 90)} of the ${int(r, 100, 300)} planned ones in ${g.en} are ready.`,
  (r) =>
    `"We will rebuild everything, as we did in ${pick(r, ['spring', 'autumn', 'winter', 'summer'])}," the deputy head of the district told a meeting of ${int(r, 20, 200)} residents on ${int(r, 1, 28)} ${pick(r, ['March', 'April', 'October', 'November'])}.`,
  (r, _g, t) =>
    `Volunteers in ${t[0]} collected ${int(r, 2, 30)} tonnes of food and clothes for families from border villages, the local charity fund said; ${int(r, 40, 600)} families have asked for help since the start of the year.`,
  (r) =>
    `Analysts at the ${pick(r, ['Institute for the Study of War', 'Royal United Services Institute', 'Carnegie Endowment'])} note that such raids have grown in size over the past ${int(r, 2, 11)} months, with peaks of more than ${int(r, 100, 400)} drones a night.`,
  (r, _g, t) =>
    `The mayor of ${t[0]} held an extra session of the emergency commission at ${hhmm(r)}; the city budget will cover repairs of ${int(r, 2, 40)} municipal buildings.`,
  (r) =>
    `Insurance companies received ${int(r, 10, 300)} claims after similar incidents last quarter, paying out on average ${int(r, 40, 400)} thousand roubles each, a market survey found.`,
  (r, g) =>
    `Officials in ${g.en} have repeatedly asked federal authorities for more mobile fire groups; the region now has ${int(r, 5, 60)}, up from ${int(r, 1, 20)} a year ago.`,
  (r) =>
    `Classes at the local college will resume on ${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday'])}, while ${int(r, 2, 12)} exams planned for this week were moved to the ${int(r, 10, 28)}th.`,
];

const RU_CONTEXT: readonly Para[] = [
  (r, g) =>
    `В правительстве ${g.gen} сообщили, что на строительство укрытий в этом году выделено ${int(r, 3, 40)} млн рублей, готовы ${int(r, 12, 90)} из ${int(r, 100, 300)} запланированных.`,
  (r) =>
    `«Мы всё восстановим, как это было ${pick(r, ['весной', 'осенью', 'зимой', 'летом'])}», — заявил заместитель главы района на встрече с ${int(r, 20, 200)} жителями ${int(r, 1, 28)} ${pick(r, ['марта', 'апреля', 'октября', 'ноября'])}.`,
  (r, _g, t) =>
    `Волонтеры города ${t[1]} собрали ${int(r, 2, 30)} тонн продуктов и одежды для семей из приграничных сел; с начала года за помощью обратились ${int(r, 40, 600)} семей.`,
  (r) =>
    `По оценке экспертов, за последние ${int(r, 2, 11)} месяцев такие налеты стали массированнее: в отдельные ночи фиксировалось более ${int(r, 100, 400)} аппаратов.`,
  (r, _g, t) =>
    `Глава города ${t[1]} провел внеочередное заседание комиссии по чрезвычайным ситуациям в ${hhmm(r)}; ремонт ${int(r, 2, 40)} муниципальных зданий оплатит городской бюджет.`,
  (r) =>
    `Страховые компании в прошлом квартале получили ${int(r, 10, 300)} заявлений после подобных случаев и выплатили в среднем по ${int(r, 40, 400)} тысяч рублей, следует из обзора рынка.`,
  (r, g) =>
    `Власти ${g.gen} не раз просили федеральный центр о дополнительных мобильных огневых группах; сейчас в регионе их ${int(r, 5, 60)}, год назад было ${int(r, 1, 20)}.`,
  (r) =>
    `Занятия в местном колледже возобновятся в ${pick(r, ['понедельник', 'среду', 'четверг', 'пятницу'])}, а ${int(r, 2, 12)} экзаменов этой недели перенесены на ${int(r, 10, 28)} число.`,
];

const UK_CONTEXT: readonly Para[] = [
  (r, g) =>
    `В адміністрації ${g.gen} повідомили, що на будівництво укриттів цього року виділено ${int(r, 3, 40)} млн гривень, готові ${int(r, 12, 90)} з ${int(r, 100, 300)} запланованих.`,
  (r) =>
    `«Ми все відбудуємо, як це було ${pick(r, ['навесні', 'восени', 'взимку', 'влітку'])}», — заявив заступник голови громади на зустрічі з ${int(r, 20, 200)} мешканцями ${int(r, 1, 28)} ${pick(r, ['березня', 'квітня', 'жовтня', 'листопада'])}.`,
  (r, _g, t) =>
    `Волонтери міста ${t[1]} зібрали ${int(r, 2, 30)} тонн продуктів та одягу для родин із прифронтових сіл; від початку року по допомогу звернулися ${int(r, 40, 600)} родин.`,
  (r) =>
    `За оцінкою аналітиків, за останні ${int(r, 2, 11)} місяців такі атаки стали масованішими: в окремі ночі фіксували понад ${int(r, 100, 400)} дронів.`,
  (r, _g, t) =>
    `Міський голова ${t[1]} провів позачергове засідання комісії з питань надзвичайних ситуацій о ${hhmm(r)}; ремонт ${int(r, 2, 40)} комунальних будівель оплатить міський бюджет.`,
  (r) =>
    `Страхові компанії минулого кварталу отримали ${int(r, 10, 300)} заяв після подібних випадків і виплатили в середньому по ${int(r, 40, 400)} тисяч гривень, свідчить огляд ринку.`,
  (r, g) =>
    `Влада ${g.gen} неодноразово просила про додаткові мобільні вогневі групи; зараз в області їх ${int(r, 5, 60)}, рік тому було ${int(r, 1, 20)}.`,
  (r) =>
    `Заняття в місцевому коледжі відновляться в ${pick(r, ['понеділок', 'середу', 'четвер', "п'ятницю"])}, а ${int(r, 2, 12)} іспитів цього тижня перенесли на ${int(r, 10, 28)} число.`,
];

function lead(rand: Rand, s: LongSlots, g: Region, t: readonly [string, string]): string {
  const { count } = s;
  if (s.side === 'ru') {
    if (s.lang === 'ru') {
      return pick(rand, [
        `Минувшей ночью дежурными средствами ПВО перехвачены и уничтожены ${count} украинских беспилотных летательных аппаратов над территорией ${g.gen}.`,
        `Губернатор ${g.gen} ${g.official[1]} сообщил, что ночью над регионом сбиты ${count} беспилотников, в городе ${t[1]} повреждены жилые дома.`,
      ]);
    }
    return pick(rand, [
      `Air defences destroyed ${count} drones over ${g.en} overnight, Governor ${g.official[0]} said on Telegram.`,
      `According to the Russian Defence Ministry, ${count} Ukrainian UAVs were intercepted and destroyed over ${g.en} last night.`,
    ]);
  }
  const launched = count + int(rand, 5, 40);
  if (s.lang === 'uk') {
    return pick(rand, [
      `У ніч проти сьогодні противник атакував ${launched} ударними БпЛА типу Shahed. Збито/подавлено ${count} ворожих БпЛА. Внаслідок атаки на території ${g.gen} пошкоджено житлові будинки.`,
      `Начальник ОВА ${g.official[1]}: вночі ворог атакував ${t[1]} дронами, сили ППО збили ${count} БпЛА над ${g.prep}.`,
    ]);
  }
  return `Russia launched ${launched} Shahed-type drones overnight; ${count} were shot down, Ukraine's air force said, and houses were damaged in ${g.en}, according to ${g.official[0]}.`;
}

/** Factual paragraphs per report besides the lead, at most: a long article tells a few effects and spends the rest
 *  on reactions and background. */
const FACTUAL = 3;

/** One report of about `size` bytes of UTF-8: the lead, up to FACTUAL paragraphs of effects, then context paragraphs,
 *  none twice, in a shuffled order, until the size is reached. */
export function longReport(rand: Rand, s: LongSlots, size: number): string {
  const g = (s.side === 'ru' ? RU_LONG : UA_LONG)[s.region]!;
  const town = pick(rand, g.towns);
  const facts = [...(s.lang === 'en' ? EN : s.lang === 'ru' ? RU : UK)];
  const context = [...(s.lang === 'en' ? EN_CONTEXT : s.lang === 'ru' ? RU_CONTEXT : UK_CONTEXT)];
  const draw = (pool: Para[]) => pool.splice(Math.floor(rand() * pool.length), 1)[0];
  const write = (para: Para) => para(rand, g, rand() < 0.7 ? town : pick(rand, g.towns));
  const paras = [...Array(1 + Math.floor(rand() * FACTUAL))].map(() => write(draw(facts)!));
  const head = lead(rand, s, g, town);
  let length = Buffer.byteLength(head) + paras.reduce((sum, p) => sum + Buffer.byteLength(p) + 2, 0);
  while (length < size) {
    const para = draw(context) ?? draw(facts);
    if (para === undefined) break;
    const text = write(para);
    paras.splice(Math.floor(rand() * (paras.length + 1)), 0, text);
    length += Buffer.byteLength(text) + 2;
  }
  const text = [head, ...paras].join('\n\n');
  return text;
}
