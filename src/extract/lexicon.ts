import type { Area, ClaimantRole, Country, Lang, ObjectType, Weapon } from '../core/types.ts';

/**
 * One language's words for the extraction rules. The rules themselves live once, in run.ts and its detectors;
 * a language is this data. Pattern syntax (compiled by `compilePatterns`):
 *   - words are matched at word starts, case-insensitively; spaces match any run of spaces/hyphens;
 *   - a trailing `*` lets any letters follow ("уничтож*" matches уничтожены, уничтожен, уничтожили);
 *   - otherwise the pattern must end at a word end ("shot down" does not match "shot downstairs").
 */
export interface Lexicon {
  lang: Lang;
  /** Past forms and nouns of destroying/intercepting. Infinitives and gerunds are left out on purpose:
   *  "efforts to intercept drones" and "effective in intercepting" report no event. */
  interception: string[];
  /** Verbs of hitting a target; a strike also needs an object or a place and a weapon in the sentence. */
  /** "with air defences destroying 40 drones": a progressive form counts only when a number goes with it. */
  progressive: string[];
  strike: string[];
  /** Nouns of attack ("strikes", «обстрел»): they mark a report as being about an attack, nothing more. */
  attack_noun: string[];
  /** "attacked with 83 drones", «атакував 83 ударними БпЛА»: the number is how many were launched. */
  launched: string[];
  /** «із напрямків: Курськ, Орел…», "from the directions of": every place after it, to the sentence's end, is where
   *  the weapons came from. */
  launch_directions: string[];
  /** The sides as the subject of an attack verb ("Moscow hit Izmail", «РФ атакувала підстанцію»): the verb is a strike
   *  on the place after it even when no weapon is named. */
  attacker: string[];
  /** Small function words the shared rules are built from (`extract/grammar.ts` joins every language's): a rule
   *  names the list, never the words. */
  grammar: {
    /** "and": joins list items. */
    conjunction: string[];
    /** "from": where something came from. */
    from: string[];
    /** Words that may stand between "from" and a launch site's country ("from the territory of Belarus", «со стороны
     *  Беларуси»; detect/country.ts `ELSEWHERE`). */
    from_frame?: string[];
    /** "to", «до»: where someone or something was taken or sent ("a woman taken to Mykolaiv"), not where an event was:
     *  a place after it is no place of a clause read alone (detect/clause-attacks.ts). */
    destination?: string[];
    /** "the peninsula": a sentence after a village framed by its region («у аэродрома Бельбек в Крыму») that names it
     *  means the region, not the village. */
    peninsula?: string[];
    /** "of": «5 из 6», "81 of 90". */
    of: string[];
    /** "all": as many as were launched. */
    all: string[];
    /** Troops and people as what a verb of destroying took («уничтожены 300 боевиков», «уничтожено до 40 человек», «180
     *  ВСУшников ликвидировано»): men killed on the ground, not weapons shot down (detect/means-destroyed.ts). */
    personnel?: string[];
    /** «информации о», «даних про»: news of a toll that is lacking. «Информации о пострадавших нет» says nothing of the
     *  toll, unlike «пострадавших нет» (detect/effects.ts). */
    no_news_of?: string[];
    /** "not", "almost" right before "all" («не всі дрони знищено», «почти все»): not every one, so no count. */
    not_all?: string[];
    /** "not", «не»: the particle that denies a verb next to it («усі дрони знищено не було», "were not shot down"). */
    not?: string[];
    /** The impersonal passive of a launch verb, also in `launched` («застосовано», «випущено»): those verbs take other
     *  objects too («застосовано засоби ППО», «випущено з полону»), so they launch only a weapon named after them in
     *  their own clause. */
    launch_passive?: string[];
    /** "both": two. */
    both: string[];
    /** "near", "off": what a sea is near («над акваторией Черного моря вблизи Крыма»), not where. */
    near: string[];
    /** "over", "in": the preposition before a place an event was over or in. */
    over: string[];
    /** "including", «из которых»: what follows is a list of the parts of the total before it. */
    including: string[];
    /** "them", "which" after "of": «54 of them were downed» counts a part of the weapons just named. */
    those?: string[];
    /** "to" closing a stretch that "from" opens ("from Lviv to Kharkiv"). */
    to?: string[];
    /** "the", "this", «этот»: before a noun of attacking in a later sentence ("The overnight attack wrecked …"),
     *  the attack is one already told, not one of its own. */
    definite?: string[];
    /** Endings of surnames («-ов», «-енко», «-чук»): one capitalised word with such an ending before a verb of saying
     *  is a person («Рогов сообщил»); other single words there are not («Очевидцы сообщили»). */
    surname_endings?: string[];
    /** A source's possessive by the person and number it points back with («по его данным», «по ее данным», «по их
     *  словам»), and the endings of a verb of saying by the gender and number of its subject («сообщил», «сообщила»,
     *  «сообщило», «сообщили»; «сообщает», singular of any gender): «По ее данным» after «Минобороны заявило» does not
     *  point back to the ministry, «По их словам» after «губернатор сообщил» not to the governor. */
    pronoun_masculine?: string[];
    pronoun_feminine?: string[];
    pronoun_plural?: string[];
    said_endings_masculine?: string[];
    said_endings_feminine?: string[];
    said_endings_neuter?: string[];
    said_endings_plural?: string[];
    said_endings_singular?: string[];
    /** Singular forms of verbs and participles («сбит», «сбитого», «врезался», «впав»): right beside a weapon noun
     *  that does not decline («БПЛА», «БпЛА»), they say there was one. */
    singular_verb?: string[];
    /** Weapon nouns whose genitive singular is spelled as their plural («ракеты», «бомбы»): right after a noun of
     *  hitting or attacking («при попадании ракеты», «удара ракеты») they are one; a plural there would be «ракет». */
    genitive_singular?: string[];
    /** The preposition of an attack noun's target where it also means "in" («атака дронів на Брянськ», «атака на
     *  Харківщині»): read as the target's only right after the weapon right behind the noun, never as a `target_preposition`
     *  of its own, which would take every «на Харківщині» of a verb. */
    attack_on?: string[];
    /** Endings of the adjectives that may stand between a number and the noun it counts («45 авіаційних ударів»,
     *  «68 ворожих обстрілів»): the number still counts the noun. */
    adjective_endings?: string[];
    /** Endings of the plural instrumental («системами», «подразделениями», «мобільними»): a word of the means right after
     *  a number of shot-down weapons («Сбиты 25 подразделениями ПВО»), never a noun the number counts. Plural only: the
     *  singular endings («-ей», «-ом») are also genitive plurals and nominatives («целей», «дом»). */
    means_endings?: string[];
    /** Words right after a number of shot-down weapons that leave it bare, no noun of its own: a counter («штук»), the
     *  weapon's type («самолётного типа»), a word of the means or the manner («огнём ПВО», «при подлёте», "using"). */
    bare_count?: string[];
    /** Words of a state that lasts («досі», «до сих пор», "still"): a town «досі без світла» after attacks is no harm one
     *  attack just did, so its outage tells no strike (attackNoun in detect/attack.ts). */
    lasting?: string[];
    /** "other cities", "other areas" after a place and a conjunction, a number at most between ("Kyiv and 10 other
     *  areas", "Lviv and other cities"): the place is one of several the sentence leaves unnamed, so a toll it tells is
     *  the sum over all of them, no region's (detectCasualties in detect/effects.ts). */
    other_places?: string[];
    /** "multiple cities", "Ukraine's cities": the fact's own clause tells a wave over several places it leaves
     *  unnamed, so a place it borrows from the lead or the context is only a part of it (refine/part-of-whole.ts). */
    many_places?: string[];
    /** "including", "chiefly", "most of them" right before a place (a preposition or two between): the place is a part
     *  of the wave its sentence counts, not all of it ("32 drones, including near Moscow"; refine/part-of-whole.ts). */
    part_marker?: string[];
    /** "of the" in "other areas of the region", "other towns in the Kharkiv region": right after "other areas", before
     *  a region word (perhaps with its name), the other places are inside a region the sentence names, which is then
     *  the whole, not one of its parts (refine/part-of-whole.ts). */
    others_within?: string[];
    /** "of" in "a child of three", "aged" in "a woman aged 70": between a person word and a number, the number is the
     *  person's age, never how many were hurt (personCount in detect/effects.ts). */
    age_of?: string[];
    /** "including", "among them", «в том числе», «серед них»: between commas after a count of people, a part of those
     *  it counts ("Nine people, including a seven-year-old child, were injured"): its number or person is no count of
     *  the word of wounds or death after it (personCount in detect/effects.ts). */
    people_part?: string[];
    /** A child or a teenager, one («ребёнок», «дитину», "a child", "a teenager"), and children, several or uncounted
     *  («дети», «дітей», "children"): in a `people_part` of a toll («в том числе ребёнок», «серед них троє дітей»,
     *  "including three children") or as the victim the toll counts («погиб ребёнок», "two children were killed"), the
     *  children among the killed or the injured (detect/children.ts). One form alone names one child; several without a
     *  figure ("including children") name no number. Whole words only: «детский сад», "children's hospital" are
     *  places, never victims. */
    child_one?: string[];
    child_many?: string[];
    /** "mother", «мать», «батько», "family": a relation noun between a part mark and a child word governs the child
     *  («в том числе мать двоих детей», "including the father of a newborn"): the part names the parent, no child
     *  among the toll (detect/children.ts). */
    child_relation?: string[];
    /** «ни», «жодної», "none": a negated quantifier between a part mark and a child word («из них ни одного
     *  ребёнка»): the part denies children, so it tells no count of them (detect/children.ts). */
    child_none?: string[];
    /** Prepositions of cause («внаслідок», «від», «в результате», «после»): before a noun of attacking, the attacks did
     *  the harm the sentence tells («від авіаційних ударів постраждало місто»), so even a plural is an event. */
    cause?: string[];
    /** «під час»: a cause read only right before a singular attack noun, when the sentence names no place (a toll
     *  «під час обстрілу» tells the one attack). Not with `cause`: «під час атак на Харків загинули тисячі» is a tally. */
    cause_near?: string[];
    /** "after", "following", "in the wake of": an attack after them is the time of what its clause tells ("the mayor
     *  said schools would reopen after the strike"), not what a speaker tells of (speaksOfAttack in run.ts). */
    later_than?: string[];
    /** Words of the detectors' own small rules, kept here so that a rule names a list and never a word. A `*`
     *  lets any letters follow; lists read "anywhere" match inside words as well. */
    /** "lifted", «сняты», «відновили» (read anywhere in the sentence): airport restrictions ended. */
    restrictions_lifted?: string[];
    /** "flight", «рейс», «літак» (read anywhere): the sentence is about flights, so an airport word may be implied. */
    flight?: string[];
    /** «прием и выпуск воздушных судов», "arrivals and departures", «рейси»: what an airport's restriction stops. A
     *  sentence under an airport heading tells that airport's closure only with one of these, or in a few words
     *  (detect/airports.ts `headingAirports`). */
    air_traffic?: string[];
    /** «план «Ковёр»», "Kovyor": the airspace plan whose cancelling, told before the airport, lifts that airport's
     *  restrictions (detect/airports.ts `liftingBefore`). */
    closure_plan?: string[];
    /** "none", «ни одного», «жодного» before "of": «ни один из …» counts zero. */
    none?: string[];
    /** "in total", «всего», «загалом»: the number after it is a total. */
    in_total?: string[];
    /** Endings of plural nouns of attacking ("strikes", «удары», «ударів»): a plural attack noun tells of attacks in
     *  general, not of one event. */
    attack_plural?: string[];
    /** "the", «этой», «для»: right before a singular attack noun in the sentence after a strike, it points back to that
     *  attack ("Nine drones took part in the attack", «Для атаки применялись беспилотники»), so the weapon named
     *  there is the strike's (refine/earlier-weapon.ts). */
    attack_back?: string[];
    /** "in", "near": after one attack noun right behind its weapon ("a drone strike in central Moscow"), a preposition
     *  that says where the attack fell, as the `target_preposition` says what it was aimed at (detect/attack.ts,
     *  attackAt). A language that aims its attack nouns with a case («удар по», «атака на») leaves it empty. */
    attack_place?: string[];
    /** "largest", "deadliest": a superlative a few words before a weapon's attack noun ranks one wave that took place
     *  ("one of Moscow's heaviest drone barrages", "the deadliest drone attack in weeks"), so the noun is an event
     *  even with no place (detect/attack.ts, recordAttack). Narrower than the top-level `record`, which also holds
     *  ordinals and "most" to measure one event against a tally's span. */
    superlative?: string[];
    /** "the trial over", "revenge for", "preparing", "fear": words a few words before an attack noun that make it an
     *  attack talked of, judged, feared or still to come, not one told as news (detect/attack.ts: attackAt and
     *  recordAttack, which find an event in a noun alone and so need the guard the verb rules get from their clause). */
    talked_of?: string[];
    /** "recalled", «напомним», «нагадаємо»: a word that brings back an event told before; what follows it in its
     *  sentence is that old event, not news (detect/clause-attacks.ts: a later clause read alone). */
    recall?: string[];
    /** "looking back", "remember", "anniversary", «вспоминают», «роковини»: a sentence that looks back; a record in it
     *  measured since a past year is that old event, and the year dates it (refine/historical.ts `measuredSince`). */
    look_back?: string[];
    /** "when", "which", «когда», «коли»: right after a record's span closed by a year, a relative clause that tells the
     *  measured event of that year ("the largest attack since 2014, when a missile hit the pier"; `measuredSince`). */
    span_relative?: string[];
    /** "drones strike fear into", "missiles strike a chord": the words right after a `plural_weapon_verb` that make it a
     *  figure of speech, not a blow (detect/attack.ts, `pluralSubjectStrikes`). */
    figurative_object?: string[];
    /** "why", "when", "where": right before a plural weapon (a side at most between), a question's opener makes its
     *  `plural_weapon_verb` an explainer's topic, as `governing_noun`'s "how" does ("Why Russian drones attack power
     *  plants"; detect/attack.ts, `pluralSubjectStrikes`). */
    question_opener?: string[];
    /** "leaves", "kills": right after an attack noun named by its weapon or side, the noun's own verb of what the attack
     *  did, so it took place ("Sumy church missile attack leaves parishioners grieving"; detect/attack.ts,
     *  `nounSubjectStrikes`). */
    noun_effect_verb?: string[];
    /** "rock", "shake": the same, for verbs of a blow that are metaphors as often; read only with a place right after
     *  them whose phrase ends there (`object_end`). */
    noun_blow_verb?: string[];
    /** "Russian attacks hit towns across Ukraine", "drone attack strikes Belgorod": an attack noun's verb of a
     *  blow landing (detect/attack.ts, `nounSubjectStrikes`); with no place of ours, its clause's country is the place. */
    noun_landing_verb?: string[];
    /** "Israeli", "Houthi": a side of another war right before an attack phrase, in any case, so the attacks are abroad
     *  ("after Israeli drone strikes"; detect/attack.ts, `headedAsNews`, `nounSubjectStrikes`). */
    foreign_side?: string[];
    /** "as", "while": after an attack noun's verb, a word that opens another clause, so a place past it is not the
     *  attack's (detect/attack.ts, `nounSubjectStrikes`). */
    verb_clause_end?: string[];
    /** "after", "as", "amid": right after the place a `noun_blow_verb` took, a word that opens what follows, so the
     *  place is the whole object ("… Shake Kyiv and Odesa After …"), not a word qualifying a noun. */
    object_end?: string[];
    /** "mainly", "usually", "less often than": a few words after a `plural_weapon_verb`, a habit or a comparison, no
     *  one strike ("Russian drones strike mainly at night"; detect/attack.ts, `pluralSubjectStrikes`). */
    frequency?: string[];
    /** "failed to", "hardly", "barely" before a verb of landing, "nothing" right after it: the landing denied, so the
     *  interception told again ("Hardly any drones hit the city"; refine/merge-parts.ts, `landed`). */
    landing_denied?: string[];
    /** "attempted", "attempting": right before an attack word (two words at most between: "attempted a drone strike",
     *  "attempted to strike"), the attack did not get through: an interception, not a strike (detect/attack.ts). */
    attempted?: string[];
    /** "attempted to", "tried to": before a `strike_infinitive` with its weapon before them in the clause ("a drone
     *  attempted to strike an oil depot in the Bryansk region"), an attack that did not get through: an interception
     *  of that weapon at the place after the verb (detect/attack.ts, attemptedTo). */
    attempted_to?: string[];
    /** «атакуют», «атакує»: a present verb of attacking, a strike only with a weapon right before it and a place of ours
     *  after it in its clause («Дрони атакують аеродром Кача»; detect/attack.ts, weaponStrikesNow). */
    strike_present?: string[];
    /** «в ближайшие дни», «прогноз», «на вихідних»: a time ahead or a forecast in the sentence of a `strike_present`
     *  verb makes the present a future («ракеты атакуют энергетику в ближайшие дни»), no strike (weaponStrikesNow). */
    /** «объявлена», «оголошено»: a verb that announces a told threat (`alert_told`) as an alarm. */
    alert_announce?: string[];
    /** «о», «про»: right before a told threat (`alert_told`) in a sentence with a verb of reporting (`alert_reported`:
     *  «ВСУ писали о ракетной угрозе»), the threat is reported news, an alarm. */
    alert_about?: string[];
    alert_reported?: string[];
    /** «укрытие», «укриття»: a call to shelter, which makes a told threat (`alert_told`) an alarm. */
    shelter?: string[];
    /** "a", "the": before a singular attack noun aimed at a place after an `aim` word ("to counter a drone attack on
     *  Odesa"), one attack that happened, which the aim does not cancel (run.ts, aimAnswersAttack). */
    one_attack_article?: string[];
    present_ahead?: string[];
    /** «почему», «объясняем», «бо»: a question or an explanation in the sentence of a `strike_present` verb tells why
     *  or how weapons attack, not that they do now (weaponStrikesNow). */
    present_why?: string[];
    /** «предупредили», «попереджають»: a warning in the sentence of a `strike_present` verb tells what is feared, not
     *  what happens (weaponStrikesNow). */
    present_warned?: string[];
    /** «всё чаще», «дедалі частіше»: a trend in the sentence of a `strike_present` verb tells a habit growing, not one
     *  attack (weaponStrikesNow). */
    present_trend?: string[];
    /** "overnight", "second night of": a phrase up to four words before a weapon's plural
     *  attack noun in its clause that tells the attacks as news, dated as they happened, not as a habit or a trend
     *  ("alerts followed overnight drone strikes", "a third night of missile strikes in the Odesa region";
     *  detect/attack.ts, weaponAttackEvent). Never the noun "report" ("a report on missile attacks" is a study). */
    attack_news?: string[];
    /** "reports", "reported": the same as a verb only, its subject a place of ours or a side right before it in the
     *  clause ("Ukraine reports more drone attacks"; not "Israel reports drone attacks", "journalists reported on …"). */
    attack_news_verb?: string[];
    /** "reports of": the noun of reports, news only after `there` and an `existential_be` ("there are reports
     *  of drone attacks near Sumy"), never as a study's topic ("a report on missile attacks"). */
    reports_noun?: string[];
    /** "reported", "continue": the same right after the plural noun, an auxiliary at most between ("drone attacks are
     *  reported in the Belgorod region", "drone attacks continue on Kyiv"; not "will continue", "continue to be"). */
    attack_news_after?: string[];
    /** "to be", "to rise" (English: "to", any infinitive): an infinitive after `attack_news_after` tells a state or a
     *  trend more often than attacks that went on. */
    state_infinitive?: string[];
    /** «в», "into": right after a `war_start` word, a place after it names another invasion («в начале вторжения в
     *  Курскую область»), not the war's start (refine/historical.ts). */
    invasion_into?: string[];
    /** "of", "on", "into": a preposition governing an `attack_news` word makes the attacks a topic ("an analysis on
     *  overnight drone attacks"). */
    topic_preposition?: string[];
    /** "officials", "governor": a person or office as the subject of `attack_news_verb` ("Governor reports drone
     *  attacks in the Kursk region"), as a place of ours or a side is. */
    news_reporter?: string[];
    /** "became", "remains": a verb right after the plural attacks (or after a prepositional phrase that follows them)
     *  that judges them ("drone attacks in Kyiv became routine"): a trend, not news. */
    trend_predicate?: string[];
    /** "'s": the possessive ending of a time right before a place ("Tuesday's Poltava missile strike"). */
    possessive?: string[];
    /** "intercepted": a verb of intercepting, after which a military target (an aircraft) was shot down, not struck
     *  (`destroysTarget`, as for a `shoot_down` word). */
    intercepting?: string[];
    /** "air", "aerial": a word right before an attack noun that makes it an attack from the air ("repels air attack";
     *  `repelledAttack` in detect/attack.ts, which reads an attack repelled only when its weapon or this word says it
     *  flew: "repelled Russian attacks near Bakhmut" is the land war). */
    air_modifier?: string[];
    /** "with": the preposition before the weapons a side attacked with ("Russia attacked with Kinzhal missiles";
     *  detect/attack.ts, sideAttacksWith). */
    means_preposition?: string[];
    /** "assault": a noun a launch verb takes as the attack it launched, beside the attack nouns ("launched a predawn
     *  assault with missiles"); not an attack noun of its own, as a ground assault is one too. */
    launched_noun?: string[];
    /** "by", "from": the last word of a `strike` entry that holds the blow's agent or source ("rocked by", "reels
     *  from"), so the place before it is what was struck, not the side that struck (detect/attack.ts, isPassive). */
    own_agent?: string[];
    /** "after", "following", "reaction to": a head right before a place named before an attack's weapon (an article or a
     *  possessive at most between) that tells that attack as the news the headline reacts to ("mayor visits families
     *  after Kherson missile attack"; detect/attack.ts, placeBeforeWeapon). */
    news_head?: string[];
    /** "condemns", "condemned": a verb of condemning that takes an attack named by its weapon as its object tells that
     *  attack as the news it reacts to, as a `news_head` does ("Biden condemns Russia's missile strikes on Ukraine";
     *  detect/attack.ts, headedAsNews). Not words of mere talk ("slams", "blasts": "slams Russia's 'weak' attacks"). */
    condemning?: string[];
    /** "refuses to", "did not", "failed to": right before a `condemning` word, the condemnation is withheld and tells
     *  no attack ("China refuses to condemn Russia's missile strikes"; detect/attack.ts, headedAsNews). */
    condemn_withheld?: string[];
    /** "air defence", "anti-aircraft": in the sentence of a blast, the blast is the defence at work, the interception
     *  itself, and folds into it whichever sentence placed it (refine/tidy.ts, run.ts `DEFENCE_BLAST`). */
    defence_blast?: string[];
    /** "years", "weeks", "decades": a span right before a `news_head` ("two years after") that dates the attack long past. */
    elapsed?: string[];
    /** "exercise", "threat", "drill": a head noun right after an attack noun that makes the pair name something else
     *  ("the largest drone attack exercise", "the biggest missile attack threat"). */
    attack_head?: string[];
    /** Plural attack nouns `attack_plural` leaves out («обстрілів»): after a `cause_near` word («під час обстрілів»)
     *  they are many attacks, so a toll with no place in its sentence tells no strike (detect/attack.ts). */
    near_plural?: string[];
    /** "over", "in", «над», «на»: the preposition after a list item's dash («2 – над Курской областью»). */
    item_place?: string[];
    /** "approaching", "on approach to": further openings of a list item's place after a colon-led list. */
    item_approach?: string[];
    /** «по»: "each" before a number («по 2 БПЛА»). */
    each?: string[];
    /** Words of a region's or city's title ("region", «области», «ОВА»): what may follow a region in an official's
     *  title. */
    region_title?: string[];
    /** A settlement's title written before its name («м. Нікополь», «с. Веселе», «смт Козача Лопань», «г. Курск»): part of
     *  the place's name, so a verb's place object may stand after it («обстріляли м. Нікополь», «били по с. Веселе»). */
    settlement_title?: string[];
    /** "in", «в»: between a city that is a region of its own and the region around it ("Sevastopol in Crimea",
     *  «в Севастополе в Крыму»): the region tells where the city lies, the city is the place (common/gazetteer.ts). */
    within_region?: string[];
    /** The titles of those that say a village («с. Веселе», «село Дружба», «д. Ивановка»): a town of the gazetteer
     *  that shares the name is a namesake unless its region is named in the report (common/gazetteer.ts). */
    village_title?: string[];
    /** A street's nouns, feminine («вулиці», «улице») and masculine («проспекті», «переулке»), every case form, and the
     *  endings of an adjective that agrees with each («Лозовій», «Соборного»); `street_abbreviation` («вул», «ул»,
     *  without the dot) of either. A town's name right after such a noun, agreeing with it or as written («на вулиці
     *  Надвірній», «вул. Лозова», «вулиць Лозової»), or agreeing right before it («на Кремінній вулиці»), names a
     *  street, not the town (review 39b #2). A town's own case that does not agree («на вулиці Херсона», a street of
     *  Kherson) stays the town (common/gazetteer.ts). */
    street_feminine_noun?: string[];
    street_feminine_endings?: string[];
    street_masculine_noun?: string[];
    street_masculine_endings?: string[];
    street_abbreviation?: string[];
    /** "Live Updates", "Analysis", "Explainer": a headline's kicker, the desk's label of the page before a colon
     *  ("Live Updates: Russian Missiles Strike Kyiv"), no speaker's name (detect/claimant.ts, speakerOf). Matched as
     *  the whole of the words before the colon, in any case. */
    kicker?: string[];
    /** "head", «глава», «керівник»: a title after a comma that makes the name before it a person's apposition; before
     *  a body in a signature («Командувач Повітряних Сил …»), it makes the name after the body its head's. */
    head_title?: string[];
    /** "head of", "commander of": a head's title joined to the body it heads, before that body ("the head of Ukraine's
     *  armed forces, General Zaluzhny, said"): the name set off by commas after the body is the head, who speaks. */
    head_of?: string[];
    /** "former", «бывший», «екс»: before an office, its holder is no longer in it («Бывший губернатор … Иванов назначен
     *  министром»): such a mention names no holder (refine/office-holder.ts). Every case form, or a prefix ending
     *  in a hyphen («экс-»). */
    former_office?: string[];
    /** «губернатора», «губернатором», «мера»: an office word in an oblique case. A name after it is the object of the
     *  sentence, in the same case («снял с должности губернатора Иванова», «встретился с губернатором … Ивановым»),
     *  not a holder who speaks; one word each, as the first word of an office's hit is read, in lower case. */
    oblique_office?: string[];
    /** Military ranks («генерал-лейтенант», «полковник»): a rank between a title or a verb of saying and the name
     *  («Командувач Повітряних Сил генерал-лейтенант Андрій Коваль», «повідомив генерал-майор Іван Петренко») is no
     *  part of the name and does not end the search for it. One word each, as a name's words are read, each case
     *  form listed and no `*` (a stem would take surnames made of it: «Майоров»); read in lower case only. */
    rank?: string[];
    /** «Президент», «Премьер-министр», "President": a title written before a name, which is no first name
     *  («Президент Путин выступил с обращением»; detect/address.ts). */
    name_title?: string[];
    /** «сбит», «знищений»: a singular short participle right after a weapon counts one. */
    singular_participle?: string[];
    /** "were", "of them", «з них»: between "both"/"all" and its verb. */
    pronoun_tail?: string[];
    /** «цілі», «целей», "targets": the word an unknown air target is named by, what air defence destroys
     *  («знищено 20 цілей», «знищено ворожі цілі»; detect/means-destroyed.ts). */
    air_target_head?: string[];
    /** "all", "most", "several": how many of the weapons told before a pronoun ("most of them", "Several were …")
     *  stands for; the `all` words among them mean every one. */
    quantifier?: string[];
    /** "them": the object pronoun of a verb of shooting down, for the weapons the sentence before told. */
    object_pronoun?: string[];
    /** "it", "they": a subject of that verb that refers back to the side, so the object pronoun may be the weapons. */
    subject_pronoun?: string[];
    /** "air defences", "pilots": a subject of that verb that shoots weapons down, so the object pronoun may be them. */
    defender_subject?: string[];
    /** "was", "were": before `used_means`, a passive ("was used to buy drones"), no strike. */
    passive_aux?: string[];
    /** "throughout", "repeatedly": in the clause of `used_means`, a span of time that makes the use a practice. */
    practice_span?: string[];
    /** "a", "an": an attack noun forecast by `hedged_predicate` must be indefinite. */
    indefinite_article?: string[];
    /** "a", "the", "its": a determiner that opens a noun phrase with a time before its attack noun ("an overnight
     *  drone attack"), which makes the time the attack's (run.ts `modifiesAttack`). */
    determiner?: string[];
    /** "that", "where", "whose": a relative clause after an attack noun, whose predicate is not the noun's. */
    relative_word?: string[];
    /** "used": a past verb of use; with a weapon after it, a `used_for` word ("to", «для», «во время») and a
     *  `strike_infinitive`, a strike with it. */
    used_means?: string[];
    /** «применены», «была использована»: a short passive participle of use, whose weapon is its subject, named right
     *  before it («ракеты уже применены для обстрела …»); then as `used_means`. */
    used_passive?: string[];
    /** "to", «для», «во время»: what joins a verb of use and its weapon to the attack it was used for. */
    used_for?: string[];
    /** «будут», «быть», «не»: before a verb of use (up to two words between: «будут впервые использованы»), a use still
     *  to come, possible, due or denied, no strike («могли быть применены для удара», «не применила»). */
    unreal_aux?: string[];
    /** «не исключает», «допускает» (each verb form spelled out: a `*` would match «предполагаемые»): a hedge that
     *  governs the clause of a verb of use (the hedge, then `hedge_that`, then the use with no «;» between), a use
     *  supposed, not told as done. */
    hedge_lead?: string[];
    /** «что»: the word that joins a `hedge_lead` to the clause it governs («не исключает, что ракеты применены»). */
    hedge_that?: string[];
    /** "Russia's", "Moscow's" / "Ukraine's", "Kyiv's": a side named in a form no hit reads (a possessive before its
     *  body, "Russia's defence ministry said"; the capital for its state, "Kyiv says"), read only to tell which side a headline's speaker is of
     *  (refine/headline-claimant.ts). */
    russia_possessive?: string[];
    ukraine_possessive?: string[];
    /** «что», «будто», «що», «нібито»: the word that opens the clause a `denial` governs after a comma
     *  («опровергли сообщения о том, что дроны атаковали Одессу»): the denial cancels that clause too (run.ts). */
    denial_that?: string[];
    /** «ПВО», «зенитные»: in the clause of a verb of use joined by a `used_during` word, on its subject or weapon (the
     *  clause from its start to the joining word), the weapon is the defender's, used against the attack («ПВО
     *  применила зенитные ракеты во время атаки …»), not the attack's. With «для» the use is told for a strike of its
     *  own («Зенитные ракеты применены для удара вглубь Украины»). */
    air_defence?: string[];
    /** «во время»: the `used_for` words that set a use beside an attack rather than make it the attack's means. */
    used_during?: string[];
    /** «То, что …»: a quotation that opens so names the act it then judges; `judged_copula` («это» after a dash) a
     *  quotation that says what the act is. Either makes a quotation a reaction even when opened after a colon. */
    judged_open?: string[];
    judged_copula?: string[];
    /** "has", "have": before `used_means`, the present perfect of a practice, no one attack. */
    perfect_aux?: string[];
    /** "strike", "hit", «удара», «атаки»: the verbs (in Russian, the attack nouns) a weapon is used to strike with,
     *  right after a `used_for` word. */
    strike_infinitive?: string[];
    /** "is likely", "are expected": after an attack noun and its own phrase, the attack is forecast, not told. */
    hedged_predicate?: string[];
    /** Singular weapon nouns («беспилотник», «ракетою», «ціль»): a singular head counts one. Matched as endings. */
    singular_weapon?: string[];
    /** Starts of nouns that a number may count instead of weapons ("people", «регион», «годин»). */
    not_weapon_counted?: string[];
    /** Starts of nouns of places and things that a number before a word of death or wounds may count instead of the
     *  people («обломки упали в трех районах, пострадала женщина»: three districts, one woman; detect/effects.ts). */
    not_people_counted?: string[];
    /** «нет», «не зафіксовано»: a negation that follows what it denies («Пострадавших нет»). */
    none_found?: string[];
    /** "not a single", "no" ("no one"), «ни одного», «жодна»: a negated quantifier right before the number or person
     *  a toll reads ("Not a single person was killed") counts no one: the toll is a stated 0, not 1. */
    none_counted?: string[];
    /** "people", «человек», «осіб» right after a number of casualties. */
    people?: string[];
    /** «собаки», «животные», "dogs": animals killed or hurt in an attack are no casualties (detect/effects.ts). */
    animals?: string[];
    /** "rose", «возросло», «зросла»: a toll that grew to the number after it. */
    risen?: string[];
    /** "to", «до» after a verb of growing. */
    up_to?: string[];
    /** «уже», «вже»: right before the number that follows a word of death or wounds in its clause, a running toll told
     *  as it stands now («Погибших при ударе по Сумам уже восемь»; detect/effects.ts). */
    toll_already?: string[];
    /** Endings of plural nouns of persons ("residents", «жители», «мешканці»): a singular person noun counts one. */
    plural_endings?: string[];
    /** "Kyiv comes under missile attack", "Odesa and Melitopol under attack", "the city came under fire": a verb of
     *  coming or being (`under_verb`, optional), `under`, at most a weapon, then a singular `under_noun`; the places
     *  right before are what was struck (detect/attack.ts, `placeUnderAttack`). */
    under_verb?: string[];
    under?: string[];
    under_noun?: string[];
    /** "over" right after the `under_noun`: criticism, not a strike ("came under fire over his comments"), unless a
     *  weapon follows ("under fire from Russian artillery"). With `reaction_from`, `reaction_for` and `reaction_amid`
     *  these are the reaction's prepositions (detect/attack.ts, `underReaction`). */
    under_reaction?: string[];
    /** A reaction's preposition with a reading of its own: "from" (a place, a `fire_origin` or a time after it tells a
     *  strike: "under fire from Belgorod") and "amid" (an alert, an outage or an attack after it: "under attack amid
     *  air raid alert"). */
    reaction_from?: string[];
    /** "for": a `span_noun` anywhere near after it tells a strike's span ("under attack for third consecutive night"). */
    reaction_for?: string[];
    reaction_amid?: string[];
    /** "border", "bank", "positions", "sky": where fire comes from, after `reaction_from` ("from across the border"). */
    fire_origin?: string[];
    /** "what we know", "live updates": a news page's tail after "under attack:", no criticism. */
    explainer_tail?: string[];
    /** "elsewhere", "while": a word that opens a clause of another event; a power cut takes no place across it
     *  (detect/effects.ts, `ownClause`). */
    other_clause?: string[];
    /** "artillery", "troops": what fires, though it names no weapon, after an `under_reaction` preposition ("under fire
     *  from Russian artillery" is a strike). */
    fire_source?: string[];
    /** "night", "day": a span of time after an `under_reaction` preposition ("under attack for a third night"). */
    span_noun?: string[];
    /** Endings of nouns of persons ("reporter", "actress", "marine") and `person_noun` words ("mother", "cook"): with
     *  no auxiliary before the word of dying, the victim must read as a person (detect/effects.ts, `namedVictim`). */
    person_endings?: string[];
    person_noun?: string[];
    /** Nouns of a `person_endings` ending that name no person ("tower", "border", "corridor"): no victim. */
    not_person_noun?: string[];
    /** Endings of singular nouns that `plural_endings` would read as plural ("actress", "witness"). */
    singular_endings?: string[];
    /** A passive's auxiliary of one ("was", "is", "has been") or of many ("were", "are"), before a word of dying or of
     *  wounds: the number of the victims it agrees with (detect/effects.ts, `namedVictim`). */
    aux_one?: string[];
    aux_many?: string[];
    /** "killed in a missile strike", "wounded by shelling", "died during the attack": the preposition that ties a word
     *  of dying or of wounds to the attack that caused it. */
    casualty_cause?: string[];
    /** Words that stand where a victim's noun would and name no one person ("they were killed", "who died in",
     *  "many killed in"). */
    not_one_victim?: string[];
    /** The hurt or killed named in the plural («поранені», «загиблі»): a heading over the people hurt. The person
     *  nouns after it in the nominative count one each («поранені: жінка 45 років», «поранені жінка та чоловік»);
     *  one after `plural_among` or in an oblique case (`oblique_endings`) counts no one («є поранені серед цивільного
     *  населення», «поранені мирних жителів»; detect/effects.ts). Not verbs: «травмували особу» is one. */
    casualty_plural?: string[];
    /** «є», «серед»: before the plural hurt («є поранені») or between them and a person word («поранені серед
     *  цивільних»), the person word is not whom the toll counts. */
    plural_among?: string[];
    /** Endings of a person noun or its adjective in an oblique case («жителів», «цивільного», «жінку»): not the
     *  subject the plural hurt name. */
    oblique_endings?: string[];
    /** Nouns of a place that keeps, bases or makes weapons («склад», «база», «пункт базування», «виробництва»): a
     *  weapon right after one in the genitive (`genitive_endings`, or an abbreviation), none of its words in the
     *  instrumental (`instrumental_endings`), is what is kept there, a target, not the means («удар по базі
     *  безпілотників», «склади боєприпасів та дронів»; `keptWeaponsOut` in detect/kept-weapons.ts). */
    weapon_store?: string[];
    /** Endings of the genitive a `weapon_store` noun governs («дронів», «ударних»; a form with no ending whole). */
    genitive_endings?: string[];
    /** Endings of the singular instrumental («ракетою», «Геранью»); with `means_endings`, the plural ones («дронами»,
     *  «ударними»), a weapon so declined after a target is the means («атакували склад дронами»). */
    instrumental_endings?: string[];
    /** «типу», «типа»: between a weapon and the model that names its type («БпЛА типу Шахед»). */
    type_word?: string[];
    /** «на» before «базі»: "built on the design of" («на базі Шахеда»), no store. */
    based_on?: string[];
    /** Stems of the verb of being hurt («пострадал», «постраждав»): denied after it, the dead are denied too. */
    suffered?: string[];
    /** «объекты», «инфраструктура», «здание»: things that, beside a `suffered` verb as its subject, make it damage (or,
     *  denied, nothing) rather than casualties («гражданские объекты не пострадали», «пострадало здание центра»). The
     *  lexicon's objects other than people count too. */
    things?: string[];
    /** «двое», «трое», «сотрудники», «работников»: words beside a `suffered` verb that make people its subject, whatever
     *  thing is near («пострадали двое рабочих объекта»): collective numerals, which count only people, and nouns of
     *  staff that the `people` list leaves out. */
    suffered_people?: string[];
    /** «рабочие», «рабочих»: a word that is people beside a `suffered` verb («пострадали рабочие предприятия») unless
     *  the word right after it is a `things` noun it describes («пострадали рабочие помещения завода»: damage). */
    suffered_workers?: string[];
    /** «внутри», «рядом с», «на территории»: adverb prepositions (and a preposition with its place noun) after which a
     *  thing is where people suffered, not what suffered («внутри здания пострадали трое»), unless a number counts the
     *  thing. Not words that also mean "about" before a number («около», «в районе»). */
    suffered_place?: string[];
    /** Plural and case forms of "regions" («областей», «регіонів»): the shared head of a list of regions. */
    regions_noun?: string[];
    /** The nouns a count of regions left unnamed takes («на 6 областей та Крим», «на 4 регіони РФ та Крим», "six
     *  regions and Crimea"): joined to a named region, the wave was the country's and that region's
     *  (detect/locate.ts, `wholeAndPlace`). */
    counted_regions?: string[];
    /** The attacked country's name as a place joined to a region's («у РФ та окупованому Криму», "in Russia and
     *  Crimea"). Russia's only: Ukraine's is the attacker's target in "fired 40 drones at Ukraine and Odesa port was
     *  hit", «по Україні та …», where the region after it is a new clause's. */
    country_named?: string[];
    /** «над»: "over" inside a list of places. */
    above?: string[];
    /** «территория»: the noun before a region adjective («над территорией Курской»). */
    territory?: string[];
    /** «акватория»: the noun before a sea. */
    sea_area?: string[];
    /** "these", «этих», «цих»: before "regions", the regions the report has just listed. */
    these?: string[];
    /** "in", "at", «в», «под»: a preposition between an anchor word and the place after it. */
    anchor_place?: string[];
    /** "the": the English article a rule may skip. */
    article?: string[];
    /** "be", "them", «её», «їх»: the only words that may stand between a word of `inability` and the verb it governs
     *  ("cannot be shot down", «невозможным её перехват»). Any other word (a second verb, a weapon, "that", «что»)
     *  means the verb is another clause's: "I cannot believe missiles struck Kyiv" is a strike (run.ts). */
    inability_gap?: string[];
    /** "or", "and": joins a verb to the one a word of inability governs ("cannot be detected or intercepted"). */
    inability_join?: string[];
    /** "the", "these", «этих», «зібраних»: the only words that may stand between a word of `debris_handled` and the
     *  debris word it governs ("photos of the wreckage", «фотографии собранных обломков»). Any other word ("near",
     *  a weapon, «видно») means the debris is not what is handled (detect/effects.ts). */
    handled_gap?: string[];
    /** "that", "which", «которые», «які»: opens a clause of the debris itself ("wreckage of a drone that crashed into a
     *  house"): only through one does a later fall or damage word keep handled debris a fact (detect/effects.ts). */
    debris_relative?: string[];
    /** "a", "another", "second", «второй», «ещё один», «ворожий»: before a weapon between a debris noun and its verb,
     *  a word that opens a noun phrase of its own (a nominative, an article), so the weapon is a new subject ("cleared
     *  the debris a second drone struck"), not the one whose debris it is; unless a `debris_of` word stands before. */
    debris_new_subject?: string[];
    /** "of", "from", «от», «від»: ties a weapon after a debris noun to it ("debris from a drone"). */
    debris_of?: string[];
    /** "falling", «падения», «падіння»: a noun of falling right before a debris word tells the debris falling («падіння
     *  уламків ракети»), as a verb of falling after it does (detect/attack.ts, `downedInDebris`). */
    debris_falling?: string[];
    /** «из-за», «после», «при», «в результате», «через», «після»: before a `debris_falling` noun whose weapon follows,
     *  the fall told as the cause of what came of it («из-за падения БПЛА произошёл пожар»): the wreck, debris
     *  (detect/effects.ts, `fallOfWeapon`); a fall told for itself («о падении ракеты в пригороде», «падіння БПЛА на
     *  нафтобазу») is where the weapon came down, a strike as the labels read it. */
    fall_cause?: string[];
    /** «на», «в», «у»: after a weapon whose fall a `fall_cause` word tells, before the object it fell onto («после
     *  падения дрона на НПЗ», «після падіння дрона на нафтобазу»): the weapon came down on its target, a strike, not a
     *  wreck (detect/effects.ts, `fallOfWeapon`). */
    fall_onto?: string[];
    /** "near", «біля», «возле»: right before a building a damage detail names (a `near` detail: hospital, school), the
     *  damage was beside it, not to it ("houses near a school were damaged"; detect/effects.ts, `besideTrigger`). */
    beside_building?: string[];
    /** "the city", «городу», «місту»: after a target preposition ("launched 12 drones at the city", «выпустила по
     *  городу»), the place the report named before. */
    place_back?: string[];
    /** A town's noun a sea may stand before, "of" and the town's name after it ("the Black Sea port of Odesa"). */
    sea_town?: string[];
    /** A town's noun that titles an item of a list of places, "of" and the name after it ("Lutsk, the western city of
     *  Rivne and the Danube port of Izmail"; detect/locate.ts `TITLED_ITEM`). */
    item_title?: string[];
    /** A word that may stand between a country's adjective and a `place_noun` ("a Russian border village"). */
    border_word?: string[];
    /** Words before a country's name that put the place beside that country, not in it ("a port city along the border
     *  with Romania", "a district bordering Poland"; detect/country.ts `ELSEWHERE`). Only shapes that cannot be a plain
     *  noun: "within the borders of Russia" is in Russia. */
    across_border?: string[];
    /** Words before a country's name that put a fact inside it ("deep inside Russia"; detect/country.ts
     *  `toldInside`): strong enough to undo a town read from context. */
    inside_country?: string[];
    /** "before", "ahead of", "during": between a fact's verb and an `inside_country` country, the country is another
     *  event's place ("days before talks in Belarus"; detect/country.ts `toldInside`). */
    other_event_time?: string[];
    /** "a day after", "hours after", "days before": a span of time and a word that dates another event. A place told
     *  after it, past the fact's word, is that event's, not the fact's ("drones downed a day after its attack on Kyiv",
     *  "strike kills 17 hours after Blinken's visit to Kyiv"; detect/locate.ts `otherDayPlace`). */
    other_day?: string[];
    /** A time of day or a holiday an `other_day` phrase may date by ("two days before Easter", "hours after midnight"):
     *  no event, so a place past it is the fact's own (detect/locate.ts `otherDayPlace`, review 42c #6). */
    other_day_time?: string[];
    /** A noun after a `place_noun` that makes the phrase a body of the place, not the place ("the Russian city council"). */
    place_body?: string[];
    /** A town's noun a speaker on the other side puts after "Russian" of a town in an occupied region ("a Russian city"). */
    claimed_town?: string[];
    /** "there", «туда», «туди»: after a launch verb, the place the report named before. */
    there?: string[];
    /** "area", «района», «напрямку»: after "from", the area weapons were launched from. */
    launch_area?: string[];
    /** «в», «у»: "in" before a settlement noun. */
    in_place?: string[];
    /** «село», «посёлок», «хутор»: a settlement noun before a village's name. */
    village_noun?: string[];
    /** "in the village of": a village's name follows. */
    village_intro?: string[];
    /** "region", «области», «регіоні»: the bare noun after "and" that means the region around the city just named. */
    the_region?: string[];
    /** "as of", «по состоянию на», «станом на»: a time of counting, not of the event. */
    as_of?: string[];
    /** "telegram", «телеграм», "t.me/" (read anywhere): a channel's name says it is a Telegram channel. */
    telegram?: string[];
    /** Endings of a region adjective whose noun a list leaves out («семь – над Ростовской»), and the noun it agrees
     *  with (`region_noun`, one word): each language keeps the pair together. */
    region_adjective_endings?: string[];
    region_noun?: string[];
    /** Endings of a town's adjective («Купянском», «Октябрьского», «Покровському») and the nouns after which such a
     *  word is the adjective of a district, front or facility («районе», «направления», «громади»), not the town's own
     *  case («под Курском», «жителей Красноармейского»): each language keeps the pair together. */
    district_adjective_endings?: string[];
    district_noun?: string[];
    /** "is", "were", "has" right after "there": an existential "there" ("there were no casualties"), no place. */
    existential_be?: string[];
    /** "than" after "more": a comparison. */
    than?: string[];
    /** "attack", "strike" right after a weapon word ("a drone attack"): the weapon names the attack. */
    attack_singular?: string[];
    /** "every", "each", "any": a word that picks one of many ("shot down every drone"), so the singular after it is
     *  no one weapon. */
    each_word?: string[];
    /** "district", "city": after a place preposition and at most one word ("over the Darnytskyi district"), a part of a
     *  place the report named before. */
    place_noun?: string[];
    /** "enemy", "hostile": a lowercase adjective that may stand between a verb and its bare singular weapon ("shot
     *  down enemy drone"); a capitalised word ("Ukrainian") or a quoted one may stand there anyway. */
    weapon_adjective?: string[];
    /** "total", "tally" before "to": a running total ("taking the night's total to 11"). */
    tally_noun?: string[];
    /** "number" a few words before "to" ("bringing the number destroyed … to four"). */
    number_noun?: string[];
    /** "was", "has been" between a singular weapon and its verb: one. */
    singular_aux?: string[];
    /** Endings of a participle that describes a noun («пошкоджене», «зруйнований», «пошкоджену»), not of the
     *  impersonal form that tells an event («пошкоджено», «розбито»): after the comma closing a repair's clause, such a
     *  damage word describes what is mended. */
    described_endings?: string[];
    /** "another", «ще один», «ещё один»: what it stands before is one more, not the one told already («На Донецькому
     *  напрямку збито Су-25. Ще один Су-25 збили вранці»: two aircraft). Read by tidy.ts. */
    another?: string[];
    /** "correction", «уточнение», «уточнення»: the sentence corrects a figure told before («Уточнение: … уничтожено 14
     *  беспилотников»). Read by refine/correction.ts. */
    correction?: string[];
    /** "not", «а не»: right before a number after the count, the figure told before that this one replaces ("14, not
     *  12 as reported earlier", «14, а не 12»). Read by refine/correction.ts. */
    instead_of?: string[];
    /** "instead of", «вместо», «замість»: a preposition whose figure is one expected or promised, never the count
     *  («Вместо обещанных 100 беспилотников … сбиты 14»: not 100; detect/count.ts). */
    in_place_of?: string[];
    /** «хотя бы», «хоча б», "at least": a phrase that holds a conditional particle («бы», «би») and means "at least",
     *  no unreal clause («Хотя бы 5 беспилотников было сбито»). A `modal` word inside it cancels nothing (run.ts). */
    not_modal?: string[];
    /** Transliterated surname endings ("-enko", "-ov"), for a Telegram channel's name only: a name of two or three
     *  capitalised words, one of which ends so or as a `surname_endings` word, is a person's own channel ("Vitali
     *  Klitschko", «Ігор Терехов»), whose posts a sources.yaml `speaker` would attribute; an outlet's name ("Naked
     *  Science", «Новости Москвы») does not end so (run.ts, `personOrOffice`). Not in `surname_endings`, whose rule
     *  reads a surname before a verb of saying in the text. */
    channel_surname_endings?: string[];
    /** Words that name a public office in a channel's name («міська рада», «администрация», "City Council"): such a
     *  channel speaks for that office, as a person's for the person (run.ts, `personOrOffice`). */
    office_words?: string[];
  };
  /** Modal and conditional words ("could", «может», «якщо»): they cancel what their own clause says, not the
   *  sentence (a veto in `speculative` cancels the whole sentence: drills, weather, space launches). */
  modal: string[];
  /** The preposition that names what an attack was aimed at («удар ВСУ по аэродрому», "a strike on the port"). */
  target_preposition: string[];
  /** «…, а также пять БПЛА над …», "as well as": the next item of a list. */
  list_continuation: string[];
  /** Prepositions that put a place after them as where something happened («в Москве», "in Kyiv"). */
  place_preposition: string[];
  /** «зафіксовано влучання», "hits were recorded": the number is how many hit. */
  hit: string[];
  damage: string[];
  /** «повреждена», «получила повреждения», "was damaged": a damage word whose subject is the damaged thing itself, not
   *  what did the damage («обломки повредили забор»). Only such a word can tell of a shot-down weapon's own damage
   *  (detect/effects.ts). A phrase here need not be a damage word itself: it marks the damage word inside it. */
  damage_passive?: string[];
  /** «была», «були», "was": the auxiliary between a subject and its passive damage word («ещё одна была повреждена»). */
  auxiliary?: string[];
  /** «выступил», «провела», "delivered": a verb of giving an address or briefing oneself, between the official who
   *  gives it and the channel word («Путин выступил с обращением»), as opposed to speaking of someone else's
   *  («раскритиковал обращение», «рассмотрел обращения»; detect/address.ts). */
  address_verb?: string[];
  fire: string[];
  power_outage: string[];
  debris: string[];
  /** "photos of", "collecting", «фотографии», «собранных», «вивезення»: debris looked at, gathered or cleared away.
   *  A debris word it governs (nothing between, or up to two `handled_gap` words) tells no debris fact unless the
   *  sentence goes on to tell it falling or damaging (detect/effects.ts): "pictures of the debris were shared",
   *  «вивезення уламків»; not "wreckage of a drone that crashed into a house" (docs/eval.md, debris). */
  debris_handled?: string[];
  /** Blasts told with no cause («вибухи у Феодосії», "explosions were heard"): kind `explosion`. */
  explosion: string[];
  killed: string[];
  injured: string[];
  /** Whole phrases that state nobody was hurt: casualties 0. */
  no_casualties: string[];
  /** Whole phrases that state nobody was injured (killed stays unknown). */
  no_injuries: string[];
  /** «пострадавший», "a man was wounded": one injured person when no number is given. */
  injured_one: string[];
  /** The word "airport(s)" itself, to read "the capital's airports" or "Moscow airports". */
  airport_word: string[];
  airport_closed: string[];
  /** "diverted to", «перенаправлены в»: the places after it are destinations, not the attack's region. */
  diversion: string[];
  /** "taken to", «доставили», «госпіталізували»: a person taken somewhere after the attack (a hospital, a shelter); a
   *  place after it in its clause is where they were taken, no place of the attack (run.ts, `views`). */
  transfer?: string[];
  alert: string[];
  /** "threat of", «угрозу», «загрозу»: before a weapon and the attack noun it qualifies ("the threat of missile
   *  strikes", «через загрозу ракетної атаки»), or right after the attack noun ("due to a drone attack threat"), the
   *  attack is what the alarm warns of, so the weapon is the alert's. A weapon before an attack noun with no such word
   *  names an attack told beside the alarm ("sirens sounded after drone strikes on the region"), not its threat
   *  (detect/effects.ts, detectAlerts). */
  alert_threat?: string[];
  /** «ракетна загроза», «угроза ракетной атаки»: a threat that is an alarm only when its sentence announces it
   *  (grammar `alert_announce`, an all-clear), calls to shelter (`shelter`, here or in the next sentence) or places it
   *  («В Белгороде объявлена…», «ракетная угроза в Киеве»); else talk of the danger (detect/effects.ts, toldAlarm). */
  alert_told?: string[];
  /** «отбой», «відбій», "all clear": the alarm's end, not another alarm. Before the alert's word in its sentence or
   *  right after it («Отбой ракетной опасности», "the all-clear has been given, an hour after air raid sirens
   *  sounded", "the air raid alert was lifted"): the alert fact is marked `detail: 'all clear'` (detect/effects.ts). */
  alert_end?: string[];
  /** Words that make a sentence speculation or commentary, not a report of an event. */
  speculative: string[];
  /** Words that negate a following effect ("no damage", «без повреждений»). */
  negation: string[];
  /** "another", «ещё»: the count adds to an earlier running total. */
  increment: string[];
  /** The capital as a place ("the capital's airports", «столичные аэропорты»). */
  capital: string[];
  /** Country adjectives that say whose capital «столица» is («украинская столица» is Kyiv). */
  ukrainian: string[];
  russian: string[];
  /** "in two regions", «над тремя регионами»: the sentence sums several regions. */
  several_regions: string[];
  /** Third-person pronouns that refer back to the last named claimant ("he wrote"). */
  pronoun_claim: string[];
  /** Words that refer back to the last source that spoke, whoever it was: a person, a body or an office («по его
   *  данным» after «сообщило Минобороны», «говорится в сообщении», «сообщили там»), only when no word follows them
   *  («говорится в сообщении администрации» names its own owner). Ukrainian lists only the possessives: the bench
   *  holds no «йдеться в повідомленні». */
  source_back?: string[];
  /** Nouns that refer back to the body last named as a source («подчеркнули в ведомстве», «за даними відомства»): with a
   *  verb of saying, that body speaks again. */
  body_back?: string[];
  /** Verbs of saying after a name ("Shapsha said", «сообщил Шапша»). */
  said: string[];
  /** "…, says Russia.", "…, claimed Kyiv.": the verbs of saying that may come before their speaker, the speaker put
   *  last ("told Kyiv" names who heard). A lexicon that lists none lets every verb of saying do so (Russian and
   *  Ukrainian order words freely: «заявил Киев»). */
  said_first?: string[];
  /** "according to", «по словам», «за даними». */
  according: string[];
  /** «представитель», «источник», «житель», «очевидец»: the person who spoke to an outlet. An outlet right after a verb
   *  of saying with such a word after it («сообщил РИА Новости представитель силовиков», «рассказали SHOT местные
   *  жители») is who heard, not who speaks; an outlet followed by anything else («сообщает ТАСС вечером», «пишет Mash
   *  со ссылкой на очевидцев») stays the source. */
  told_by?: string[];
  /** Indefinite singular determiners that count one ("a drone", "an FPV drone"). */
  one_article: string[];
  /** «локаційно втрачено», "lost from radar": gone, but not shot down. */
  lost: string[];
  /** «збити не вдалося», "could not be shot down": an interception of none. */
  intercept_failed: string[];
  /** «уламки збитого шахеда», "debris of a downed drone": the participle that says one was shot down. */
  downed: string[];
  /** Words that look like weapons and are not: «зенитные ракетные комплексы» are the defence, not the attack. */
  not_weapon: string[];
  /** Words that hold an object's word and name no target of that kind ("a water tank", "a think tank" hold the
   *  military "tank"): the longer match wins, so the word inside names nothing. */
  not_object?: string[];
  /** Words after a capital listed as a side ("Moscow says", "a Kyiv official", "prevent Kyiv from", "Kyiv carried
   *  out", "Kyiv's air force"; a possessive or an adverb in -ly may come between): the capital stands for its state
   *  there, not for a place. */
  as_state: string[];
  /** "envoy", "offensive": a head noun only a state sends or wages. After a capital's possessive, with up to two
   *  modifiers between ("Moscow's new UN envoy", "Kyiv's long-awaited ground offensive"), the capital is its state. */
  state_noun?: string[];
  /** "claim": a `state_noun` that is also a verb. Only lower-case modifiers may stand before it: a headline's
   *  capitalised words are its subject ("Kyiv's Deadliest Night Claims 12 Lives" is the city). */
  state_noun_verb?: string[];
  /** "forces", "troops": who fights for the state, straight after a capital's possessive only ("Moscow's forces
   *  shelled …"). Bare, the word is a verb ("Moscow forces airlines to reroute"); after a modifier, a body of the city
   *  ("Kyiv's air defence forces", "Moscow's police forces"). */
  state_force?: string[];
  /** "walls", "buildings", "towers": the parts of a seat of power's grounds that a seat (a `seats` form marked
   *  `modifier`) stands before as a place ("a drone attack on Kremlin walls"); before any other lower-case word it
   *  modifies it is the state ("attack on Kremlin critics", "attack on Kremlin policy"). A closed list of things one
   *  can hit, since the state's nouns (its people, policies, interests, media) are an open class. */
  seat_site?: string[];
  /** "Kyiv's air force", "Moscow's forces": the state's bodies and means. They make the capital its state only when
   *  they end the noun phrase ("Kyiv's military said"), not when they describe a noun after them ("Kyiv's military
   *  hospital", "the Kyiv military administration"). */
  state_body: string[];
  /** "by", "with" right after a strike verb: the verb is passive ("Kyiv attacked by drones", "Moscow hit with
   *  missiles"), so the side named before it is the target, not who attacked. Languages that mark the passive in the
   *  verb itself leave it out. */
  passive_agent?: string[];
  /** "air defence", "surface-to-air", "Patriot": words of the defence that, before the weapon a passive destroying
   *  verb is done by ("destroyed by Patriot missiles"), make that weapon an interceptor, and what it destroyed a weapon
   *  shot down, not a target struck. */
  interceptor?: string[];
  /** "a push by Moscow", "a plan dismissed by Kyiv": the words of `passive_agent` that, right before a capital listed
   *  as a side, make it the state that acts ("by"), not those that also join a place to a clause ("with Kyiv hit
   *  hardest"). */
  state_agent?: string[];
  /** "officials in Kyiv say", "the interior ministry in Moscow has said": a speaking body (these, or a `state_body`:
   *  "the Defence Ministry") before a place preposition and a capital listed as a side, with a verb of saying right after the capital: the capital seats the state's voice, it
   *  is not where anything happened. */
  seated_speaker?: string[];
  /** "across the country", "nationwide": the sentence tells of the whole country, so a region it does not name is
   *  not borrowed from the sentences before it. */
  nationwide?: string[];
  /** "like", «как и», «як і»: a comparison; a `nationwide` phrase right after it in its clause (a preposition and one
   *  word at most between) likens the place told of to the country («как и во многих регионах Украины, в городе
   *  повреждена энергетика») and tells of no country. No entry ends in a preposition: it would mask a longer phrase of
   *  another list starting with it («в прошлом месяце»); `comparison` does that. */
  likeness?: string[];
  /** «как», «як», "as": a comparison word that is a likeness only right before a preposition («как в», «як у», "as
   *  in"; detect/nationwide.ts). Listed without the preposition so it masks no longer phrase starting with it. */
  comparison?: string[];
  /** "two teenagers were among those killed": the words before a casualty word that make its number a part of a
   *  toll told elsewhere, not a toll. */
  part_of?: string[];
  /** "disrupting flights", "air traffic suspended": flights stopped with no airport named; the city of the sentence
   *  is the disruption's place (its airports stay unnamed). */
  flights_disrupted?: string[];
  /** «населених пунктів», "settlements": the noun a list of villages follows («обстрілів зазнали 14 населених
   *  пунктів, зокрема, Кам'янське, Щербаки … Запорізької області»): the names after it are the places struck. */
  settlements?: string[];
  /** "the Black Sea Fleet": a word after a place that makes the place part of a body's name, not where anything was. */
  named_body?: string[];
  /** «Об этом сообщил губернатор», «Про це повідомив голова ОВА»: a sentence whose speaker says what the sentences
   *  before it told, not anything of its own. */
  back_reference?: string[];
  /** «Ранее», «Также», «Сегодня», "Earlier": words that open a sentence with a capital letter and are no part of a name
   *  after them («Ранее Меликов сообщал», «Сегодня Путин выступил с обращением»). */
  sentence_adverb?: string[];
  /** «Ранее», «Накануне», «Раніше», "earlier": a word that sets a statement apart from the events it tells. A time
   *  right after it, before the speaker and the verb of saying («Ранее утром минобороны объявило, что ночью …»), is
   *  when it was said (run.ts `isStatementTime`). */
  earlier?: string[];
  /** "out": a particle that, right after a verb of striking, makes a phrasal verb of another meaning ("shelled out
   *  millions", "hit out at the minister"), no strike (run.ts). */
  phrasal_particle?: string[];
  /** «блиндаж», «позиции ВСУ», "trenches", «піхота»: ground combat, which is neither an air strike nor an interception.
   *  Like `modal`, it cancels the facts of its own clause only. */
  ground_combat?: string[];
  /** "militias", "commandos", "saboteurs": men on the ground, who may raid a place or be struck by a drone. One cancels
   *  its own clause as `ground_combat` does only as the subject of a `ground_verb` after it in the clause (or its agent
   *  after it: "a raid by commandos", with `passive_agent` between), with no
   *  weapon and no verb of shooting down there ("commandos staged a raid on a base": no strike; "commandos used drones
   *  to strike", "a drone strike killed three paramilitary fighters", "militias shot down a drone" keep theirs). */
  ground_force?: string[];
  /** "raid", "attacked", "assault", "crossed": what men on the ground (`ground_force`) do when they fight. */
  ground_verb?: string[];
  /** "chosen to", "efforts to", "harder for": an aim, a choice or a design before an infinitive. It cancels what its
   *  clause tells after it ("efforts to strike Russian targets"), not before ("three missiles hit Kyiv despite efforts
   *  to intercept them"). */
  aim?: string[];
  /** "cannot", «невозможно», «неможливо»: a verb of shooting down or striking it governs (right after it, or after
   *  up to three `inability_gap` words) says what cannot be done, no event ("Kinzhal missiles, which air defences
   *  can't shoot down", «что сделает невозможным её перехват»). The verb is dropped before detection (run.ts
   *  `unableVerbsOut`); a verb after any other word ("cannot believe missiles struck") keeps its fact. */
  inability?: string[];
  /** "fighting for control of", "the battlefield near": words of the land war that name where troops fight.
   *  A place right after one, in its clause and with no word of an attack between, is the front's, not where an air
   *  attack was (run.ts): "Russian strikes were reported across Ukraine, as fighting for control of Bakhmut raged on". */
  front?: string[];
  /** "near Moscow", "outside Kyiv", "southwest of Moscow", "within 40 miles of Moscow": words that put an event around
   *  a city rather than in it. Right before a city that is a region of its own (Moscow, Kyiv, Sevastopol, St
   *  Petersburg), the place is the region around that city (run.ts, `SURROUNDING`): "shot down 32 drones, including
   *  near Moscow" is Moscow Oblast. Before any other town it changes nothing (its surroundings are its region). */
  outskirts?: string[];
  /** "km", "miles from", "km of": a distance's unit after its number. A distance of more than a few dozen before a
   *  word of `outskirts` ("800 km east of Moscow", "800 km from Moscow") names no region of that place (run.ts). A unit
   *  that is no `outskirts` word ("miles of") puts an event around a city only after a `distance_bound` word and its
   *  number ("within 40 miles of Moscow"). */
  distance_unit?: string[];
  /** "within": a bound before a distance's number ("within 40 miles of Moscow"). */
  distance_bound?: string[];
  /** "since", "so far", "this year": a period that makes a toll a tally over it ("500 civilians have been killed in
   *  attacks since the start of the year"), not the toll of one attack (detect/attack.ts, with no weapon named). */
  period?: string[];
  /** «хвилиною мовчання», "commemorated": the dead remembered, not a toll of an attack told now (detect/attack.ts, a toll
   *  with no place named). */
  memorial?: string[];
  /** «окупант», «русня», «втратила … убитими»: the enemy's troops as the victims of a toll; their losses tell no strike
   *  on the place the report is about (detect/attack.ts, a toll with no place named). */
  enemy_losses?: string[];
  /** "toll of", "impact of", «вплив»: a noun that governs the attack noun right after it (a side's adjective or the
   *  weapon between), making the attacks its topic ("the toll of missile attacks across the country"), not an event. */
  governing_noun?: string[];
  /** «хакерських», «кібер», «на Бахмутському напрямку»: words that make the attack nouns of their clause no air attack
   *  (a hacker's attack, assaults on a front's direction), so an attack noun there tells no strike (detect/attack.ts). */
  not_air_attack?: string[];
  /** "as", "amid", "after": a conjunction that opens a clause of its own, so that a veto word (`modal`, `denial` …) on
   *  one side does not cancel what the other side tells: "Ukraine denies Kremlin assault as Russia launches drone
   *  attacks", "Ukraine Fends Off Drone Attack as Moscow Warns West". Like the `contrast` words, which also do this. */
  clause_join?: string[];
  /** "denied", "did not confirm": a denial cancels what its own clause tells, not the sentence ("drones fell during an
   *  overnight strike on Izmail, a claim that Romania denied" still tells the strike). */
  denial?: string[];
  /** "asked residents to", "urging them to", "report any": a call to the public names what people should do ("keep
   *  away from any fragments", "heed the air raid sirens"), not something that happened. Cancels its clause. */
  appeal?: string[];
  /** "near-constant", "daily", "has increased its": attacks told as a habit or a trend, not as an event (docs/eval.md,
   *  "Event reports and passing mentions"). Cancels its clause. */
  habitual?: string[];
  /** "used by", "being deployed", "supplying": a weapon's use or supply told as what the weapon is for. Before a
   *  `use_purpose` word that governs an attack word a few words on, in the weapon's clause, the attack is the weapon's
   *  purpose, no event ("the Shahed drones used by Russia in its attacks on Ukrainian cities are made of Western parts"),
   *  unless the clause has a time, count, named target, `one_event` word or later `event_verb` of its own, or the
   *  sentence a casualty toll (refine/described-use.ts). Participles and gerunds only: an active past or a finite
   *  perfect is none ("Russia used drones to strike Kyiv", "Ukraine has used ATACMS to strike Russia for the first
   *  time" tell the strike). */
  weapon_use?: string[];
  /** "to", "for", "in": the purpose a `weapon_use` word gives its weapon ("used … in attacks", "supplying … for
   *  attacks", "deployed … to strike"). */
  use_purpose?: string[];
  /** "first": a word that measures one event, never a practice ("drones being used by Ukraine to strike Russia for the
   *  first time"). It keeps a described weapon's strike (refine/described-use.ts); the superlatives of `record` do not,
   *  as they rank a practice too ("the drones used by Russia in most attacks on Ukraine"). */
  one_event?: string[];
  /** "hit", "exploded over", "crashed into": a verb of striking that tells the event itself. After a described weapon's
   *  attack word it is the clause's main verb, and the strike stays ("drones being used in the attack on Kharkiv
   *  exploded over the city"); a verb of striking of another sense ("struck a deal") is none. */
  event_verb?: string[];
  /** "last year", «в прошлом месяце», «торік», "in the first days of the war": words that date what their sentence tells
   *  well before the report's week. The sentence's facts are history (docs/eval.md, "Past events"), marked
   *  `historical` like a past year's («в июле 2022 года»), even in a post with no date of its own. */
  long_ago?: string[];
  /** "since", «с тех пор как», «з початку»: a `long_ago` word after one in its clause starts a span that reaches today
   *  ("the biggest attack since the invasion began last year"), so it dates nothing. */
  since?: string[];
  /** "at the start of the invasion", «в начале СВО», «на початку вторгнення»: the full-scale war's first days named
   *  from later. Words of long ago too, but refine/historical.ts reads them with the war's own date: in a report of the
   *  war's first week they date nothing, and a fact whose own time is of the report's week is the week's news. */
  war_start?: string[];
  /** "unlike", "last seen", «как и», «як і»: right before a `war_start` word, the war's start is what the clause's
   *  event is compared with ("Unlike at the start of the war, air defences shot down all the drones overnight"), no
   *  date. Other words of long ago keep dating after them («Напомним, как в прошлом месяце …»). */
  compared_with?: string[];
  /** "that night", "then", «в тот вечер», «тогда», «тоді», «в результаті»: a sentence that refers back to the time
   *  or the event told before it. After a lead dated long ago it goes on telling that past (refine/historical.ts,
   *  `PastStory`). */
  story_then?: string[];
  /** "now", "again", "has just", «сейчас», «снова», «зараз», «щойно», "since then": a sentence told from today, which
   *  ends a story told from the past (refine/historical.ts, `PastStory`). */
  story_now?: string[];
  /** "after", «после», «після»: opening a sentence after a lead dated long ago, it sets the sentence after the event told
   *  before («После взрыва в квартире начался пожар»), which goes on telling that past (refine/historical.ts). */
  story_after?: string[];
  /** "since the start of the war", «с начала СВО», «з початку повномасштабного вторгнення»: a span that starts long
   *  before the report's week and runs to today. What a sentence with one counts is a tally over that span ("one in
   *  ten hospitals have been damaged by attacks since Russia's invasion"), not an event of this week, unless the
   *  sentence measures one event by it (a `record` word: "Lutsk's heaviest raid since the start of the war"). Its facts
   *  are marked `historical` (refine/historical.ts, `tallyFacts`). */
  tally_span?: string[];
  /** "biggest", "most", "first", «крупнейший», «впервые», «наймасованіша»: a superlative or an ordinal that measures
   *  one event against a `tally_span` ("the first drone strike on Moscow since the start of the war"). */
  record?: string[];
  /** "st", "th", «-я», «-та»: what follows the digits of an ordinal ("the 500th attack", «300-я атака»). An ordinal in
   *  digits measures one event against a `tally_span` as a `record` word does (refine/historical.ts, `tallyFacts`). */
  ordinal_suffixes?: string[];
  /** «СВУ», «вибухівка», "car bomb", «вибух газу»: a blast planted, posted or of gas, no air attack. In a report that
   *  names one, a blast word alone is no sign of an attack (run.ts), so its blast and toll give no fact unless the
   *  report names a weapon or a strike as well. */
  ground_blast?: string[];
  /** "sent 26 drones at its territory", "launched 14 cruise missiles at Ukraine": launch verbs whose number is the
   *  size of the wave aimed, not how many struck. A launch by such a verb that no interception takes in is a strike
   *  with no count (docs/eval.md, "Launched belongs on interceptions"); «скинуто 4 КАБ» (bombs dropped) counts. In
   *  Russian and Ukrainian the verbs of firing and using («выпустили», «были применены», «застосував»), not those of
   *  attacking: «атакував 12 безпілотниками Роботине», a regional tally, counts the strikes. */
  fired_at?: string[];
  /** "accuses Kyiv of", "blaming Moscow for": a verb of blame right before a capital the lexicon lists as a side makes
   *  it the state, not a place where anything happened. */
  accuses?: string[];
  /** "Drones target Moscow region", "drones strike Moscow residential areas": a present-tense verb of striking that
   *  reads as one only right after its weapon subject ("target" and "strike" are nouns elsewhere). */
  weapon_verb?: string[];
  /** "Russian missiles strike police HQ", "drones attack overnight", "missiles batter Ukraine's cities": a
   *  present-tense verb of striking read as one right after a plural weapon subject, whatever follows it (a singular
   *  before it is the attack noun: "a drone attack"). Only with a side's adjective before the weapon or a place the
   *  sentence names (detect/attack.ts, `pluralSubjectStrikes`). */
  plural_weapon_verb?: string[];
  /** "hit", "slammed into": a verb that tells a weapon landed on what it struck, so a strike told by it is no attack
   *  that an interception of the same weapon introduces (refine/merge-parts.ts, `landed`). Not "exploded over", where
   *  weapons are shot down. */
  landed_verb?: string[];
  /** «горить», «палає», "is burning": a verb of burning is a fire only when its sentence names what burns (an
   *  object: «палає нафтобаза»); «Хай ворог палає!», «як воно горить» in a video's caption are none. The nouns
   *  («пожежа») are `fire`. */
  burning?: string[];
  /** «відновлено електропостачання», «над відновленням пошкоджених будівель працювали»: repairs after an attack tell
   *  what was mended, not a power cut or damage of their own. Like `modal`, it cancels the facts of its own clause. */
  restoration?: string[];
  /** «плановые», «ремонт», «планові», "scheduled maintenance": a power cut in its clause is the grid's own planned
   *  work, no effect of an attack, unless the sentence names an attack (run.ts `plannedOutages`). */
  planned?: string[];
  /** «нададуть», «поставят», «пакет допомоги»: weapons given, not fired; a sentence that tells no attack and names a
   *  type so types no missile of the report (run.ts `weaponsUsed`). Ukrainian and Russian only so far; never a verb
   *  that also reports («передали»), a noun of any delivery («поставки») or a verb of permission («не дозволили
   *  ракетам долетіти» is the air defence's). */
  supplied?: string[];
  /** "carried out the attack with", "attacks … were carried out by", "attributed the attack to": the words that name
   *  an attack's means; the weapon right after them is what struck. */
  attack_means?: string[];
  /** «Окупаційна влада звинувачує українські безпілотники», «звинуватила український безпілотник у пожежі»: a verb of
   *  blame with the weapon as its object, after the report told a fire or an explosion. The blamed weapon struck
   *  there (detect/attack.ts `attackMeans`); the fire or blast is the attack the phrase names. */
  blamed_on?: string[];
  /** "but", «але», «но»: after an interception verb, the weapons of the clause this opens are not what it counts
   *  ("shot down one Kinzhal, while another two hit the district", «вдалося збити 40 БпЛА, але десятки ще в
   *  повітрі»), unless that clause has an interception verb of its own. */
  contrast: string[];
  /** Verbs of bringing down something that flies («сбили», «збито», "shot down"): an aircraft they bring down was shot
   *  down, not struck on the ground as a target («знищили літак на аеродромі»). */
  shoot_down: string[];
  /** Active verbs of destroying ("destroyed", "destroying", «уничтожил», «знищила») of the `interception` and
   *  `progressive` words: a weapon as their subject may have destroyed a target on the ground. Verbs of intercepting
   *  and shooting down are left out: what a weapon intercepts flew. */
  destroying?: string[];
  /** Verbs of repelling an attack ("repelled", "repelling", "fended off"), of the `interception` and `progressive`
   *  words: what they take is the attack, which was defended against, never a target hit. A noun before or after them
   *  ("Russian warships repelled a drone attack", "repelling a drone attack on the airport") is the defender or where
   *  the attack was aimed, not something destroyed (`destroysTarget`, `targetBefore`, as for a `shoot_down` word). */
  repelling?: string[];
  /** Aircraft a verb of shooting down (`shoot_down`) can bring down, in the forms that stand as its object or subject
   *  («збито ворожий літак Су-25», «Як збили А-50»): an interception with no weapon class (docs/eval.md has none for
   *  aircraft). `aircraft` forms are singular (one when no number stands before them); `aircraft_plural` forms need
   *  the number. Forms after a preposition (the genitive: «ракети, випущені з літаків») are left out. */
  aircraft?: string[];
  aircraft_plural?: string[];
  /** The `shoot_down` forms that take no aircraft as their subject (passive and impersonal: «збито», «збили», «збитий»):
   *  only before these is an aircraft the one shot down («Су-34 збили над …»); before an active singular form it is the
   *  one that shoots («Екіпаж гелікоптера Мі-8 збив 5 шахедів»). */
  shoot_down_subjectless?: string[];
  /** What a verb of shooting down takes besides a weapon and a counted noun ("targets", "balloons", «цілі»): an
   *  aircraft before a verb with one of these after it is the one that shot ("Ukrainian helicopters downed several
   *  targets"), not one brought down. */
  shoot_down_object?: string[];
  /** Prepositions that put an aircraft out of the verb's reach: «ракети з Ту-95», «льотчик на Су-27» (models have no
   *  case to show it). */
  aircraft_preposition?: string[];
  /** Crews of a weapon («расчет», «экипаж», «оператор», "crew"), and its launchers («установка»): a weapon named right
   *  after one is the crew's own
   *  («уничтожили расчет ударных беспилотников»), not the means of the strike that destroyed it; before the verb the
   *  crew, not its weapon, is the subject («Операторы БПЛА уничтожили под Суджей пункт …»: a target, no weapon shot
   *  down; detect/attack.ts, `destroysTarget`). */
  crew?: string[];
  /** Verbs of falling («упал», «рухнул», «впав», "crashed"): with a weapon in the sentence, what fell is debris. */
  fell: string[];
  /** `loose`: a word that writers also use loosely for another class. English "rockets" is the rocket artillery's
   *  word (HIMARS, Grad) and the news's loose word for a missile: "4 dead in rocket strike" over a lead telling "a
   *  missile strike on a bakery". In a report that names a weapon of the `loose` class (or of a kind of it,
   *  `isKindOf`: "cruise missiles" is a missile) by a word of its own, the word is read as that class
   *  (detect/loose-weapons.ts); in one that names none, as `weapon`.
   *  `launcher`: the word names the vehicle that fires the weapon as well as the weapon («РСЗВ», «МЛРС», «РСЗО»: a
   *  multiple rocket launcher). Struck or fired from («обстріляли з РСЗВ», «41 удар МЛРС») it is the weapon; as what a
   *  verb of destroying destroyed («знищили МЛРС ворога», «уничтожены две РСЗО») it is a military target on the
   *  ground, never a weapon shot down (detect/attack.ts, `destroysTarget`). */
  weapons: {
    pattern: string;
    weapon: Weapon;
    model?: string;
    singular?: boolean;
    loose?: Weapon;
    launcher?: boolean;
  }[];
  objects: { pattern: string; object: ObjectType }[];
  /** Parts of buildings named in damage reports, and buildings a desk asks after by name (a hospital, a school), kept
   *  as the effect's detail. `near`: the word is the damage's only in the damage word's own clause and close to it, as a
   *  sentence names a hospital for many other reasons ("the injured were taken to hospital"). */
  details: { pattern: string; detail: string; near?: boolean }[];
  /** `named`: the one body a proper name's pattern names, in this language's nominative («Росавиаци*»: «Росавиация»),
   *  kept as the claimant's `institution` so the body is found by its name (docs/api.md, `q`); not on a description
   *  that fits many bodies ("officials", "ministry", "Defence Ministry" of either side). `subject`: a group more often
   *  spoken of than speaking (the victims, targets or gatherers of a report, «колаборанти») speaks only as the
   *  subject of a verb of saying, opening its clause right before it (detect/claimant.ts). */
  roles: { pattern: string; role: ClaimantRole; institution?: boolean; named?: string; subject?: boolean }[];
  /** The script this language writes people's names in (a Unicode script name, `Cyrillic`): a source named beside a
   *  verb of saying in Latin letters only («пишет Bloomberg», «сообщила Financial Times») is then a foreign outlet
   *  quoted as the source, `media` (docs/eval.md: a named outlet quoted as the source). Left out where names are
   *  written in Latin letters themselves (English). */
  names_script?: string;
  /** The language lets a noun modify the noun after it, in lower case ("a military airfield", "military hardware"): an
   *  institution's word right before a word in lower case, with no verb of saying beside it, is then that word's
   *  modifier, not a body that speaks (detect/claimant.ts). Not Russian or Ukrainian, where a body modifies in the
   *  genitive after its noun and a word in lower case after it is its verb («Укрэнерго вводит отключения»). */
  noun_modifiers_first?: boolean;
  /** A news report's lead, the body's first sentence, retells its headline's event with its source ("Russia Sends
   *  Drones at Eastern Ukraine" over "Russia launched a round of strikes …, Ukrainian officials said"): the lead's
   *  speaker speaks for the headline's facts nothing else attributes (run.ts, `leadSaid`). Read on English news only;
   *  Russian and Ukrainian posts are not scored for it (a Telegram post's first line is seldom a headline of a lead). */
  lead_retells_headline?: boolean;
  /** The air force's count in a sentence that names no place is the country's night, not the place another sentence
   *  named (refine/national-tally.ts). English news only: there the air force is quoted on the national night, while
   *  a Russian or Ukrainian Telegram post that relays it speaks of its own region. */
  air_force_national?: boolean;
  /** Phrases only one body's own posts use («дежурными средствами ПВО» is the ministry's, «локаційно втрачено» the
   *  air force's): an unsigned post written in them is that body's, as a last resort. */
  house_styles: {
    pattern: string;
    role: ClaimantRole;
    /** A phrase that is the body's only as the header of a weapon list whose lines were read («Вночі силами ППО
     *  знищено:» over «2/4 КР "Калібр"»): elsewhere anyone may write it. */
    over_list?: boolean;
  }[];
  /** Words that name a role only in a Telegram channel's name ("Odesa OVA", «Одеська ОДА»): a channel named for its
   *  owner says who speaks in its unsigned posts as the `roles` do (run.ts, `channelClaimant`), while in a report's
   *  text the word alone is no speaker ("ODA" is also aid spending; «голова ОДА» is an office the `roles` read). */
  channel_roles?: { pattern: string; role: ClaimantRole }[];
  channels: { pattern: string; channel: string }[];
  areas: { pattern: string; area: Area }[];
  /** A country named as where something happened or was aimed («по всей Украине», «на території Росії», "at
   *  Ukraine"): oblique forms and phrases only, so the side named as the subject ("Russia launched") is not one. */
  countries: { pattern: string; country: Country }[];
  /** «херсонці», «харків'яни»: a city's people, whose region (ISO 3166-2) a post that names no other place is about
   *  («прийшла на допомогу херсонцям … Внаслідок влучання пошкоджені будинки»). Context only, never a fact's own
   *  place: the people may live far from where they are. */
  residents?: { pattern: string; region: string }[];
  /** "the Kremlin", «Кремль»: a seat of power named for the city it stands in (ISO 3166-2 of that city). A place only as
   *  the object of a target preposition that ends an attack word ("a drone attack on the Kremlin", "explosions at the
   *  Kremlin", «удар по Кремлю»); elsewhere it is the state that speaks or acts ("the Kremlin said", "Kremlin
   *  officials", "pressure on the Kremlin"). `modifier`: a form that also stands before a noun as its modifier
   *  ("attack on Kremlin critics"), a place before a lower-case word only when it is a `seat_site` noun ("Kremlin
   *  walls"). */
  seats?: { pattern: string; region: string; modifier?: boolean }[];
}

