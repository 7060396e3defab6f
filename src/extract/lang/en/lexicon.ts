import type { Lexicon } from '../../lexicon.ts';

// The verbs of a launch: a launch's count (`launched`) and, before "at" and its target, the wave aimed (`fired_at`).
// A verb of cutting or knocking out, in any form, before its power noun: "strike knocks out electricity", "knocking
// out electricity to a district", "wiping out power in several regions", "knock out power in Odesa" (en24: dev
// leads rss-045a8ef184fe2c9c, rss-c0d083b5cab14674, rss-a1e5d06eaea4e9cb, rss-e3912a0c792b2a12). Every verb with
// every noun, so that no form is listed for one text.
const POWER_CUTS = ['cut', 'cuts', 'cutting', 'knock out', 'knocks out', 'knocking out', 'knocked out']
  .concat(['wipe out', 'wipes out', 'wiping out', 'wiped out'])
  .flatMap((verb) => ['power', 'electricity'].map((noun) => `${verb} ${noun}`));

const LAUNCH_VERBS = [
  'launched',
  'launches',
  'launching',
  'attacked with',
  'fired',
  'fires',
  'firing',
  'unleashed',
  'unleashes',
];

export const en: Lexicon = {
  lang: 'en',
  interception: [
    'destroyed',
    'destroy',
    'destroys',
    'destruction of',
    'shot down',
    'shoot down',
    'shoots down',
    'downed',
    'intercepted',
    'interception of',
    'intercepts',
    'neutralized',
    'neutralised',
    'suppressed',
    'repelled',
    'repels',
    'repulsed',
    // Headline present tense and the attack foiled: "Russia downs 20 drones", "Moscow thwarts drone attack on Crimea".
    'downs',
    'thwarted',
    'thwarts',
    'foiled',
    'foils',
    'fended off',
    'fends off',
    'eliminated',
    // A phrasal verb takes a pronoun object between its two words: "Ukraine says it shot them all down", "air
    // defences shot nearly all of them down" (detect/attack.ts reads the pronoun as the weapons told before).
    'shot them down',
    'shoot them down',
    'shot them all down',
    'shoot them all down',
    'shot all of them down',
    'shoot all of them down',
    'shot most of them down',
    'shoot most of them down',
    'shot nearly all of them down',
    'shoot nearly all of them down',
    'shot almost all of them down',
    'shoot almost all of them down',
    'shot many of them down',
    'shoot many of them down',
    'shot several of them down',
    'shoot several of them down',
    'shot some of them down',
    'shoot some of them down',
    'shot both of them down',
    'shoot both of them down',
  ],
  progressive: [
    'destroying',
    'shooting down',
    'intercepting',
    'downing',
    'are repelling',
    'is repelling',
    'are repelling an attack',
    // A participle of a headline or caption: "units near Kherson repelling an air attack" (enx33).
    'repelling',
  ],
  attack_noun: [
    'attack',
    'attacks',
    'strike',
    'strikes',
    'airstrike',
    'airstrikes',
    'air strike',
    'air strikes',
    'shelling',
    'air raid',
    'raid',
    'raids',
    'bombardment',
    // Nouns of a wave of weapons: "a missile barrage", "a volley of Russian missiles", "a drone onslaught".
    'barrage',
    'barrages',
    'volley',
    'volleys',
    'salvo',
    'salvos',
    'onslaught',
    // "a drone blitz on the grid", "a missile blitz": a headline's wave of weapons (enweap32).
    'blitz',
    'blitzes',
  ],
  strike: [
    'attack on',
    'attacks on',
    'strike on',
    'strikes on',
    'airstrikes on',
    'air strikes on',
    'dropped',
    'attacked',
    'targeted',
    'targeting',
    'struck',
    'hit',
    'hits',
    'crashed into',
    'slammed into',
    // Headline verbs of hitting: "Russian rockets slam into apartments", "Russia pummels Kyiv with drones".
    'slam into',
    'slams into',
    'crash into',
    'crashes into',
    'smashed into',
    'smash into',
    'smashes into',
    'rained down on',
    'rain down on',
    'rains down on',
    'pounded',
    'pounds',
    'pummeled',
    'pummelled',
    'pummels',
    'exploded over',
    'exploded near',
    // Artillery told as a verb: "a frontier hamlet was shelled by Ukrainian units", "Russian troops shelled
    // Marhanets overnight" (docs/eval.md: shelling of a named place is a strike, weapon null). Not "shelled out"
    // (`phrasal_particle`).
    // Not "shells": a noun as often ("sent artillery shells to Kyiv").
    'shelled',
    // A place that takes the blow of an attack, in the passive or after a verb of suffering it: "Ukraine rocked by
    // massive Russian missile barrage", "Dnipro reels from deadly Russian missile strike", "Rostov-on-Don … Is Rocked by
    // Drone Strikes" (enrecall34: dev leads rss-2fcc63d388a4e2a4, rss-46acdc2928232289, rss-b0742e65cc837abd). Not
    // "rocks"/"shakes" before an object, a metaphor as often ("strikes rock the stock exchange"); with no weapon and
    // no place struck ("Kyiv rocked by corruption scandal") the rule that reads the verb finds no strike.
    'rocked by',
    'shaken by',
    'reels from',
    'reel from',
    'reeling from',
  ],
  launched: LAUNCH_VERBS,
  accuses: ['accuses', 'accused', 'accusing', 'blames', 'blamed', 'blaming'],
  // Not "rock"/"shake": metaphors as often as blows ("drone strikes shake Kyiv's confidence", "missile strikes rock
  // Moscow stock exchange"; review of enweap28).
  weapon_verb: ['target', 'targets', 'strike', 'pound', 'pounds'],
  // A headline's present after a plural weapon: "Russian missiles strike police HQ", "as drones attack
  // overnight", "Russian missiles batter Ukraine's cities". Not the third person ("strikes", "attacks"): after a
  // singular weapon those are the attack noun ("a drone attacks" is rare, "drone attacks on Kyiv" common).
  plural_weapon_verb: ['strike', 'attack', 'batter'],
  fired_at: LAUNCH_VERBS,
  // "Russia fires cruise missiles into Lviv", "missiles launched into Ukraine": a launch into a place aims at it.
  target_preposition: ['on', 'against', 'at', 'into'],
  // "such as" goes on a list as "as well as" does; as one entry it also keeps its "as" from opening a clause of its
  // own (`clause_join`): "denied that weapons such as Russian drones hit a hospital" stays one denied clause.
  list_continuation: ['as well as', 'and also', 'such as'],
  // "in and around Kyiv" is in Kyiv: read as one preposition, its "around" is no `outskirts` word.
  place_preposition: ['in', 'at', 'over', 'near', 'outside', 'in and around'],
  modal: [
    'may be',
    'may have',
    'may signal',
    'may indicate',
    'might',
    'could',
    'would',
    'potential',
    'suggest',
    'suggests',
    // Spelled out, not 'warn*': a wildcard entry hides the same word in another list ("as Moscow warns": the state).
    'warn',
    // Ahead of publication: "Russia will hit Kyiv with 100 drones later this week" (time.json gives it no window).
    'later this week',
    'later in the week',
    'warns',
    'warned',
    'warning',
    'warnings',
    'threaten*',
    // "the threat of shelling", "threats of drone attacks": a danger named, not an attack told.
    'threat of',
    'threats of',
    'if',
    'plans to',
    'capable of',
    // Attacks braced or prepared for are still to come: "Odesa Braces for Another Night of Drone Attacks", "the
    // governor urged towns to prepare for strikes on the power grid", "crews preparing for new attack".
    'brace for',
    'braces for',
    'braced for',
    'bracing for',
    'prepare for',
    'prepares for',
    'prepared for',
    'preparing for',
    // Capability, not an event: "rockets that can reach Russian bases", "a battery which can bring down drones" (a wish,
    // "seeks to hit", is in `aim`).
    'can',
  ],
  grammar: {
    // Which side a body's speaker is of (refine/headline-claimant.ts): "Russia's defence ministry said".
    // The capital speaks for its state in a speaker's phrase too: "Kyiv says …", "Moscow says …" (an `attacker` hit,
    // which gives no side).
    russia_possessive: ["Russia's", 'Russia’s', "Moscow's", 'Moscow’s', 'Moscow'],
    ukraine_possessive: ["Ukraine's", 'Ukraine’s', "Kyiv's", 'Kyiv’s', "Kiev's", 'Kiev’s', 'Kyiv', 'Kiev'],
    conjunction: ['and'],
    // "aimed at the city of Dnipro and 7 other areas, has left at least four dead": a toll over several places.
    other_places: [
      'other cities',
      'other towns',
      'other areas',
      'other regions',
      'other places',
      // "Kyiv and other Ukrainian cities", "Belgorod and two other Russian regions". (Not "elsewhere": "in Kherson and
      // elsewhere in the city" is inside the place, and a bare "elsewhere" took such a place's toll away.)
      'other Ukrainian cities',
      'other Ukrainian towns',
      'other Ukrainian regions',
      'other Russian cities',
      'other Russian towns',
      'other Russian regions',
      'other parts of the country',
    ],
    // "Russian missiles hit multiple cities" over a lead on Dnipro: the headline's wave is more than the lead's city.
    many_places: [
      'multiple cities',
      'several cities',
      'many cities',
      'major cities',
      "Ukraine's cities",
      'Ukraine’s cities',
      'Ukrainian cities',
      'Russian cities',
      'cities and towns',
      'towns and cities',
    ],
    // "32 drones, including near Moscow", "almost 40 drones, chiefly over Crimea", "60 missiles, most of them at Lviv":
    // the place is a part of the wave the count tells (refine/part-of-whole.ts).
    part_marker: ['including', 'chiefly', 'most of them'],
    // "other areas of the region", "other towns in the Kharkiv region": before a region word (perhaps with its name), the
    // other places lie inside the region named, so the region is the whole, not a part.
    others_within: ['of the', 'in the', 'of', 'in'],
    from: ['from'],
    // "launched from the territory of Belarus": words between "from" and the launch site's country.
    from_frame: ['the territory of', 'territory of', 'the direction of', 'direction of'],
    destination: ['to', 'toward', 'towards'],
    peninsula: ['peninsula'],
    of: ['of', 'of the', 'out of', 'out of the'],
    // "killed a child of three", "a man of 45": after a person word, the number is an age, no count.
    age_of: ['of', 'aged'],
    // "Nine people, including a child, were injured": a part of those the count before it counts.
    people_part: ['including', 'among them', 'among whom', 'of whom'],
    // "including a child", "a teenager was killed"; "including three children", "two children were injured".
    child_one: [
      'child',
      'baby',
      'infant',
      'toddler',
      'newborn',
      'teenager',
      'teen',
      'boy',
      'girl',
      'schoolboy',
      'schoolgirl',
      'kid',
      // Not 'minor': "two with minor injuries" is the adjective; the noun is read in its plural, 'minors'.
    ],
    child_many: [
      'children',
      'babies',
      'infants',
      'toddlers',
      'teenagers',
      'teens',
      'boys',
      'girls',
      'schoolchildren',
      'kids',
      'minors',
    ],
    // "including a mother of three children", "including the father of a newborn": the parent is the victim.
    child_relation: ['mother', 'father', 'parent', 'parents', 'mom', 'mum', 'dad', 'family', 'guardian'],
    child_none: ['no', 'none', 'not'],
    all: ['all'],
    not_all: ['not', 'almost', 'nearly'],
    not: ['not'],
    both: ['both'],
    near: ['near', 'off', 'off the coast of'],
    over: ['over', 'in'],
    including: ['including', 'of which'],
    those: ['them', 'which'],
    bare_count: ['using', 'pieces', 'while'],
    lasting: ['still'],
    to: ['to'],
    // Not "that": it opens clauses ("officials said that missile strikes …").
    definite: ['the', 'this', 'these'],
    restrictions_lifted: ['lifted', 'removed', 'reopened', 'resumed'],
    flight: ['flight'],
    air_traffic: ['arrivals', 'departures', 'flights', 'flight', 'aircraft', 'air traffic'],
    closure_plan: ['carpet plan', 'kovyor', 'kovyor plan', 'kover plan'],
    none: ['none'],
    in_total: ['in total', 'in all', 'a total of'],
    attack_plural: ['attacks', 'strikes', 'raids'],
    one_attack_article: ['a', 'an', 'the'],
    attack_back: ['the', 'this', 'that'],
    // "a drone attack in the port city", "a rocket strike near Vuhledar": where the one attack fell. Not "at" (a time:
    // "at night") nor "across" (a country's own entry reads "across Ukraine").
    attack_place: ['in', 'near'],
    // "during a Russian attack in Sumy", "following a Ukrainian strike near Tokmak": the one attack a lead reports
    // as past, as «під час обстрілу» does (detect/attack.ts). Only before a singular noun: "during attacks on Kharkiv"
    // is a tally.
    cause_near: ['during', 'after', 'following', 'in the wake of'],
    // "the mayor said schools would reopen after the strike": the attack dates what the speaker says, which tells of
    // something else (run.ts, speaksOfAttack).
    later_than: ['after', 'following', 'in the wake of', 'since'],
    // "one of Russia's heaviest drone strikes", "the largest Russian missile attack in two weeks".
    superlative: ['largest', 'biggest', 'deadliest', 'heaviest', 'most massive', 'most powerful', 'most intense'],
    // An attack judged, avenged, feared or still to come, a few words before its noun: "the trial over the drone
    // attack near Kherson", "revenge for a drone attack in Moscow", "preparing its largest drone attack yet",
    // "officials fear the biggest missile strike". Read only before a noun (not a clause veto: "residents who fear
    // more attacks said a missile hit a school" is news).
    // "and recalled the strike on Sumy": what follows brings back an event told before (detect/clause-attacks.ts).
    recall: ['recalled', 'recalling', 'recall that', 'reminded', 'as a reminder'],
    // "Looking back: the worst attack on Lviv since 2022 …": a record in a sentence that looks back is the old event
    // (refine/historical.ts `measuredSince`).
    look_back: ['looking back', 'look back', 'remember*', 'recall*', 'anniversary', 'years on', 'commemorat*'],
    // "the largest attack on the port since the war began in 2014, when a missile hit the pier" (`measuredSince`).
    span_relative: ['when', 'which', 'where'],
    figurative_object: ['fear', 'a chord', 'chord', 'a deal', 'deal', 'a balance', 'a pose', 'gold', 'a nerve'],
    // "Why Russian drones attack power plants in winter" (review of enstrike29): an explainer, as "how" is.
    question_opener: ['why', 'when', 'where'],
    // "Sumy church missile attack leaves parishioners grieving", "Russian strikes kill 27": the attack noun's own verb
    // (detect/attack.ts, `nounSubjectStrikes`). Present and past of the headline; not "hit" (a noun after "strike").
    noun_effect_verb: ['leaves', 'leave', 'left', 'kills', 'kill', 'killed'],
    // "Russian attacks hit towns across Ukraine", "Ukrainian drone attack strikes Belgorod": a blow landing; a
    // side or a weapon before the noun, so "strikes" is no second noun. Not "struck" ("struck a deal").
    noun_landing_verb: ['hit', 'hits', 'strikes'],
    // "drone strikes shake Lviv and Rivne": only with a place right after (`object_end` behind it).
    noun_blow_verb: ['rock', 'rocks', 'rocked', 'shake', 'shakes', 'shook'],
    // "after Israeli drone strikes", "Israeli Missile Strikes Kill …": a side of another war before the attack phrase,
    // in any case (a headline's title case hides the capital): its attacks are abroad (detect/attack.ts, `headedAsNews`,
    // `nounSubjectStrikes`). Not "Iranian" (the Shaheds Russia fires are "Iranian drones") nor Belarus's neighbours.
    foreign_side: [
      'Israeli',
      'American',
      'Saudi',
      'Saudi-led',
      'Syrian',
      'Turkish',
      'Houthi',
      'Yemeni',
      'Pakistani',
      'Indian',
      'Azerbaijani',
      'Armenian',
      'Palestinian',
      'Lebanese',
      'Iraqi',
      'Sudanese',
      'Ethiopian',
      'Somali',
      'Afghan',
      'Hamas',
      'Hezbollah',
      'NATO',
    ],
    // "Russian strikes kill 3 as Biden visits Kyiv": a word that opens another clause after the attack noun's verb; a
    // place past it is not where the attack struck (`nounSubjectStrikes`).
    verb_clause_end: ['as', 'while', 'amid', 'when', 'before', 'during', 'despite'],
    object_end: ['after', 'as', 'amid', 'following', 'overnight', 'on', 'in', 'again'],
    // "Russian drones strike mainly at night", "drones attack less often than in 2023": a habit or a comparison.
    frequency: [
      'mainly',
      'mostly',
      'usually',
      'typically',
      'generally',
      'often',
      'frequently',
      'rarely',
      'seldom',
      'sometimes',
      'always',
      'less often',
      'more often',
      'less frequently',
      'more frequently',
      'most nights',
      'every night',
    ],
    // "The drones failed to hit any targets", "Hardly any drones hit the city", "drones hit nothing of value".
    landing_denied: ['failed to', 'fail to', 'hardly', 'barely', 'scarcely', 'nothing'],
    talked_of: [
      'trial over',
      'trial for',
      'suspect in',
      'suspects in',
      'revenge for',
      'retaliation for',
      'anniversary of',
      // A court's word: the attack it names is the past one it refers to ("charged an officer over the drone strike").
      'charged',
      'probe into',
      'investigation into',
      'prevented',
      'recalled',
      'preparing',
      'prepares',
      'ready to launch',
      'fear',
      'fears',
      'feared',
      'expects',
      'expected',
      'anticipating',
      'likely',
    ],
    attempted: ['attempted', 'attempting'],
    attempted_to: ['attempted to', 'attempting to', 'tried to', 'trying to'],
    attack_news: ['overnight', 'night of', 'nights of', 'day of', 'days of'],
    attack_news_verb: ['reports', 'reported'],
    reports_noun: ['reports of'],
    attack_news_after: ['reported', 'continue', 'continued', 'carried into'],
    // "continued to be a danger", "continued to rise": what an infinitive after the verb says is a state or a trend of
    // the attacks more often than attacks that went on ("continue to pound Kharkiv" is lost with it).
    state_infinitive: ['to'],
    invasion_into: ['into'],
    // A preposition that makes the noun after it a topic ("an analysis on overnight drone attacks", "research into …").
    topic_preposition: ['of', 'on', 'into', 'about', 'over', 'for', 'regarding', 'concerning'],
    // "Officials reported drone attacks", "Governor reports …": a person or office that reports what it sees.
    news_reporter: ['official', 'officials', 'governor', 'mayor', 'authorities', 'military', 'army', 'ministry'],
    // "drone attacks in Kyiv became routine": a verb after the attacks that judges them, not news.
    trend_predicate: ['became', 'become', 'becomes', 'remain', 'remained', 'remains', 'grew', 'grow'],
    news_head: ['after', 'following', 'in the wake of', 'reaction to', 'in response to'],
    // en40: a condemnation's object happened ("Zelenskiy Condemns Latest Russian Drone Strikes", "Biden Condemns Russia's
    // Missile Strikes on Ukraine"; DEVELOP rss-2eac58b5, rss-b6892ed4, rss-0d63eb3a).
    condemning: ['condemns', 'condemned', 'condemn', 'condemning'],
    // "Explosions in Kharkiv were from air defence fire", "Blasts heard in Kyiv were air defences at work": a blast
    // told as the defence's own is the interception (review 40a #5; refine/tidy.ts).
    defence_blast: ['air defence', 'air defences', 'air defense', 'air defenses', 'air-defence', 'air-defense'].concat([
      'anti-aircraft',
      'interceptor',
      'interceptors',
    ]),
    // "China Refuses to Condemn Russia's Missile Strikes", "did not condemn": a condemnation withheld tells no attack
    // (review 40a #6).
    condemn_withheld: [
      'not',
      'never',
      "didn't",
      "doesn't",
      "don't",
      "won't",
      'didn’t',
      'doesn’t',
      'won’t',
      'refuses to',
      'refused to',
      'refuse to',
      'refusing to',
      'fails to',
    ]
      .concat(['failed to', 'fail to', 'failing to', 'declines to', 'declined to', 'decline to', 'declining to'])
      .concat(['stops short of', 'stopped short of', 'avoids', 'avoided', 'without']),
    // "Days after drone strikes, …": a span since the attack, so it is not the report's news (review of ennoun30).
    // Not "hours": "hours after the drone attack" is the same day's news, and "burned for hours following a strike" a
    // duration.
    elapsed: ['year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades', 'days'],
    // "Tuesday's Poltava missile strike": the possessive ending of a time that dates the noun phrase it opens.
    possessive: ["'s", '’s'],
    // A verb of intercepting: a military target after it (an aircraft) was shot down, not struck.
    intercepting: ['intercepted', 'intercepts', 'intercept', 'intercepting'],
    // "repelling a Russian air attack", "Kyiv repels aerial attack": an attack from the air, its weapon untold (enx33).
    air_modifier: ['air', 'aerial'],
    // "Russia attacked with the rarely used Kinzhal missile", "Russia launched a predawn assault with missiles and
    // drones" (enrecall34: dev leads rss-5a18e7c6f24c696c, rss-bed4bcbb002726d9, rss-827728d6106ec994).
    means_preposition: ['with'],
    launched_noun: ['assault', 'assaults'],
    own_agent: ['by', 'from'],
    attack_head: [
      // "Kharkiv missile strike anniversary", "Odesa drone attack survivors sue": the attack names a date or people.
      'anniversary',
      'survivors',
      'exercise',
      'exercises',
      'drill',
      'drills',
      'threat',
      'threats',
      'warning',
      'alert',
      'risk',
      'scenario',
      'simulation',
      // "Trial begins after Kremenchuk missile strike probe": the inquiry is the news, not the attack.
      'probe',
      'inquiry',
      'investigation',
      'trial',
      'verdict',
      'memorial',
    ],
    item_place: ['over', 'in'],
    item_approach: ['near', 'approaching', 'as they approached', 'on approach to'],
    within_region: ['in'],
    region_title: ['of', 'the', 'region', 'oblast', 'regional'],
    // The desks' labels before a headline's colon (en40, trial 40 #8; dev leads rss-f5816a58e3c23f42,
    // rss-25afd00f29a54c99, rss-962c23aa0e3b3d9a, rss-257556e0a478b081, rss-85ddc8d0417ca41e).
    kicker: ['live updates', 'live update', 'live', 'live now', 'watch live', 'watch', 'analysis', 'explainer']
      .concat(['opinion', 'factbox', 'fact check', 'breaking', 'breaking news', 'update', 'exclusive', 'video'])
      .concat(['editorial', 'in pictures', 'photos', 'timeline', 'q&a', 'interview', 'review', 'commentary']),
    former_office: ['former', 'ex-', 'ex'],
    name_title: ['president', 'prime', 'minister', 'governor', 'mayor', 'spokesman', 'spokeswoman'],
    head_of: ['head of', 'chief of', 'commander of', 'commander-in-chief of', 'chief commander of'],
    head_title: [
      'head',
      'chief',
      'spokesman',
      'spokeswoman',
      'spokesperson',
      'spokesmen',
      'spokeswomen',
      'spokespeople',
    ],
    pronoun_tail: ['were', 'of them'],
    air_target_head: ['target', 'targets'],
    // "shot down most of them", "Several were shot down": how many of the weapons told before a pronoun stands for.
    quantifier: ['all', 'nearly all', 'almost all', 'most', 'several', 'many', 'some', 'both'],
    object_pronoun: ['them'],
    // "it shot them all down", "they destroyed most of them": the subject of a verb of shooting down that refers back
    // to the side, not to a thing that could be what the pronoun stands for.
    subject_pronoun: ['it', 'they', 'we'],
    // "Air defences shot many of them down", "Ukrainian pilots destroyed all of them": the ones who shoot weapons down,
    // a subject that leaves the pronoun to the weapons. Not "troops", "the fire".
    defender_subject: [
      'air defence',
      'air defences',
      'air defense',
      'air defenses',
      'air-defence',
      'air-defense',
      'anti-aircraft',
      'pilots',
      'air force',
      'gunners',
      'Patriot',
      'NASAMS',
      'IRIS-T',
    ],
    // "Ukraine used long-range missiles to strike a depot": the weapon used, and the verb it was used to strike with;
    // "has used" (`perfect_aux`) tells a practice.
    used_means: ['used'],
    used_for: ['to'],
    perfect_aux: ['has', 'have'],
    // "The money was used to buy drones": the passive tells what a thing served for, no strike.
    passive_aux: ['was', 'were', 'is', 'are', 'been', 'be'],
    // "used Iranian drones throughout the winter to strike Odesa": a span of time makes the use a practice.
    practice_span: [
      'throughout',
      'repeatedly',
      'regularly',
      'routinely',
      'often',
      'for months',
      'for weeks',
      'for years',
    ],
    // "A drone attack in Kharkiv is likely tonight": only an indefinite attack noun can be forecast; "the attack",
    // "Sunday's strike" is one told.
    indefinite_article: ['a', 'an'],
    // "an overnight drone attack", "its Saturday evening strike": a determiner before a time and an attack noun makes
    // the time the noun's, even after a verb of saying (run.ts `modifiesAttack`).
    determiner: ['a', 'an', 'the', 'its', 'their'],
    // "a missile strike on the port where grain ships are expected": a relative clause's predicate is not the noun's.
    relative_word: ['that', 'where', 'whose', 'which', 'who', 'when'],
    strike_infinitive: ['strike', 'hit', 'attack', 'target', 'bomb'],
    // "A drone attack in Kharkiv is likely tonight": the predicate of an attack noun that forecasts it. Not "will" ("the
    // drone attack on Moscow will not go unanswered" told one past).
    hedged_predicate: [
      'is likely',
      'are likely',
      'is expected',
      'are expected',
      'is possible',
      'are possible',
      'is imminent',
      'are imminent',
      'is feared',
      'are feared',
      'is coming',
      'are coming',
      'is being prepared',
      'are being prepared',
    ],
    not_weapon_counted: [
      // "from 3 directions", "hits on 2 facilities": the directions launched from and the objects hit are no weapons.
      'direction',
      'facilit',
      'region',
      'oblast',
      'people',
      'person',
      'resident',
      'civilian',
      'location',
      'district',
      'house',
      'home',
      'building',
      'car',
      'hour',
      'minute',
      'km',
      'kilomet',
    ],
    // "debris fell in three districts, injuring a woman": the districts counted, not the hurt.
    not_people_counted: [
      'district',
      'region',
      'oblast',
      'location',
      'house',
      'home',
      'building',
      'facilit',
      'town',
      'village',
      'city',
      'cities',
      'site',
      'street',
    ],
    none_counted: ['no', 'not a single', 'not one', 'not even one', 'not even a single', 'not a'],
    people: ['people', 'persons', 'civilians', 'residents'],
    // "seven dogs were killed": animals are no casualties.
    animals: ['dog', 'dogs', 'animal', 'animals', 'cattle', 'cow', 'cows', 'horse', 'horses', 'pets', 'livestock'],
    risen: [
      'risen',
      'rise',
      'rises',
      'rose',
      'increased',
      'grown',
      'grew',
      'climbed',
      'climbs',
      'climb',
      'went up',
      'gone up',
    ],
    up_to: ['to'],
    // "Final death toll of Russian strike on Dnipro reaches 44", "Death Toll From Dnipro Missile Strike Now 29": the
    // toll as it stands, its figure right after (detect/effects.ts `alreadyAfter`, as «уже» in Russian).
    toll_already: ['now', 'reaches', 'reached', 'has reached', 'stands at', 'stood at'],
    plural_endings: ['s'],
    // "Kyiv comes under missile attack", "Odesa and Melitopol under attack", "Ukraine's capital came under cruise
    // missile fire": the places before are what was struck. Singular nouns only: "Belgorod has come under drone attacks
    // all month" is a trend.
    under_verb: ['come', 'comes', 'came', 'coming', 'has come', 'have come', 'had come', 'is', 'was', 'are', 'were'],
    under: ['under'],
    under_noun: ['attack', 'fire', 'shelling', 'bombardment', 'air attack', 'rocket fire', 'artillery fire'],
    // "Kyiv came under fire for his comments", "Odesa under fire from UNESCO over …": criticism.
    under_reaction: ['over'],
    // Of those, the one whose object may be a span of time, the one whose object may be where fire comes from, and the
    // one whose object may be an alert or outage.
    reaction_for: ['for'],
    reaction_from: ['from'],
    reaction_amid: ['amid', 'amidst'],
    // "under fire from across the border", "from the left bank", "from enemy positions", "from the sky overnight".
    fire_origin: [
      ...['border', 'bank', 'positions', 'position', 'sky', 'air', 'sea', 'front', 'frontline', 'front line'],
      // Not "side" or a compass word: "from his own side", "from the West" are critics.
      ...['direction', 'territory', 'trenches', 'overnight', 'dawn', 'midnight'],
    ],
    // "Kyiv under attack: what we know": a news page's own tail after the colon, no criticism.
    explainer_tail: ['what we know', 'live', 'live updates', 'latest', 'latest updates', 'in pictures', 'in photos'],
    other_clause: ['elsewhere', 'meanwhile', 'while', 'whereas'],
    span_noun: ['night', 'nights', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'time', 'month', 'months'],
    fire_source: ['artillery', 'guns', 'tanks', 'mortars', 'howitzers', 'troops', 'forces', 'shelling', 'missiles'],
    // "Grain deal killed by missile attack", "Mine killed in shelling": with no auxiliary, a victim reads as a person
    // by a noun of persons' ending or a noun of kin or trade.
    person_endings: ['er', 'or', 'ist', 'ess', 'ian', 'ant', 'man', 'woman', 'ee'],
    // Nouns with a persons' ending that name no person ("Tower killed in missile strike", "Grain corridor killed by …").
    not_person_noun: [
      ...['tower', 'border', 'water', 'summer', 'winter', 'computer', 'corridor', 'power', 'order', 'river', 'center'],
      ...['shelter', 'letter', 'paper', 'number', 'corner', 'matter', 'quarter', 'sector', 'factor', 'error', 'motor'],
      ...['reactor', 'generator', 'transformer', 'container', 'tractor', 'elevator', 'monitor', 'floor', 'door'],
      ...['harbor', 'terror', 'mirror', 'business', 'process', 'access', 'progress', 'congress', 'fortress', 'plant'],
      ...['restaurant', 'tree', 'committee', 'coffee', 'degree', 'guarantee', 'career', 'dinner', 'weather'],
    ],
    person_noun: [
      ...['he', 'she', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'boy', 'girl'],
      ...[
        'grandmother',
        'grandson',
        'granddaughter',
        'grandfather',
        'cook',
        'chef',
        'nurse',
        'medic',
        'pilot',
        'guard',
      ],
      ...['priest', 'monk', 'nun', 'poet', 'chief', 'head', 'teen', 'mum', 'mom', 'dad', 'uncle', 'aunt', 'niece'],
      ...['nephew', 'cousin', 'child', 'baby', 'toddler', 'infant', 'star', 'hero', 'athlete', 'volunteer', 'mayor'],
      ...['marine', 'student', 'president', 'agent', 'paramedic', 'mechanic', 'cleric'],
    ],
    // "actress", "witness", "boss": a singular that ends as a plural does.
    singular_endings: ['ss'],
    // "Ex-Marine, 33, is killed in missile attack", "she was killed in a drone strike", "reporter … is killed
    // by cluster munitions strike": one victim by the verb's agreement, whatever noun names them.
    aux_one: ['is', 'was', 'has been'],
    aux_many: ['are', 'were', 'have been'],
    casualty_cause: ['in', 'by', 'during'],
    not_one_victim: [
      ...['they', 'we', 'you', 'who', 'which', 'that', 'these', 'those', 'them'],
      ...['many', 'some', 'others', 'all', 'both', 'none', 'several', 'dozens', 'hundreds', 'thousands', 'scores'],
      // "raised the death toll in a rocket attack": a determiner is no victim.
      ...['the', 'a', 'an', 'its', 'their', 'his', 'her'],
      // Plurals with no plural ending ("relatives bury children killed in a missile attack").
      ...['children', 'people', 'men', 'women'],
      // A pair or a group is more than one: "couple killed in …", "family killed in …".
      ...['couple', 'family', 'families', 'team', 'staff', 'personnel', 'crew', 'pair', 'group', 'squad', 'unit'],
    ],
    regions_noun: ['regions', 'oblasts'],
    counted_regions: ['regions', 'oblasts'],
    country_named: ['Russia'],
    these: ['these', 'those'],
    anchor_place: ['in', 'at', 'on', 'over', 'near'],
    article: ['the'],
    // "cannot be shot down", "can't reliably intercept them": a passive's auxiliary, an adverb of manner, a pronoun.
    // "cannot really be intercepted", "can't even shoot down", "cannot currently be intercepted".
    inability_gap: [
      'be',
      'been',
      'it',
      'them',
      'always',
      'reliably',
      'easily',
      'effectively',
      'fully',
      'simply',
      'even',
      'really',
      'currently',
      'yet',
      'ever',
      'actually',
      'practically',
      'possibly',
      'truly',
    ],
    // "cannot be detected or intercepted": a verb and the conjunction that joins it to the governed one.
    inability_join: ['or', 'and', 'nor'],
    // "photos of the wreckage", "collecting these fragments", "images of collected debris".
    handled_gap: [
      'the',
      'a',
      'an',
      'this',
      'these',
      'those',
      'its',
      'their',
      'some',
      'collected',
      'recovered',
      // Adjectives of the debris itself: "the remaining wreckage", "the charred debris".
      'remaining',
      'charred',
      'burnt',
      'burned',
      'twisted',
      'scattered',
      'fallen',
      'downed',
    ],
    debris_new_subject: ['a', 'an', 'another', 'second', 'third', 'one more'],
    debris_of: ['of', 'from'],
    debris_falling: ['falling'],
    beside_building: ['near', 'next to', 'close to', 'outside', 'opposite'],
    debris_relative: ['that', 'which'],
    launch_area: ['area', 'areas', 'direction', 'airspace'],
    place_back: ['the city', 'the town', 'the village', 'the region', 'the area'],
    there: ['there'],
    existential_be: ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'may', 'might'],
    village_intro: ['in the village of', 'near the village of', 'outside the village of'],
    the_region: ['region', 'oblast'],
    as_of: ['as of'],
    telegram: ['telegram', 't.me/'],
    than: ['than'],
    attack_singular: ['attack', 'strike', 'raid'],
    each_word: ['every', 'each', 'any', 'no', 'another', 'either', 'neither'],
    weapon_adjective: ['enemy', 'hostile', 'unidentified'],
    // "a substation in a Russian border village": a word between a country's adjective and a `place_noun` that keeps
    // the place in that country (detect/country.ts `placedElsewhere`); "Russian-held", "Russian-occupied" do not.
    border_word: ['border', 'frontier', 'frontline', 'front-line'],
    // "a port town on the border with Romania": the country named across a border is not where the
    // fact is (detect/country.ts `ELSEWHERE`). No "borders"/"border of": "within the borders of Russia" is in Russia.
    across_border: ['border with', 'bordering', 'frontier with'],
    // "Ukrainian drones strike deep inside Russia" over a lead that names Kyiv for Moscow's reply: the fact is
    // Russia's (detect/country.ts `toldInside`).
    inside_country: ['inside', 'deep inside', 'deep into', 'within'],
    // "Drone hits apartment block days before talks in Belarus", "on the eve of a summit in Minsk": between a fact's verb
    // and a country, a word that times another event makes the country that event's place (review 40a #4).
    other_event_time: ['before', 'after', 'ahead of', 'eve of', 'during', 'amid', 'following'],
    // "Russia downs Ukrainian drones day after its attack on Kyiv", "… killing 11, a day after Kyiv won pledges of
    // tanks": a span of time before "after" or "before" dates another event, whose place the one after it is
    // (detect/locate.ts `otherDayPlace`). Not a bare "after" ("killed after a missile struck Lviv" is the cause), nor
    // "shortly after" (the same scene).
    other_day: [
      ...['a day after', 'day after', 'a day before', 'day before', 'the day after', 'the day before'],
      ...['hours after', 'hours before', 'days after', 'days before', 'weeks after', 'weeks before'],
    ],
    // "Drones were downed two days before Easter over Odesa", "hours after midnight over Kyiv region": a time or a
    // holiday dates no event with a place of its own.
    other_day_time: [
      ...['midnight', 'noon', 'midday', 'dawn', 'daybreak', 'sunrise', 'sunset', 'nightfall'],
      ...['easter', 'christmas', "new year's", 'new year', 'independence day', 'victory day', 'constitution day'],
    ],
    // "a Russian city" said of Horlivka or Sevastopol: the town's nouns a speaker on the other side uses of a town in
    // an occupied region (detect/country.ts `CLAIMED_TOWN`).
    claimed_town: ['city', 'town', 'cities', 'towns'],
    // "the Russian city council said": a noun after a `place_noun` that makes the phrase a body, not a place
    // (detect/country.ts `placedElsewhere`).
    place_body: [
      'council',
      'councils',
      'administration',
      'administrations',
      'authorities',
      'authority',
      'officials',
      'government',
      'hall',
      'mayor',
      'governor',
      'head',
      'police',
      'court',
      'leadership',
    ],
    // "the Black Sea port of Odesa", "the Azov Sea city of Berdiansk": the sea says where the town lies
    // (detect/locate.ts `SEA_TOWN_OF`).
    sea_town: ['port', 'port city', 'city', 'town', 'resort', 'resort town', 'resort city', 'naval base', 'region'],
    // "hitting Lutsk, the western city of Rivne and the Danube port of Izmail", "Sumy and the northern
    // town of Konotop": an item of a list of places titled by its noun (detect/locate.ts `TITLED_ITEM`).
    item_title: ['city', 'town', 'port', 'port city', 'village', 'region', 'resort', 'resort town'],
    place_noun: [
      'region',
      'oblast',
      'district',
      'districts',
      'city',
      'town',
      'village',
      'capital',
      'suburbs',
      'outskirts',
    ],
    tally_noun: ['total', 'tally'],
    number_noun: ['number'],
    singular_aux: ['was', 'has been'],
    another: ['another', 'one more'],
    // A figure that corrects one told before: a correction, not the next step of a running tally.
    correction: ['correction', 'corrected', 'revised figures', 'updated figures', 'according to updated information'],
    instead_of: ['not', 'rather than', 'instead of'],
    in_place_of: ['instead of', 'rather than'],
    not_modal: ['at least'],
    // Transliterated Slavic surnames ("Klitschko", "Syniehubov"): the channels of people English sources follow.
    channel_surname_endings: [
      'enko',
      'ko',
      'ov',
      'ev',
      'yev',
      'in',
      'yn',
      'sky',
      'skyi',
      'skiy',
      'uk',
      'yuk',
      'ych',
      'ich',
      'yan',
    ],
    office_words: ['administration', 'city council', 'council', 'ministry', 'office', 'government', 'prosecutor*'],
  },
  attacker: [
    'Russia',
    'Moscow',
    'Russian forces',
    'Russian troops',
    'Ukraine',
    'Kyiv',
    // The older spelling speaks for the state as well: "Kiev's forces need to hit …", "Kiev says".
    'Kiev',
    'Ukrainian forces',
    'Ukrainian troops',
    // The possessive is one word to the lexicon: "Kyiv's air force said", "Moscow's forces fired".
    "Kyiv's",
    "Kiev's",
    "Moscow's",
  ],
  launch_directions: ['from the directions of', 'from the direction of', 'launched from the areas of'],
  hit: ['hits were recorded', 'hits recorded', 'impacts were recorded', 'hit their targets', 'hits by'],
  damage: [
    'damage',
    'damaged',
    'damaging',
    'shattered',
    'blown out',
    'collateral damage',
    'sustained damage',
    'suffered damage',
    'smashed',
    // "attacks that took out howitzers": put out of action.
    'took out',
    // Rubble of a building, not debris of a weapon: "pulled from the rubble" says the building came down.
    'from the rubble',
    'under the rubble',
    'from under the rubble',
  ],
  // "one sustained damage": the subject is what was damaged (detect/effects.ts); "one was damaged" is passive by its
  // auxiliary. The phrases are damage words too, as the longer match takes the place of the noun inside it.
  damage_passive: ['sustained damage', 'suffered damage'],
  auxiliary: ['was', 'were', 'is', 'are', 'has', 'have', 'been'],
  fire: [
    'on fire',
    'ablaze',
    'fire broke out',
    'fire that broke out',
    'a fire',
    'fire erupted',
    'blaze',
    'caught fire',
    'set on fire',
    'fires',
    'burning',
  ],
  power_outage: [
    ...POWER_CUTS,
    'power was cut',
    'power outage*',
    'power cut*',
    'power supply',
    'blackout*',
    'without power',
    'without electricity',
    'electricity supply',
    'de-energized',
    // "Missile attacks force Ukrainian power shutdowns".
    'power shutdown*',
  ],
  debris: ['debris', 'wreckage', 'fragments fell', 'fragments of'],
  // Debris looked at, gathered or cleared away is no debris falling (detect/effects.ts): "pictures of the debris",
  // "engineers were clearing wreckage". Not "video" or "footage", which show the fall itself; not "has shown" or
  // "displays", whose subject is as often a video of the fall ("video has shown debris on the roof").
  debris_handled: [
    ...['photo of', 'photos of', 'photograph of', 'photographs of', 'images of', 'pictures of'],
    ...['collecting', 'collected', 'gathering', 'gathered'],
    // Not "removed": an airport's restrictions are "removed" (restrictions_lifted).
    ...['clearing', 'cleared', 'examining', 'examined'],
  ],
  explosion: ['explosion', 'explosions', 'blast', 'blasts', 'explosions were heard', 'loud bangs'],
  // "Journalist dies in drone attack": a headline's present tense, as "kills" is.
  killed: [
    'kill',
    'kills',
    'killing',
    'killed',
    'dead',
    'died',
    'dies',
    'death toll',
    // "Zaporizhzhia: the toll rose to 7": a toll that rises is the dead, as a death toll is; not "took a toll", nor
    // "toll road".
    ...['the toll rose', 'the toll rises', 'the toll has risen', 'the toll climbed', 'the toll has climbed'],
    'fatalities',
    'lost their lives',
  ],
  injured: [
    'injures',
    'injuring',
    'wounding',
    'injured',
    'wounded',
    'hurt',
    'injuries',
    'wounds',
    'hospitalized',
    'hospitalised',
    'taken to hospital',
  ],
  no_casualties: [
    'no casualties',
    'without causing casualties',
    'without casualties',
    'no reports of casualties',
    'no victims',
    'no one was hurt',
    'nobody was hurt',
    'no one was injured or killed',
    'without casualties',
  ],
  injured_one: [
    'a man was injured',
    'a woman was injured',
    'a man was wounded',
    'a woman was wounded',
    'a resident was injured',
    'a civilian was injured',
    'was injured',
    'was wounded',
    'was hurt',
  ],
  no_injuries: [
    'no injuries',
    'no one was injured',
    'nobody was injured',
    'not resulting in injuries',
    'without injuries',
  ],
  airport_word: ['airport', 'airports', "airport's"],
  airport_closed: [
    'restricted',
    'restriction*',
    'halted',
    'grounded',
    'closure of',
    'closed',
    'close temporarily',
    'closure',
    'restrictions',
    'suspended',
    'halted flights',
    'carpet plan',
    'kovyor',
  ],
  // "He was taken to a hospital in Belgorod": where a victim was taken, no place of the attack.
  transfer: [
    'taken to',
    // The same phrase as `injured`'s, so that it stays a word of wounds too.
    'taken to hospital',
    'rushed to',
    'brought to',
    'transported to',
    'evacuated to',
    'admitted to',
  ],
  diversion: [
    'redirected to',
    'diverted to',
    'rerouted to',
    'were sent to',
    'redirected',
    'diverted',
    'alternate airfields',
  ],
  alert: [
    'missile alert*',
    'drone alert*',
    'air raid alert*',
    'air alert*',
    'air-raid alert*',
    'air raid siren*',
    // "amid air raid warning", "air-raid alarms sound in Kyiv", "air alarms".
    'air raid warning*',
    'air raid alarm*',
    'air alarm*',
    // "raid alerts sounded three times in the port overnight", "sparked a national alert".
    'raid alert*',
    'national alert',
    'missile danger',
    'drone danger',
  ],
  // Before the weapon ("the threat of missile strikes", "over possible drone attacks") or right after its attack noun
  // ("due to a drone attack threat").
  alert_threat: ['threat of', 'threats of', 'threat', 'threats', 'possible'],
  alert_end: ['all clear', 'all-clear', 'lifted', 'called off'],
  // Ground combat (dugouts, trenches, infantry) is neither an air strike nor an interception.
  // Cancels the facts of its own clause only (run.ts, like `modal`).
  ground_combat: ['dugout*', 'trenches', 'infantry'],
  // Men on the ground who raid or attack: "fighters prepared a cross-border raid into the Kursk region", "speedboat
  // crews set out on a raid that hit the outpost". They cancel their clause only as the subject of a
  // `ground_verb` with no weapon and no verb of shooting down in it (run.ts `groundForce`): "commandos used drones to
  // strike", "a drone strike killed three paramilitary fighters", "militias shot down a drone" are air war. Not a
  // singular "militia": "the head of the people's militia in Luhansk reported casualties" names an office.
  ground_force: ['militias', 'commando*', 'saboteur*', 'paramilitar*'],
  // Whole words, not stems: the same entry in the attack lists tags one word with both.
  ground_verb: [
    'raid',
    'raids',
    'raided',
    'raiding',
    'attack',
    'attacks',
    'attacked',
    'attacking',
    'assault',
    'assaults',
    'assaulted',
    'cross',
    'crossed',
    'crossing',
    'cross-border',
  ],
  // An aim, a choice or a design before an infinitive is no event: "has chosen to destroy them", "Missile Made To
  // Destroy Ships", "efforts to strike Russian targets", "the Missiles Ukraine Seeks to Hit", "the ability to destroy",
  // "making it harder for the drones to reach their hangars". What its clause told before it stands: "three
  // missiles hit Kyiv despite efforts to intercept them" (run.ts).
  // A proposal, a call or a right is an aim too, not an event: "the minister proposed striking the depots", "pundits
  // call for the capital to be targeted with missiles", "has the right to strike".
  aim: [
    'chosen to',
    'made to',
    'designed to',
    'seeks to',
    'seek to',
    'efforts to',
    'effort to',
    'ability to',
    // What a measure or a defence is against is no attack it tells: "the Patriot system, as the country seeks a way to
    // counter relentless drone and missile attacks", "able to defend itself against Russia's missile attacks", "In
    // defiance of the missile attacks that have hit Kyiv recently, the chef kept his restaurant open".
    'to counter',
    'defend itself against',
    'defend against',
    'in defiance of',
    'harder for',
    'proposed',
    'proposes',
    'call for',
    'calls for',
    'called for',
    'right to',
    // "launches kamikaze drone attack in bid to destroy Russia's bridge to Crimea": the aim of the attack, not its end.
    'bid to',
  ],
  // What a weapon or a defence cannot do is no event: "Kinzhal missiles, which air defences can't shoot down", "his
  // plane cannot intercept Russian missiles". The verb it governs tells nothing (run.ts `unableVerbsOut`).
  inability: ["can't", 'cannot', 'can not'],
  // The land war's words before the place fought over: "as fighting for control of the small town of Vuhledar went on",
  // "move his troops from the battlefield near Kupiansk". Not "embattled": it is said of a city struck from the air as well ("drones struck embattled Sumy").
  front: ['fighting', 'battlefield', 'battle for', 'counteroffensive', 'counter-offensive'],
  // Around a city, not in it: "32 drones, including near Moscow", "the Shaykovka airfield, southwest of Moscow", "downed
  // within 40 miles of Moscow" (before Moscow, Kyiv, Sevastopol or St Petersburg: the region around the city).
  outskirts: [
    'near',
    'outside',
    'around',
    'outskirts of',
    'north of',
    'south of',
    'east of',
    'west of',
    'northeast of',
    'north-east of',
    'northwest of',
    'north-west of',
    'southeast of',
    'south-east of',
    'southwest of',
    'south-west of',
    'miles from',
    'km from',
    'kilometres from',
    'kilometers from',
  ],
  // A distance: "800 km east of Moscow", "about 800 km from Moscow". Beyond a few dozen it names no region of the city
  // (run.ts). "40 miles of Moscow" puts an event around the city only after a bound ("within 40 miles of Moscow").
  distance_unit: [
    'km',
    'miles',
    'kilometres',
    'kilometers',
    'miles from',
    'km from',
    'kilometres from',
    'kilometers from',
    'miles of',
    'km of',
    'kilometres of',
    'kilometers of',
  ],
  // Dates well before the report's week: the sentence's facts are history (run.ts; docs/eval.md, "Past events"):
  // "on March 3 last year, a Russian drone struck the school", "Ukraine last month destroyed a radar station".
  // "power cuts on Thursday for scheduled maintenance": a cut the grid planned for its works, no effect of an attack,
  // unless its sentence names the attack (run.ts `plannedOutages`).
  planned: ['planned', 'scheduled maintenance', 'maintenance work*', 'repair work*'],
  long_ago: [
    'last year',
    'last month',
    // "after last year's missile strikes": the possessive dates the noun it qualifies (review of ennoun30).
    "last year's",
    'last year’s',
    "last month's",
    'last month’s',
    'in the first days of the war',
    'in the early days of the war',
    'in the first days of the invasion',
    'in the early days of the invasion',
    'a year ago',
    'a year earlier',
    // "Last September, seven months after the invasion, …": a month named with "last", in a report of another month.
    // Not always a month ago: "last November" in a report of 3 December can be days ago. The word dates its sentence
    // all the same (compared with no publication date): such a report says "in November" or "last month" far more.
    'last January',
    'last February',
    'last March',
    'last April',
    'last May',
    'last June',
    'last July',
    'last August',
    'last September',
    'last October',
    'last November',
    'last December',
  ],
  // "the biggest attack since the invasion began last year": a span to today, no date (refine/historical.ts).
  since: ['since', 'since then'],
  // The war's first days named from later: "a Kalibr struck the pumping station early in the invasion", "a missile
  // hit the nurse's block on the first day of Moscow's invasion" (refine/historical.ts). After "since" it opens a span
  // to today, no date ("the largest strike on the port since the war began", "rarely targeted since troops left early
  // in the war").
  war_start: [
    ...['early in the war', 'early in the invasion', 'early in the full-scale war', 'early in the full-scale invasion'],
    ...['at the start of the war', 'at the start of the invasion', 'at the beginning of the war'],
    ...['at the beginning of the invasion', 'at the outset of the war', 'at the outset of the invasion'],
    ...['on the first day of the war', 'on the first day of the invasion', "on the first day of Russia's invasion"],
    ...["first day of Putin's invasion", "on the first day of Moscow's invasion"],
    'on the first day of the full-scale invasion',
    ...['in the first weeks of the war', 'in the first weeks of the invasion', 'in the first months of the war'],
    'in the first months of the invasion',
  ],
  // "Unlike at the start of the war, …", "on a scale last seen at the start of the invasion", "tactics used early in
  // the war": the war's start is what the event is compared with. Not "like": "what it was like at the start of the
  // war" tells that time.
  compared_with: ['unlike', 'as', 'seen', 'used'],
  // After a lead dated long ago, a sentence that refers back to that time or its event goes on telling that past; one
  // told from today ends it (refine/historical.ts, `PastStory`): "Last year, … That night, a drone hit …" against
  // "Last year, … Now Russian missiles have struck … again".
  story_then: [
    'then',
    'back then',
    'at the time',
    'that night',
    'that day',
    'that morning',
    'that evening',
    'that afternoon',
    'that year',
    'that month',
    'the next day',
    'the following day',
    'the next morning',
    // What followed the event told before (a phrase with the event's noun would hide the noun's own word).
    'right after',
    'immediately after',
    'shortly after',
    'as a result',
  ],
  story_after: ['after'],
  story_now: [
    'now',
    'right now',
    'just now',
    'again',
    'currently',
    'at the moment',
    'has just',
    'have just',
    'had just',
    'since then',
  ],
  // "one in ten hospitals have been damaged by attacks since Russia's invasion": a tally over the war, history not
  // news; "the biggest attack since the invasion" is news (`record`; refine/historical.ts, `tallyFacts`).
  tally_span: [
    // "since the start of November, our operators have destroyed …": a month's total, no one night's event.
    'since the start of the month',
    'since the beginning of the month',
    ...[
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ].flatMap((m) => [`since the start of ${m}`, `since the beginning of ${m}`]),
    'since the start of the war',
    'since the beginning of the war',
    'since the war began',
    'since the war started',
    "since the war's start",
    'since the start of the invasion',
    'since the beginning of the invasion',
    'since the invasion',
    'since the full-scale invasion',
    "since russia's invasion",
    "since russia's full-scale invasion",
    'since russia invaded',
    'since the start of the year',
    'since the beginning of the year',
  ],
  record: [
    'biggest',
    'largest',
    'heaviest',
    'deadliest',
    'worst',
    'most',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'rarely',
    'record',
    // A comparison denied: "an attack of a scale not seen since the start of the war".
    'not seen',
    'never seen',
    'unseen',
    'unprecedented',
  ],
  ordinal_suffixes: ['st', 'nd', 'rd', 'th'],
  distance_bound: ['within'],
  // A toll over a period is a tally, not one attack's: "500 civilians have been killed in attacks since the start of
  // the year", "so far", "this year" (detect/attack.ts, a toll with no weapon named).
  period: ['since', 'so far', 'to date', 'this year', 'this month'],
  // "the psychological toll of missile attacks across the country", "How Russian drone attacks are changing the war":
  // attacks as the topic of a noun (or an explainer's "how") before them, not an event (detect/attack.ts).
  governing_noun: ['toll of', 'impact of', 'effect of', 'effects of', 'consequences of', 'study of', 'how'],
  // "hacker attacks on banks", "cyber attacks": attacks that are no air attack (detect/attack.ts).
  not_air_attack: ['hacker', 'hackers', 'cyber', 'DDoS'],
  // Blasts that are no air attack: "a car bomb killed the officer", "a gas explosion in a flat" (run.ts).
  ground_blast: ['car bomb', 'car bombing', 'IED', 'explosive device', 'letter bomb*', 'gas explosion', 'gas leak'],
  // Each cancels its own clause only (run.ts): "…during an overnight strike on Izmail, a claim that Romania denied".
  // A claim called false cancels its clause as a denial does ("reports of a strike on Odesa are fake"). "false" and
  // "fake" only as a predicate: alone they also name a true event's kind ("a false alarm", "a false air raid alert",
  // "fake drones used as decoys"), as ru «ложная тревога», «ложные цели» do, which no list here holds.
  denial: [
    'denied',
    'denies',
    'did not confirm',
    'does not confirm',
    'untrue',
    'is false',
    'are false',
    'was false',
    'were false',
    'be false',
    'is fake',
    'are fake',
    'was fake',
    'were fake',
    'be fake',
    'false report*',
    'false claim*',
    'fake report*',
    'fake claim*',
  ],
  // A call to the public: "told people not to touch any fallen fragments", "urging them to heed the air raid sirens".
  appeal: [
    'asked residents to',
    'asked people to',
    'urged residents to',
    'urged people to',
    'urging residents to',
    'urging them to',
    'report any',
    'avoid any',
  ],
  // Attacks as a habit or a trend, not an event: "almost daily news of blasts, drone attacks and shelling", "the nightly
  // howl of the air raid sirens", "Moscow has stepped up its drone attacks on Ukrainian towns".
  habitual: [
    'near-constant',
    'daily',
    'has increased its',
    'have increased their',
    'has stepped up its',
    // "Moscow has intensified its shelling of border towns", "ever more frequent night raids": the attacks grow in
    // number, which tells no one of them.
    'has intensified its',
    'have intensified their',
    'more frequent',
    'have become common',
    'has become common',
    'has been attacking',
    // "Russian drones target civilians across Ukraine every night": what happens night after night.
    'every night',
    'have been attacking',
    'routinely',
    // A trend named as such: "amid a pattern of drone attacks targeting Russian territory".
    'pattern of',
    // Attacks that recur or last, told as the background of something else: "despite frequent drone strikes and
    // blackouts, the bakery stays open", "Russia has battered towns with drones for most of the autumn". Only
    // "regular" before an attack or its effect ("a regular passenger train", "regular army units" are no habit), and
    // "for much of" a long span ("for much of Tuesday night", "for much of the day" is the night's event).
    'regular strike*',
    'regular attack*',
    'regular missile*',
    'regular drone*',
    'regular rocket*',
    'regular air strike*',
    'regular airstrike*',
    'regular air raid*',
    'regular shelling',
    'regular bombardment*',
    'regular bombing*',
    'regular artillery',
    'regular power cut*',
    'regular power outage*',
    'regular blackout*',
    'for much of the past week',
    'for much of the past month',
    'for much of the past year',
    'for much of the past few',
    'for much of the last few',
    'for much of the past several',
    'for much of the last month',
    'for much of the last year',
    'for much of the month',
    'for much of the year',
    'for much of this year',
    'for much of last year',
    'for much of the war',
    'for much of the conflict',
    'for much of the invasion',
    'for much of the winter',
    'for much of the summer',
    'for much of the spring',
    'for much of the autumn',
    'for much of the fall',
  ],
  // A weapon told by what it is for: "the Shahed drones used by Russia in its attacks on Ukrainian cities", "supplying
  // the drones to Moscow for strikes on Ukrainian towns", "the drone being deployed by Russia to strike Kyiv"
  // (refine/described-use.ts). Not the active "used", "sent", nor the finite "has used", "have used", a news lead's verb
  // as often as a practice's ("Ukraine has used ATACMS to strike Russia for the first time"); not "used in", whose "in"
  // is the purpose word it would need after it; nor a provenance
  // ("UK-supplied missiles", "missiles provided by France"), whose "to strike" is often another verb's purpose ("accused
  // of using missiles provided by France to hit a crossing").
  weapon_use: ['used by', 'being used', 'being deployed', 'deployed by', 'supplying', 'providing'],
  use_purpose: ['to', 'for', 'in', 'to carry out'],
  // "first" alone, so that "for the first time" stays a `record` word for refine/historical.ts (a longer entry would win
  // the scan); not "most", "largest", which rank a practice as well as an event.
  one_event: ['first'],
  // Strike words only, those that tell an event of their subject; not "struck" ("struck a deal").
  event_verb: ['hit', 'hits', 'exploded over', 'exploded near', 'crashed into', 'slammed into', 'smashed into'],
  // A weapon that got through: "drones hit residential areas" beside "five were shot down" is a strike of its own.
  landed_verb: ['hit', 'hits', 'crashed into', 'slammed into', 'smashed into'],
  // The means of an attack named before: "carried out the attack with three cruise missiles", "the strikes were carried
  // out by Shahed-type drones", "blamed the blast on a Ukrainian drone".
  attack_means: [
    'carried out with',
    'carried out by',
    'carried out using',
    'carried out the attack with',
    'carried out the attack using',
    'carried out the strike with',
    'carried out the strikes with',
    'were carried out by',
    'was carried out by',
    'conducted with',
    'conducted by',
    'attributed the attack to',
    'attributed the strike to',
    'blamed the attack on',
    'blamed the strike on',
  ],
  speculative: [
    'siren test*',
    'test of the warning system',
    'drill',
    'drills',
    // Intent is no event: "plotting an attack".
    'plotting',
    'plot to',
    'analysts',
    'exhibition',
    'satellite*',
    'Starlink',
    'SpaceX',
    'orbit*',
    'spacecraft',
    'lift-off',
    'fog',
    'snowfall',
    'snowstorm',
    'weather',
    'thunderstorm*',
    // Storms and road accidents damage substations and pipelines too ('storm' alone would veto Storm Shadow).
    'hurricane*',
    'high winds',
    'windstorm*',
    'traffic accident*',
    'drone show*',
    'light show',
    'forum',
  ],
  negation: ['no', 'without', 'not', 'nor'],
  increment: ['another', 'more', 'additional', 'further'],
  capital: [
    'the capital',
    "capital's",
    'capital city',
    'Russian capital',
    'Ukrainian capital',
    "Ukraine's capital",
    'Ukraine’s capital',
    'the capital of Ukraine',
    "Russia's capital",
    'Russia’s capital',
    'the capital of Russia',
  ],
  // An entry in both lists says whose capital it is in one hit: "the Russian capital", "Ukraine's capital", "the
  // capital of Ukraine" (a country named right after "the capital" said nothing, and Moscow was the default).
  ukrainian: ['Ukrainian', 'Ukrainian capital', "Ukraine's capital", 'Ukraine’s capital', 'the capital of Ukraine'],
  russian: ['Russian', 'Russian capital', "Russia's capital", 'Russia’s capital', 'the capital of Russia'],
  several_regions: [
    'two regions',
    'three regions',
    'four regions',
    'five regions',
    'both regions',
    'several regions',
    'multiple regions',
    'the two regions',
    'in two regions',
    'in three regions',
    'in several regions',
    'over two regions',
    'over several regions',
    'across regions',
    'across several regions',
    'across the regions',
    'regions alone',
  ],
  pronoun_claim: [
    'he wrote',
    'she wrote',
    'he said',
    'she said',
    'he added',
    'she added',
    'he reported',
    'she reported',
  ],
  said: [
    'said',
    'says',
    'say',
    'told',
    'wrote',
    'reported',
    'confirmed',
    'stated',
    'announced',
    'added',
    'noted',
    'posted',
    'reports',
    'claims',
    'claimed',
    'has said',
    'has claimed',
    // Not "saying" (fixclaim25): its speaker is the subject of the clause it hangs on, which may stand far before an
    // object role ("Zelensky criticised Russian media, saying …"), and a time after it is its clause's ("posted a
    // message saying drones hit Sumy overnight"). Not "accused" nor "accuses": a verb of blame is no verb of saying
    // ("A man accused of a drone attack", "Zelensky accuses Moscow of terror as missiles hit Kyiv").
  ],
  // "…, says Russia.", "…, claimed Kyiv.", "…, announced the governor": not "told" ("an analyst told Moscow" names
  // who heard), nor "say", "posted" or a form with "has", which want their subject before them.
  said_first: ['said', 'says', 'claimed', 'claims', 'reported', 'reports', 'added', 'wrote', 'announced', 'confirmed'],
  according: ['according to', 'as confirmed by', 'as reported by', 'citing', 'cited by', 'quoting'],
  one_article: ['a', 'an', 'one', 'single'],
  lost: [
    'lost from radar',
    'locationally lost',
    'lost locationally',
    'locally lost',
    'lost locally',
    'lost to electronic warfare',
  ],
  intercept_failed: [
    'could not be shot down',
    'could not be intercepted',
    'were not shot down',
    'were not intercepted',
    'failed to shoot down',
    'failed to intercept',
  ],
  downed: ['downed', 'shot-down'],
  // "a drone that crashed into a house": the strike's verb is a fall as well (detect/effects.ts, handled debris).
  fell: ['fell', 'crashed', 'crashed into'],
  crew: ['crew', 'crews'],
  shoot_down: ['shot down', 'shoot down', 'shoots down', 'downed'],
  // "Ukraine says it downed three Russian Su-34 warplanes", "shoots down two Russian choppers", "Two Ukrainian fighter
  // jets shot down" (detect/downed-aircraft.ts): an aircraft brought down is an interception of no weapon class, as
  // the real English labels read it. Not "plane", "airliner", a bare "jet" or "aircraft": "a Ukrainian passenger jet shot
  // down in 2020", a private jet that went down, are no air defence's; "bomber aircraft" is read by its "bomber".
  aircraft: [
    'warplane',
    'fighter jet',
    'bomber',
    'helicopter',
    'chopper',
    ...['Su 24', 'Su 25', 'Su 27', 'Su 30', 'Su 34', 'Su 35', 'Su 57', 'MiG 29', 'MiG 31', 'Tu 22', 'Tu 22M3', 'Tu 95'],
    ...['Tu 160', 'Il 76', 'Il 22', 'Be 12', 'Ka 52', 'Mi 8', 'Mi 28', 'A 50'],
  ],
  aircraft_plural: ['warplanes', 'fighter jets', 'bombers', 'helicopters', 'choppers'],
  // "Two Ukrainian fighter jets shot down": the aircraft before the verb was brought down; before "shot down two
  // drones" it is the shooter (a weapon after the verb).
  shoot_down_subjectless: ['shot down', 'downed'],
  // "fighter jets shot down what appeared to be balloons", "helicopters downed several targets": the jets shot.
  shoot_down_object: ['targets', 'objects', 'balloons'],
  // "drones shot down by helicopters", "missiles fired from Tu-95 bombers": the aircraft shot or carried.
  aircraft_preposition: ['by', 'from', 'with', 'on', 'aboard'],
  destroying: ['destroyed', 'destroys', 'destroy', 'destroying'],
  // What these take is the attack defended against: "warships repelled a drone attack", "is repelling a drone attack on
  // the airport" tell no target struck (enx33).
  repelling: [
    'repelled',
    'repels',
    'repulsed',
    'repelling',
    'is repelling',
    'are repelling',
    'are repelling an attack',
    'fended off',
    'fends off',
  ],
  contrast: ['but', 'while', 'whereas'],
  // Headlines join two events with these: "Ukraine denies Kremlin assault as Russia launches drone attacks".
  clause_join: ['as', 'amid', 'after'],
  passive_agent: ['by', 'with'],
  interceptor: [
    'air defence',
    'air defense',
    'air-defence',
    'air-defense',
    'anti-aircraft',
    'surface-to-air',
    'Patriot',
    'interceptor',
    'IRIS-T',
    'NASAMS',
  ],
  // "with Kyiv hit hardest" names a place: only "by" makes the capital after it the state.
  state_agent: ['by'],
  // "the Defense Ministry in Moscow said", "military officials in Kyiv said", "the interior ministry in Moscow has said".
  seated_speaker: ['ministry', 'officials', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson'],
  // "the third victim was taken to hospital": an ordinal before the casualty word names one of a toll told elsewhere.
  part_of: ['among those', 'among the', 'second', 'third', 'fourth', 'fifth'],
  sentence_adverb: ['earlier', 'later', 'also', 'meanwhile', 'today', 'yesterday'],
  earlier: ['earlier'],
  // "Zelensky delivered an address": the official gives the address (detect/address.ts).
  address_verb: ['gave', 'delivered', 'held', 'holds'],
  // "Investors shelled out millions", "hits out at Zelensky": paying and criticising, no strike. Not "back" ("Russia
  // hits back with missiles" is a strike) nor "off" ("a drone struck off the coast of Odesa").
  phrasal_particle: ['out'],
  named_body: ['fleet', 'fleet’s', "fleet's"],
  flights_disrupted: [
    'disrupting flights',
    'disrupted flights',
    'disrupts flights',
    'flights disrupted',
    'flights were disrupted',
    'disrupting air traffic',
    'disrupted air traffic',
    'disrupts air traffic',
    'air traffic disrupted',
    'air traffic was disrupted',
    'suspend flights',
    'suspends flights',
    'suspended flights',
    'halts flights',
  ],
  // "like elsewhere across the country": the place told of is likened to the country, not the country itself.
  likeness: ['like', 'as elsewhere', 'as with'],
  comparison: ['as'],
  nationwide: [
    'across the country',
    'across the whole country',
    'across country',
    'all over the country',
    'throughout the country',
    'nationwide',
    'across Ukraine',
    'across Russia',
  ],
  as_state: [
    'says',
    'said',
    'claims',
    'claimed',
    'accuses',
    'accused',
    'denies',
    'denied',
    'warns',
    'warned',
    // "…, Moscow has said": the perfect tense of the same verbs.
    'has said',
    'has claimed',
    'has blamed',
    'has accused',
    'has denied',
    'has warned',
    'from',
    // "a Kyiv official said", "Moscow officials reported": the state's officials, not the city.
    'official',
    'officials',
    // The state acting: "Kyiv carried out the attack", "Kyiv bombards Melitopol", "Moscow fired", "Kyiv has called".
    'carried out',
    'has carried out',
    // The longer means phrases ("Kyiv carried out the attack with …") are the state acting too.
    'carried out the attack with',
    'carried out the attack using',
    'carried out the strike with',
    'carried out the strikes with',
    'launched',
    'launches',
    'fired',
    'fires',
    'bombards',
    'bombarded',
    // "as Moscow unleashed a fresh round of drones", "since Moscow moved its army into Ukraine".
    'unleashed',
    'unleashes',
    'sent',
    'sends',
    'shelled',
    'shells',
    'called',
    'has called',
    'tries',
    'tried',
    'blames',
    'blamed',
    // The state deciding, asking or preparing: "as Kyiv prepares for an offensive", "Kyiv urges a retailer to exit",
    // "as Kyiv marked Holodomor", "Moscow announced it was suspending", "as Moscow rejected a peace plan".
    'announced',
    'announces',
    'rejected',
    'rejects',
    'prepares',
    'prepared',
    // Also a modal phrase ("prepares for strikes"): listed here too, so that "as Kyiv prepares for …" stays the state.
    'prepares for',
    'prepared for',
    'readies',
    'urges',
    'urged',
    'marked',
    'marks',
    'vowed',
    'vows',
    'insists',
    'insisted',
    'demands',
    'demanded',
    'asked',
    'asks',
    'wants',
    'hopes',
    'plans',
    'responded',
    'retaliated',
    'admitted',
    'admits',
    // The state waging the war: "as Moscow stepped up attacks", "as Moscow ups airstrikes", "Moscow had started the war",
    // "Moscow thwarts Ukrainian drone raid on Kursk".
    'stepped up',
    'steps up',
    'ups',
    // The state pressing its own campaign: "as Kyiv lodges its counteroffensive", "as Kyiv presses an offensive"
    // (en20), only with what it presses: "Kyiv presses ahead with repairs", "Moscow presses on with clean-up" are the
    // city. The perfect, "Kyiv has stepped up strikes", is read in asState (an auxiliary, then an attack as the
    // object: not "Moscow has stepped up security"); "has stepped up its" is also a `habitual` entry, the longer hit,
    // so it is listed here too.
    'has stepped up its',
    'lodges',
    'presses its',
    'presses an offensive',
    'presses the offensive',
    // "as Moscow ramped up attacks on power plants", "after Moscow walked away from a deal", "Kyiv says
    // Moscow used S-400 air defence missiles to strike Izium": the state acting, not the city.
    'ramped up',
    'ramps up',
    'pulled out',
    'pulls out',
    'used',
    'uses',
    'started',
    'had started',
    'thwarts',
    'thwarted',
    // The state acting, finding or refusing: "Kyiv downs missiles", "suggest that Kyiv has learned how to …",
    // "Kyiv may have obtained a new drone", "after Moscow declines to renew the shipping deal", "the deadliest incident
    // Moscow has acknowledged".
    'downs',
    'has found',
    'may have',
    'refuses',
    'refused',
    'has acknowledged',
  ],
  // What only the state wages or sends: "after Kyiv's counteroffensive failed", "Kyiv's long-awaited ground
  // offensive", "Moscow's deputy UN envoy has shown …" (the head noun alone; run.ts lets modifiers stand before it).
  // Also what the state claims and who fights or plans for it, a capital's possessive before them naming the state
  // (enregion29): "Moscow's claim that …", "Kyiv's General Staff said", "Moscow's forces bombard …", "Kiev's forces need
  // to hit …" (`state_body` asks for the phrase to end at the noun, and "bombard", "need" are no lexicon words; a force
  // is never a modifier).
  state_noun: [
    ...['offensive', 'counteroffensive', 'counter-offensive', 'invasion', 'envoy', 'ambassador'],
    'General Staff',
    // What the state asserts or can do (enfresh34): "Moscow's accusation that Ukrainian drones struck two airbases",
    // "Moscow’s deteriorating ability to strike" name the state; the city made a strike or damage there. "ability to" is
    // also an `aim`: the longer hit must carry both.
    ...['accusation', 'accusations', 'ability', 'ability to'],
  ],
  // enregion29fix: nouns that are verbs as well take lower-case modifiers only ("Moscow's repeated claim"; "Kyiv's
  // Deadliest Night Claims 12 Lives" is the city), and a force only straight after the possessive ("Moscow forces
  // airlines to reroute", "Kyiv's air defence forces", "Moscow's police forces" are the city).
  state_noun_verb: ['claim', 'claims'],
  state_force: ['forces', 'troops'],
  // The parts of the Kremlin's grounds after a bare "Kremlin": "a drone attack on Kremlin walls" (detect/locate.ts
  // seatPlaces). Any other lower-case word makes the seat the state: "attack on Kremlin critics", "on Kremlin policy".
  seat_site: [
    ...['wall', 'walls', 'building*', 'tower*', 'palace', 'grounds', 'compound', 'residence', 'territory'],
    ...['gate*', 'dome*', 'roof*', 'cathedral*', 'complex', 'fortress', 'square', 'garden*'],
  ],
  // Its bodies and means: "Kyiv's air force said", "Moscow's forces", "restock Kyiv's arsenal".
  // "Moscow's Defence Ministry claims downing …", "the attack that triggered Kyiv's defences".
  state_body: [
    'air force',
    'forces',
    'troops',
    'army',
    'military',
    'arsenal',
    'allies',
    'Ministry of Defence',
    'Ministry of Defense',
    'Defence Ministry',
    'Defense Ministry',
    'defences',
    'defenses',
  ],
  not_weapon: ['surface-to-air missile systems', 'missile systems', 'missile defence', 'missile defense'],
  // "a drone hit a water tank", "a think tank": no military tank (the fuel and oil tanks are `objects`, industrial).
  not_object: [
    'water tank',
    'water tanks',
    'gas tank',
    'gas tanks',
    'septic tank',
    'septic tanks',
    'think tank',
    'think tanks',
  ],
  weapons: [
    { pattern: 'UAVs', weapon: 'uav' },
    { pattern: 'UAV', weapon: 'uav', singular: true },
    { pattern: 'drones', weapon: 'uav' },
    { pattern: 'drone', weapon: 'uav', singular: true },
    { pattern: 'unmanned aerial vehicles', weapon: 'uav' },
    { pattern: 'unmanned aerial vehicle', weapon: 'uav', singular: true },
    { pattern: 'Shahed*', weapon: 'uav', model: 'Shahed' },
    { pattern: 'Geran*', weapon: 'uav', model: 'Geran' },
    { pattern: 'Lancet', weapon: 'uav', model: 'Lancet' },
    { pattern: 'Lancets', weapon: 'uav', model: 'Lancet' },
    { pattern: 'Orlan*', weapon: 'uav', model: 'Orlan' },
    { pattern: 'FPV drones', weapon: 'fpv_drone' },
    { pattern: 'FPV drone', weapon: 'fpv_drone', singular: true },
    { pattern: 'FPV', weapon: 'fpv_drone', singular: true },
    { pattern: 'cruise missiles', weapon: 'cruise_missile' },
    { pattern: 'cruise missile', weapon: 'cruise_missile', singular: true },
    { pattern: 'Kalibr*', weapon: 'cruise_missile', model: 'Kalibr' },
    { pattern: 'Kh-101', weapon: 'cruise_missile', model: 'Kh-101' },
    { pattern: 'Kh-555', weapon: 'cruise_missile', model: 'Kh-555' },
    { pattern: 'Kh-22', weapon: 'cruise_missile', model: 'Kh-22' },
    { pattern: 'Kh-31', weapon: 'missile', model: 'Kh-31' },
    { pattern: 'Oreshnik', weapon: 'ballistic_missile', model: 'Oreshnik' },
    { pattern: 'Zircon', weapon: 'cruise_missile', model: 'Zircon' },
    { pattern: 'Tsirkon', weapon: 'cruise_missile', model: 'Zircon' },
    { pattern: 'Oniks', weapon: 'cruise_missile', model: 'Oniks' },
    // The English spellings of the same missiles, and the class the Russian and Ukrainian lexicons give an anti-ship
    // missile: "Onyx", "Neptune", "anti-ship missiles" are cruise missiles too.
    { pattern: 'Onyx', weapon: 'cruise_missile', model: 'Oniks' },
    { pattern: 'Neptune*', weapon: 'cruise_missile', model: 'Neptune' },
    { pattern: 'anti-ship missiles', weapon: 'cruise_missile' },
    { pattern: 'anti-ship missile', weapon: 'cruise_missile', singular: true },
    { pattern: 'Iskander-K', weapon: 'cruise_missile', model: 'Iskander-K' },
    { pattern: 'Kh-59', weapon: 'missile', model: 'Kh-59' },
    { pattern: 'Kh-69', weapon: 'missile', model: 'Kh-69' },
    { pattern: 'Storm Shadow*', weapon: 'cruise_missile', model: 'Storm Shadow' },
    // "Ukraine Says It Shot Down Hypersonic Missile Over Kyiv": in this war's reporting, the Kinzhal.
    { pattern: 'hypersonic missiles', weapon: 'ballistic_missile' },
    { pattern: 'hypersonic missile', weapon: 'ballistic_missile', singular: true },
    { pattern: 'ballistic missiles', weapon: 'ballistic_missile' },
    { pattern: 'ballistic missile', weapon: 'ballistic_missile', singular: true },
    { pattern: 'Kinzhal*', weapon: 'ballistic_missile', model: 'Kinzhal' },
    { pattern: 'Kh-47*', weapon: 'ballistic_missile', model: 'Kinzhal' },
    { pattern: 'Tochka*', weapon: 'ballistic_missile', model: 'Tochka-U' },
    // An air-defence missile fired at the ground ("shelled Kramatorsk with S-300 missiles"): a missile (docs/eval.md).
    { pattern: 'S-300*', weapon: 'missile', model: 'S-300' },
    { pattern: 'Iskander*', weapon: 'ballistic_missile', model: 'Iskander-M' },
    { pattern: 'ATACMS', weapon: 'ballistic_missile', model: 'ATACMS' },
    { pattern: 'missiles', weapon: 'missile' },
    { pattern: 'missile alert*', weapon: 'missile' },
    { pattern: 'missile danger', weapon: 'missile' },
    { pattern: 'drone alert*', weapon: 'uav' },
    { pattern: 'drone danger', weapon: 'uav' },
    { pattern: 'missile', weapon: 'missile', singular: true },
    { pattern: 'guided aerial bombs', weapon: 'guided_bomb' },
    { pattern: 'guided aerial bomb', weapon: 'guided_bomb', singular: true },
    { pattern: 'guided bombs', weapon: 'guided_bomb' },
    { pattern: 'guided bomb', weapon: 'guided_bomb', singular: true },
    { pattern: 'glide bombs', weapon: 'guided_bomb' },
    { pattern: 'glide bomb', weapon: 'guided_bomb', singular: true },
    { pattern: 'aerial bombs', weapon: 'guided_bomb' },
    { pattern: 'aerial bomb', weapon: 'guided_bomb', singular: true },
    { pattern: 'KAB*', weapon: 'guided_bomb', model: 'KAB' },
    // The news's loose word for a missile too: "rocket attack on a school … as another wave of missiles hits the
    // country" is one missile attack (`loose`, detect/loose-weapons.ts); a report that names no missile keeps it a
    // rocket ("rocket strikes on a border village injured three").
    { pattern: 'rockets', weapon: 'rocket', loose: 'missile' },
    { pattern: 'rocket', weapon: 'rocket', singular: true, loose: 'missile' },
    { pattern: 'HIMARS', weapon: 'rocket', model: 'HIMARS' },
    // The Grad launcher's rockets, whatever the writer calls them: "a Grad missile landed beside the car".
    { pattern: 'Grad rockets', weapon: 'rocket', model: 'Grad' },
    { pattern: 'Grad rocket', weapon: 'rocket', model: 'Grad', singular: true },
    { pattern: 'Grad missiles', weapon: 'rocket', model: 'Grad' },
    { pattern: 'Grad missile', weapon: 'rocket', model: 'Grad', singular: true },
    { pattern: 'Vampire', weapon: 'rocket', model: 'Vampire' },
    { pattern: 'high-speed air targets', weapon: 'high_speed_target' },
    { pattern: 'high-speed air target', weapon: 'high_speed_target', singular: true },
    { pattern: 'high-speed targets', weapon: 'high_speed_target' },
    { pattern: 'high-speed target', weapon: 'high_speed_target', singular: true },
    { pattern: 'fast air target', weapon: 'high_speed_target', singular: true },
    { pattern: 'fast air targets', weapon: 'high_speed_target' },
    { pattern: 'air targets', weapon: 'unknown_air_target' },
    { pattern: 'air target', weapon: 'unknown_air_target', singular: true },
    { pattern: 'unmanned boats', weapon: 'unmanned_boat' },
    { pattern: 'unmanned boat', weapon: 'unmanned_boat', singular: true },
    { pattern: 'naval drones', weapon: 'unmanned_boat' },
    { pattern: 'naval drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'sea drones', weapon: 'unmanned_boat' },
    { pattern: 'sea drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'sea-based drones', weapon: 'unmanned_boat' },
    { pattern: 'sea-based drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'surface drones', weapon: 'unmanned_boat' },
    { pattern: 'surface drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'maritime drones', weapon: 'unmanned_boat' },
    { pattern: 'maritime drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'drone boats', weapon: 'unmanned_boat' },
    { pattern: 'drone boat', weapon: 'unmanned_boat', singular: true },
    { pattern: 'uncrewed boats', weapon: 'unmanned_boat' },
    // "semi-submersible kamikaze marine drones", "airborne and underwater drones", "naval suicide drones", "small
    // unmanned surface ships": a drone of the sea by any of its names.
    { pattern: 'marine drones', weapon: 'unmanned_boat' },
    { pattern: 'marine drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'underwater drones', weapon: 'unmanned_boat' },
    { pattern: 'underwater drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'naval suicide drones', weapon: 'unmanned_boat' },
    { pattern: 'naval suicide drone', weapon: 'unmanned_boat', singular: true },
    { pattern: 'unmanned surface ships', weapon: 'unmanned_boat' },
    { pattern: 'unmanned surface vessels', weapon: 'unmanned_boat' },
    { pattern: 'unmanned surface vessel', weapon: 'unmanned_boat', singular: true },
  ],
  objects: [
    { pattern: 'residential building*', object: 'residential_building' },
    { pattern: 'apartment*', object: 'residential_building' },
    { pattern: 'multi-story building*', object: 'residential_building' },
    { pattern: 'multi-storey building*', object: 'residential_building' },
    { pattern: 'high-rise*', object: 'residential_building' },
    { pattern: 'multi-family home*', object: 'residential_building' },
    { pattern: 'private house*', object: 'residential_building' },
    { pattern: 'homes', object: 'residential_building' },
    { pattern: 'home', object: 'residential_building' },
    { pattern: 'houses', object: 'residential_building' },
    { pattern: 'house', object: 'residential_building' },
    { pattern: 'dwelling*', object: 'residential_building' },
    { pattern: 'administrative building*', object: 'administrative_building' },
    { pattern: 'government building*', object: 'administrative_building' },
    { pattern: 'office building*', object: 'administrative_building' },
    { pattern: 'substation*', object: 'energy_infrastructure' },
    { pattern: 'power plant*', object: 'energy_infrastructure' },
    { pattern: 'power station*', object: 'energy_infrastructure' },
    { pattern: 'energy facilit*', object: 'energy_infrastructure' },
    { pattern: 'energy infrastructure', object: 'energy_infrastructure' },
    { pattern: 'power line*', object: 'energy_infrastructure' },
    { pattern: 'thermal power*', object: 'energy_infrastructure' },
    { pattern: 'oil depot*', object: 'industrial' },
    { pattern: 'refinery', object: 'industrial' },
    { pattern: 'refineries', object: 'industrial' },
    { pattern: 'factory', object: 'industrial' },
    { pattern: 'plant', object: 'industrial' },
    { pattern: 'industrial*', object: 'industrial' },
    { pattern: 'enterprise*', object: 'industrial' },
    { pattern: 'warehouse*', object: 'industrial' },
    { pattern: 'railway*', object: 'transport' },
    { pattern: 'bridge*', object: 'transport' },
    { pattern: 'train*', object: 'transport' },
    { pattern: 'port', object: 'transport' },
    { pattern: 'airfield*', object: 'airport' },
    { pattern: 'air base*', object: 'airport' },
    { pattern: 'airbase*', object: 'airport' },
    { pattern: 'airport building*', object: 'airport' },
    { pattern: 'car', object: 'vehicle' },
    { pattern: 'cars', object: 'vehicle' },
    { pattern: 'vehicle*', object: 'vehicle' },
    { pattern: 'bus', object: 'vehicle' },
    { pattern: 'truck*', object: 'vehicle' },
    { pattern: 'resident', object: 'person' },
    { pattern: 'residents', object: 'person' },
    { pattern: 'civilian', object: 'person' },
    { pattern: 'civilians', object: 'person' },
    { pattern: 'man', object: 'person' },
    { pattern: 'woman', object: 'person' },
    { pattern: 'driver', object: 'person' },
    { pattern: 'pedestrian*', object: 'person' },
    // "A newborn baby was killed", "a journalist died in a rocket attack", "writer … killed in Russian missile attack": a
    // person named by who they were is one person hurt, as "a man" is (real dev leads, en21). A figure the sentence
    // states beats them ("writer … died after a missile hit a cafe, killing 12": detectCasualties).
    { pattern: 'baby', object: 'person' },
    { pattern: 'newborn', object: 'person' },
    { pattern: 'child', object: 'person' },
    { pattern: 'journalist', object: 'person' },
    { pattern: 'writer', object: 'person' },
    // "a three-year-old killed", "an 11-year-old girl": an age names one person (the number is no count).
    { pattern: 'year-old', object: 'person' },
    // "destroyed two Su-34 jets", "hit a radar and a command post": a military target, struck rather than shot down.
    { pattern: 'aircraft', object: 'military' },
    { pattern: 'jets', object: 'military' },
    // "Russian drone destroys Ukrainian warplane", "a drone has destroyed a Russian bomber" (after a verb of
    // intercepting, `intercepting`, an aircraft is what was shot down).
    { pattern: 'jet', object: 'military' },
    { pattern: 'warplane*', object: 'military' },
    { pattern: 'bomber', object: 'military' },
    { pattern: 'bombers', object: 'military' },
    { pattern: 'fighter jet*', object: 'military' },
    { pattern: 'helicopter*', object: 'military' },
    // The forms `aircraft` and `aircraft_plural` list exactly are entries of their own, which a wildcard above does
    // not reach: "Two Russian helicopters were destroyed by drones" names a military target all the same.
    ...['warplane', 'warplanes', 'fighter jet', 'fighter jets', 'helicopter', 'helicopters', 'chopper', 'choppers'].map(
      (pattern) => ({ pattern, object: 'military' as const }),
    ),
    { pattern: 'radar*', object: 'military' },
    { pattern: 'command post*', object: 'military' },
    // "an S-300 missile system was destroyed": a launcher on the ground, and the model before it names the system
    // (detect/count.ts, `weaponMentions`).
    { pattern: 'missile system*', object: 'military' },
    { pattern: 'missile complex*', object: 'military' },
    { pattern: 'missile defence system*', object: 'military' },
    { pattern: 'missile defense system*', object: 'military' },
    // Military hardware and stores struck on the ground: "destroyed an ammunition depot", "took out howitzers".
    { pattern: 'ammunition depot*', object: 'military' },
    { pattern: 'ammunition dump*', object: 'military' },
    { pattern: 'ammo depot*', object: 'military' },
    { pattern: 'arms depot*', object: 'military' },
    { pattern: 'fuel depot*', object: 'industrial' },
    { pattern: 'howitzer*', object: 'military' },
    { pattern: 'armored vehicle*', object: 'military' },
    { pattern: 'armoured vehicle*', object: 'military' },
    { pattern: 'tanks', object: 'military' },
    // "a drone destroyed a Russian tank": the singular too. A tank that stores fuel or oil is an industrial target
    // ("a drone hit a fuel tank at an oil depot", "an oil storage tank"); water, gas and think tanks are `not_object`.
    { pattern: 'tank', object: 'military' },
    { pattern: 'fuel tank', object: 'industrial' },
    { pattern: 'fuel tanks', object: 'industrial' },
    { pattern: 'oil tank', object: 'industrial' },
    { pattern: 'oil tanks', object: 'industrial' },
    { pattern: 'storage tank', object: 'industrial' },
    { pattern: 'storage tanks', object: 'industrial' },
    { pattern: 'warship*', object: 'military' },
    { pattern: 'landing ship*', object: 'military' },
    { pattern: 'patrol ship*', object: 'military' },
  ],
  details: [
    { pattern: 'window*', detail: 'windows' },
    { pattern: 'façade*', detail: 'facades' },
    { pattern: 'facade*', detail: 'facades' },
    { pattern: 'roof*', detail: 'roof' },
    { pattern: 'glazing', detail: 'glazing' },
    { pattern: 'balcon*', detail: 'balconies' },
    { pattern: 'fence*', detail: 'fence' },
    // Buildings a humanitarian desk asks after: only beside the damage word ("damaged a children's hospital").
    { pattern: 'hospital', detail: 'hospital', near: true },
    { pattern: 'hospitals', detail: 'hospital', near: true },
    { pattern: 'clinic', detail: 'clinic', near: true },
    { pattern: 'clinics', detail: 'clinic', near: true },
    { pattern: 'school', detail: 'school', near: true },
    { pattern: 'schools', detail: 'school', near: true },
    { pattern: 'kindergarten*', detail: 'kindergarten', near: true },
  ],
  roles: [
    { pattern: 'governor', role: 'governor' },
    { pattern: 'gov.', role: 'governor' },
    { pattern: 'mayor', role: 'mayor' },
    { pattern: 'regional head', role: 'governor' },
    { pattern: 'head of the region', role: 'governor' },
    { pattern: 'regional chief', role: 'governor' },
    { pattern: 'acting governor', role: 'governor' },
    { pattern: 'Defence Ministry', role: 'ministry', institution: true },
    { pattern: 'Defense Ministry', role: 'ministry', institution: true },
    { pattern: 'Ministry of Defence', role: 'ministry', institution: true },
    { pattern: 'Ministry of Defense', role: 'ministry', institution: true },
    { pattern: 'MoD', role: 'ministry', institution: true },
    { pattern: 'Air Force', role: 'air_force', institution: true },
    { pattern: 'Air Forces', role: 'air_force', institution: true },
    { pattern: 'military administration', role: 'military_administration', institution: true },
    { pattern: 'head of the regional military administration', role: 'military_administration' },
    { pattern: 'emergency services ministry', role: 'emergency_service', institution: true },
    { pattern: 'Emergencies Ministry', role: 'emergency_service', institution: true },
    {
      pattern: 'State Emergency Service',
      role: 'emergency_service',
      institution: true,
      named: 'State Emergency Service',
    },
    { pattern: 'Rosaviatsia', role: 'aviation_authority', institution: true, named: 'Rosaviatsia' },
    // Unnamed officials and offices: "officials said", "the regional emergency headquarters said".
    { pattern: 'officials', role: 'official', institution: true },
    { pattern: 'official', role: 'official', institution: true },
    { pattern: 'authorities', role: 'official', institution: true },
    { pattern: 'emergency headquarters', role: 'official', institution: true },
    { pattern: 'operational headquarters', role: 'official', institution: true },
    // "the airport's press service said", "the city council said": offices (docs/eval.md: airport press services are
    // officials). Not a bare "press service": a governor's or a ministry's speaks for its owner.
    { pattern: "airport's press service", role: 'official', institution: true },
    { pattern: 'airport press service', role: 'official', institution: true },
    { pattern: 'city council', role: 'official', institution: true },
    { pattern: 'government', role: 'official', institution: true },
    // "The Kremlin has said", "the Kremlin claimed": the Russian state's officials, not a person.
    { pattern: 'the Kremlin', role: 'official', institution: true },
    { pattern: 'grid operator', role: 'official', institution: true },
    { pattern: 'Ukrenergo', role: 'official', institution: true, named: 'Ukrenergo' },
    { pattern: 'Federal Air Transport Agency', role: 'aviation_authority', institution: true, named: 'Rosaviatsia' },
    // Institutions that speak in wire leads: "the interior ministry said", "Russia's military said", "Ukrainian police
    // said", "the army command said", "Ukraine's military intelligence said" (docs/eval.md: bodies other than the
    // ministry and the air force are officials). Longer entries win: "military administration" stays itself.
    { pattern: 'Interior Ministry', role: 'ministry', institution: true },
    { pattern: 'ministry', role: 'ministry', institution: true },
    { pattern: 'military', role: 'official', institution: true },
    { pattern: 'army', role: 'official', institution: true },
    // "Ukraine's armed forces said" (claim39; fixclaim25 took it out while "the head of Ukraine's armed forces, General
    // Zaluzhny, said" gave the body rather than the head: detect/claimant.ts `titledHead` now reads the head).
    { pattern: 'armed forces', role: 'official', institution: true },
    { pattern: 'police', role: 'official', institution: true },
    { pattern: 'National Police', role: 'official', institution: true },
    { pattern: 'General Staff', role: 'official', institution: true },
    { pattern: 'military intelligence', role: 'official', institution: true },
    { pattern: 'Security Service', role: 'official', institution: true },
    { pattern: 'SBU', role: 'official', institution: true },
    { pattern: 'FSB', role: 'official', institution: true },
    { pattern: 'prosecutors', role: 'official', institution: true },
    { pattern: "prosecutor's office", role: 'official', institution: true },
    { pattern: 'emergency services', role: 'emergency_service', institution: true },
    { pattern: 'Ministry of Emergency Situations', role: 'emergency_service', institution: true },
    // A commander speaks in person: "said Ukraine's military chief, General Petrenko".
    { pattern: 'military chief', role: 'official' },
    { pattern: 'army chief', role: 'official' },
    { pattern: 'commander-in-chief', role: 'official' },
    // Civil administrations of Ukrainian cities and regions speak as the military administration does (docs/eval.md):
    // "Kyiv's city administration said", "the regional administration reported".
    { pattern: 'city administration', role: 'military_administration', institution: true },
    { pattern: 'regional administration', role: 'military_administration', institution: true },
    { pattern: 'regional state administration', role: 'military_administration', institution: true },
    { pattern: 'city military administration', role: 'military_administration', institution: true },
    // Officials known by their post, who speak only with a verb of saying or "according to": "a Ukrainian presidential
    // adviser said", "an adviser to Ukraine's president … said", "a Ukrainian colonel said", "the head of the Regional
    // Council … said", "deputy head of presidential administration … wrote". Institutions here, so that a title alone
    // ("the president's visit") never makes a speaker.
    { pattern: 'presidential adviser', role: 'official', institution: true },
    { pattern: 'presidential aide', role: 'official', institution: true },
    { pattern: 'adviser to', role: 'official', institution: true },
    { pattern: 'advisor to', role: 'official', institution: true },
    { pattern: 'aide to', role: 'official', institution: true },
    { pattern: 'colonel', role: 'official', institution: true },
    { pattern: 'presidential administration', role: 'official', institution: true },
    { pattern: 'Regional Council', role: 'official', institution: true },
    { pattern: 'City Council', role: 'official', institution: true },
    // Outlets quoted as the source are media (docs/eval.md): "news agency Agence France-Presse reports", "Agence
    // France-Presse reported", "the Belta news agency quoted", "Russian state media reported", "TASS said".
    { pattern: 'news agency', role: 'media', institution: true },
    { pattern: 'state media', role: 'media', institution: true },
    { pattern: 'state news agency', role: 'media', institution: true },
    { pattern: 'Agence France-Presse', role: 'media', institution: true },
    { pattern: 'AFP', role: 'media', institution: true },
    { pattern: 'Reuters', role: 'media', institution: true },
    { pattern: 'Associated Press', role: 'media', institution: true },
    { pattern: 'TASS', role: 'media', institution: true },
    { pattern: 'RIA Novosti', role: 'media', institution: true },
    { pattern: 'Interfax', role: 'media', institution: true },
    // Broadcasters: "Suspilne, Ukraine's state broadcaster, reported", "told state television", "said on state TV".
    { pattern: 'broadcaster', role: 'media', institution: true },
    { pattern: 'state television', role: 'media', institution: true },
    { pattern: 'state TV', role: 'media', institution: true },
    { pattern: 'Suspilne', role: 'media', institution: true },
    // Military bloggers are media, not the military: "Russian military bloggers said".
    { pattern: 'military bloggers', role: 'media', institution: true },
    { pattern: 'military correspondents', role: 'media', institution: true },
    { pattern: 'war correspondents', role: 'media', institution: true },
  ],
  noun_modifiers_first: true,
  lead_retells_headline: true,
  air_force_national: true,
  house_styles: [],
  // "Odesa OVA", "Kharkiv ODA (Telegram)": a Ukrainian oblast's military administration (OVA, oblasna viiskova
  // administratsiia) and its civil one before 2022 (ODA, oblasna derzhavna administratsiia), in Latin letters. Spelled
  // out ("Odesa Oblast Military Administration") the `roles` read them.
  channel_roles: [
    { pattern: 'OVA', role: 'military_administration' },
    { pattern: 'ODA', role: 'military_administration' },
  ],
  channels: [
    { pattern: 'Telegram', channel: 'Telegram' },
    { pattern: 'statement', channel: 'statement' },
    { pattern: 'briefing', channel: 'briefing' },
  ],
  // English does not inflect: "Russia launched" (also an attacker) and "at Russia" are one word; the rule takes a
  // country after the fact's verb first, and one before it only when it is not the subject side.
  countries: [
    { pattern: 'Ukraine', country: 'UA' },
    { pattern: 'across Ukraine', country: 'UA' },
    { pattern: 'across Russia', country: 'RU' },
    { pattern: 'Russia', country: 'RU' },
    { pattern: 'Ukrainian cities', country: 'UA' },
    { pattern: 'Ukrainian regions', country: 'UA' },
    { pattern: 'Russian cities', country: 'RU' },
    { pattern: 'Russian regions', country: 'RU' },
    { pattern: 'Russian territory', country: 'RU' },
    // "the biggest barrage on Russian soil": the country, as its territory is.
    { pattern: 'Russian soil', country: 'RU' },
    { pattern: 'Ukrainian soil', country: 'UA' },
    // The neighbours a stray missile or drone reaches: a fact told of one is that country's, not Ukraine's wave
    // ("a Ukrainian missile hits Belarus", "Belarus says it shot down a missile"). The gazetteer has no regions there.
    { pattern: 'Belarus', country: 'BY' },
    { pattern: 'Poland', country: 'PL' },
    { pattern: 'Moldova', country: 'MD' },
    { pattern: 'Romania', country: 'RO' },
  ],
  areas: [
    { pattern: 'over', area: 'over' },
    { pattern: 'above', area: 'over' },
    { pattern: 'approaching', area: 'approaching' },
    { pattern: 'approached', area: 'approaching' },
    { pattern: 'on approach to', area: 'approaching' },
    { pattern: 'flying toward*', area: 'approaching' },
    { pattern: 'heading toward*', area: 'approaching' },
    { pattern: 'near', area: 'near' },
    { pattern: 'outside', area: 'near' },
    { pattern: 'in', area: 'in' },
  ],
  // The seat of power as a place, only after an attack word's target preposition ("a drone attack on the Kremlin"):
  // Moscow's.
  // Both forms: "the Kremlin" is also a claimant entry, the longer hit; a headline may drop the article. The bare form
  // also modifies a noun ("sanctions on Kremlin officials", "the crackdown on Kremlin critics"): the place before a
  // `seat_site` noun ("a drone attack on Kremlin walls"), the state before any other lower-case word.
  seats: [
    { pattern: 'the Kremlin', region: 'RU-MOW' },
    { pattern: 'Kremlin', region: 'RU-MOW', modifier: true },
  ],
};