interface PatternWord {
  text: string;
  /** `*`: any letters may follow. */
  prefix: boolean;
}

interface CompiledEntry<T> {
  words: PatternWord[];
  value: T;
  length: number;
}

/**
 * The patterns of one list, bucketed by the first two letters of their first word. Scanning splits the text into
 * words once and looks each word's bucket up, so the cost grows with the text, not with the number of patterns
 * (a regex alternation of a few hundred entries was tried first: it cost about 0.2 ms on a 50-character text).
 */
export interface CompiledPattern<T> {
  buckets: Map<number, Bucket<T>>;
  caseSensitive: boolean;
}

/** One bucket's entries (longest first), narrowed once more by the word's third letter: a bucket such as «по» holds
 *  dozens of patterns, and most words of a report tried each of them. Each list keeps the bucket's order and drops
 *  only entries whose first word cannot match, so the first match found is the same. */
interface Bucket<T> {
  /** For a word of one or two letters: entries whose first word has at most two. */
  short: Narrowed<T>;
  /** For a longer word, by its third letter: those, and the entries whose first word has that third letter. */
  byThird: Map<number, Narrowed<T>>;
}

/** One candidate list narrowed once more by the next word of the text: a bucket of a short function word («в», «на»,
 *  "the") holds dozens of phrases that all match their first word and then fail at the second, and a report's words
 *  tried about 900 of them, 420 failing at the second word. Each list keeps the bucket's order and drops only entries
 *  whose second word cannot match the next word (its first two letters differ), so the first match found is the same. */
interface Narrowed<T> {
  /** By the bucket key (bucketKey) of the text's next word: the entries whose second word has that key, and `any`. */
  bySecond: Map<number, CompiledEntry<T>[]>;
  /** Entries of one word, or whose second word is a stem of one letter (it may start words of many keys). */
  any: CompiledEntry<T>[];
}

function narrow<T>(list: readonly CompiledEntry<T>[]): Narrowed<T> {
  const second = (e: CompiledEntry<T>): number | null => {
    const w = e.words[1];
    return w === undefined || (w.prefix && w.text.length < 2) ? null : bucketKey(w.text);
  };
  const bySecond = new Map<number, CompiledEntry<T>[]>();
  for (const e of list) {
    const key = second(e);
    if (key !== null && !bySecond.has(key))
      bySecond.set(
        key,
        list.filter((x) => {
          const k = second(x);
          return k === null || k === key;
        }),
      );
  }
  return { bySecond, any: list.filter((e) => second(e) === null) };
}

// What may stand between the words of one pattern: spaces, hyphens, quotes («план «Ковёр»», "high-speed").
const JOINER = /^[\s\u00a0\-‐–«»"“”„'/]*$/u;

/** JOINER over text[from, to), without making the substring for the common one-space case. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
  return JOINER.test(text.slice(from, to));
}

function fold(word: string, caseSensitive: boolean): string {
  const w = word.includes('’') || word.includes('ʼ') ? word.replace(/[’ʼ]/g, "'") : word;
  if (caseSensitive) return w;
  const lower = w.toLowerCase();
  // Telegram posts type «ё» as the Latin «ë» (U+00EB) too («ребëнок», «ещë»): both read as «е», as the lexicon writes.
  return lower.includes('ё') || lower.includes('ë') ? lower.replace(/[ёë]/g, 'е') : lower;
}

// The first two characters as one number: a Map lookup with no string made per word of the text.
function bucketKey(word: string): number {
  return word.charCodeAt(0) * 0x10000 + (word.length > 1 ? word.charCodeAt(1) : 0);
}

function compileWords(pattern: string, caseSensitive: boolean): PatternWord[] {
  const prefixAll = pattern.trim();
  const out: PatternWord[] = [];
  for (const raw of prefixAll.split(/[\s/-]+/)) {
    const prefix = raw.endsWith('*');
    const core = (prefix ? raw.slice(0, -1) : raw).replace(/[«»"“”.]/g, '');
    if (core === '') continue;
    out.push({ text: fold(core, caseSensitive), prefix });
  }
  return out;
}

export function compilePatterns<T>(
  entries: readonly { pattern: string; value: T }[],
  caseSensitive = false,
): CompiledPattern<T> {
  const lists = new Map<number, CompiledEntry<T>[]>();
  for (const e of entries) {
    const words = compileWords(e.pattern, caseSensitive);
    const first = words[0];
    if (!first) continue;
    // A prefix stem of one letter ("a*") would need every word's bucket; no lexicon has one.
    if (first.prefix && first.text.length < 2)
      throw new Error(`lexicon: a one-letter stem cannot lead a pattern: ${e.pattern}`);
    const key = bucketKey(first.text);
    const list = lists.get(key) ?? [];
    list.push({ words, value: e.value, length: e.pattern.length });
    lists.set(key, list);
  }
  const buckets = new Map<number, Bucket<T>>();
  for (const [key, list] of lists) {
    // Longer patterns first, so "shot down" wins over "shot" and "high-speed air target" over "air target".
    list.sort((a, b) => b.length - a.length);
    const short = list.filter((e) => e.words[0]!.text.length <= 2);
    const byThird = new Map<number, Narrowed<T>>();
    for (const e of list) {
      const first = e.words[0]!.text;
      if (first.length > 2 && !byThird.has(first.charCodeAt(2))) {
        const third = first.charCodeAt(2);
        byThird.set(
          third,
          narrow(list.filter((x) => x.words[0]!.text.length <= 2 || x.words[0]!.text.charCodeAt(2) === third)),
        );
      }
    }
    buckets.set(key, { short: narrow(short), byThird });
  }
  return { buckets, caseSensitive };
}

/** A Latin or Cyrillic capital (А-Я, Ё, І, Ї, Є, Ґ): the only capitals our acronyms use. */
function isUpperAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f) || c === 0x490;
}

/** Abbreviations in capitals (КАБ, БЭК, HIMARS, ОВА) are matched case-sensitively, so «КАБ*» never reads «кабель». */
export function isAcronym(pattern: string): boolean {
  return /^\p{Lu}\p{Lu}/u.test(pattern);
}

export interface PatternHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/** The words of a text as offsets, once for every list that scans it. No string is made per word: a word is
 *  compared in place, and most words of a report match no bucket at all. */
export interface Tokens {
  /** As written (apostrophes unified), for case-sensitive patterns. */
  exact: string;
  /** Lower case, ё as е; same offsets as `exact` (see `folded` below for the exception). */
  lower: string;
  starts: number[];
  ends: number[];
  /** Set only when lower-casing changed the text's length (a rare İ): each word folded on its own. */
  folded: string[] | null;
}

export function tokenize(text: string): Tokens {
  // Fold the whole text once; per-word folding cost more than the matching. Lower-casing keeps the length of
  // Cyrillic and Latin text; where it does not (a rare İ), fold word by word instead.
  const exact = fold(text, true);
  const lower = fold(exact, false);
  const aligned = lower.length === text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const folded: string[] | null = aligned ? null : [];
  const n = exact.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(exact.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordChar(exact.charCodeAt(i))) i++;
      // An apostrophe inside a word (п'ять, capital's) keeps it whole.
      if (i + 1 < n && exact.charCodeAt(i) === 0x27 && isWordChar(exact.charCodeAt(i + 1))) i += 2;
      else break;
    }
    starts.push(start);
    ends.push(i);
    folded?.push(fold(exact.slice(start, i), false));
  }
  return { exact, lower, starts, ends, folded };
}

const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks (\p{L}\p{N}\p{M}), with Latin and Cyrillic decided without a regex: the
 *  unicode-class regex was a third of the lexicon's time. A character outside the BMP is not a word character. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: dashes, quotes, spaces
  return OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

/** Word `i` against one pattern word, compared in place. */
function wordMatches(w: PatternWord, tokens: Tokens, i: number, cs: boolean): boolean {
  if (!cs && tokens.folded) {
    const word = tokens.folded[i]!;
    return w.prefix ? word.startsWith(w.text) : word === w.text;
  }
  const start = tokens.starts[i]!;
  const len = tokens.ends[i]! - start;
  if (w.prefix ? len < w.text.length : len !== w.text.length) return false;
  if (!(cs ? tokens.exact : tokens.lower).startsWith(w.text, start)) return false;
  // An acronym's endings are written in lower case («ФАБы», «КАБами»); a capital after the stem is another word
  // in a shouted title («ФАБРИКУ», «КАБИНЕТ»).
  return !(cs && w.prefix && len > w.text.length && isUpperAt(tokens.exact, start + w.text.length));
}

function matchAt<T>(entry: CompiledEntry<T>, tokens: Tokens, i: number, text: string, cs: boolean): number {
  const n = entry.words.length;
  if (i + n > tokens.starts.length) return -1;
  for (let k = 0; k < n; k++) {
    if (!wordMatches(entry.words[k]!, tokens, i + k, cs)) return -1;
    if (k > 0 && !joins(text, tokens.ends[i + k - 1]!, tokens.starts[i + k]!)) return -1;
  }
  return i + n;
}

/** The entries of word `i`'s bucket that may match it and the word after it (see Bucket and Narrowed). */
function candidates<T>(bucket: Bucket<T>, tokens: Tokens, i: number, cs: boolean): CompiledEntry<T>[] {
  let third = -1;
  if (!cs && tokens.folded) {
    const word = tokens.folded[i]!;
    if (word.length > 2) third = word.charCodeAt(2);
  } else {
    const start = tokens.starts[i]!;
    if (tokens.ends[i]! - start > 2) third = (cs ? tokens.exact : tokens.lower).charCodeAt(start + 2);
  }
  const list = third === -1 ? bucket.short : (bucket.byThird.get(third) ?? bucket.short);
  if (i + 1 >= tokens.starts.length) return list.any;
  return list.bySecond.get(keyAt(tokens, i + 1, cs)) ?? list.any;
}

function keyAt(tokens: Tokens, i: number, cs: boolean): number {
  if (!cs && tokens.folded) return bucketKey(tokens.folded[i]!);
  const s = cs ? tokens.exact : tokens.lower;
  const start = tokens.starts[i]!;
  return s.charCodeAt(start) * 0x10000 + (tokens.ends[i]! - start > 1 ? s.charCodeAt(start + 1) : 0);
}

export function scan<T>(compiled: CompiledPattern<T>, text: string, tokens: Tokens = tokenize(text)): PatternHit<T>[] {
  const hits: PatternHit<T>[] = [];
  const cs = compiled.caseSensitive;
  const n = tokens.starts.length;
  for (let i = 0; i < n; ) {
    const start = tokens.starts[i]!;
    // Acronym patterns all start with two capitals («КАБ», "HIMARS"): other words cannot start one.
    if (cs && !(isUpperAt(tokens.exact, start) && isUpperAt(tokens.exact, start + 1))) {
      i++;
      continue;
    }
    const bucket = compiled.buckets.get(keyAt(tokens, i, cs));
    let next = -1;
    let value: T | undefined;
    if (bucket) {
      for (const entry of candidates(bucket, tokens, i, cs)) {
        next = matchAt(entry, tokens, i, text, cs);
        if (next !== -1) {
          value = entry.value;
          break;
        }
      }
    }
    if (next === -1) {
      i++;
      continue;
    }
    const end = tokens.ends[next - 1]!;
    hits.push({ start, end, text: text.slice(start, end), value: value as T });
    i = next;
  }
  return hits;
}
