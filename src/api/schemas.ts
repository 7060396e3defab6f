// The schemas that validate the API's input and describe its output. The OpenAPI document (/api/openapi.json) is
// generated from these same objects (routes.ts), so what is checked and what is documented cannot drift.
import { z } from '@hono/zod-openapi';
import { INCIDENT_STATUSES } from '../core/incident-query.ts';
import { CLAIMANT_ROLES, COUNTRIES, FACT_KINDS, PRECISIONS, WEAPONS } from '../core/types.ts';

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;
export const MAX_CHANGES_PAGE = 1000;
/** The newest this many incidents make an Atom feed; more set X-Export-Truncated. The other exports stream every
 *  match. */
export const ATOM_CAP = 1000;

/** An empty parameter is no parameter: an HTML form sends `kind=` for a select left on "any". */
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

/** An offset whose `+` arrived as a space: a query string reads an unencoded `+` as one
 *  (`since=2025-06-02T05:00:00+03:00` typed into curl -G or a browser). */
const PLUS_AS_SPACE = /\d:\d{2}(?::\d{2}(?:\.\d+)?)? \d{2}(?::?\d{2})?$/;

// A time whose `+` became a space is refused with how to send it rather than read: the same unencoded `+` turns
// `q=a+b` into "a b" unseen, so a client that sends it must learn to encode, not be guessed after.
const isoTime = (name: string) =>
  z
    .string()
    .superRefine((v, ctx) => {
      if (!Number.isNaN(Date.parse(v))) return;
      ctx.addIssue({
        code: 'custom',
        message: PLUS_AS_SPACE.test(v)
          ? `${name} has a space where its offset's + belongs ("${v}"): in a URL an unencoded + means a space, so send + as %2B (${name}=${v.replace(/ (?=\d{2}(?::?\d{2})?$)/, '%2B')})`
          : `${name} must be an ISO 8601 time like 2025-05-07T03:00:00+03:00`,
      });
    })
    .optional();

/** A night as the store keys it, YYYY-MM-DD; whether the day exists is checked with the rest of the filter. */
const night = (name: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${name} must be a night as YYYY-MM-DD, like 2025-05-07` })
    .optional();

const wholeNumber = (name: string, min: number, max: number, tooBig: string) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int({ message: `${name} must be a whole number` })
    .min(min, { message: `${name} must be ${min} or more` })
    .max(max, { message: tooBig });

/** The filters every list, count and export takes. */
export const FilterQuery = z.object({
  since: blank(isoTime('since')).openapi({
    description: 'Incidents whose window ends at or after this time (ISO 8601 with offset).',
    example: '2025-05-06T18:00:00+03:00',
  }),
  until: blank(isoTime('until')).openapi({ description: 'Incidents whose window starts at or before this time.' }),
  first_night: blank(night('first_night')).openapi({
    description:
      "Incidents the store files under this night or a later one (YYYY-MM-DD: the night that ends at 18:00 UTC+3 that day, the key of stats' by_night). What the page's period selects.",
    example: '2025-05-07',
  }),
  last_night: blank(night('last_night')).openapi({
    description: 'Incidents the store files under this night or an earlier one (YYYY-MM-DD, inclusive).',
    example: '2025-05-08',
  }),
  region: blank(z.union([z.string(), z.array(z.string())]).optional()).openapi({
    description:
      'ISO 3166-2 code (RU-KRS), country (RU, UA) or a name in English, Russian or Ukrainian ("Kursk", «Курская», "Kyiv Oblast"). Repeat it or separate with commas for several regions. A value that matches no region is a 400.',
    example: 'RU-KRS,Belgorod',
  }),
  kind: blank(z.enum(FACT_KINDS, { message: `kind must be one of ${FACT_KINDS.join(', ')}` }).optional()).openapi({
    description: 'The incident kind.',
  }),
  weapon: blank(z.enum(WEAPONS, { message: `weapon must be one of ${WEAPONS.join(', ')}` }).optional()).openapi({
    description: 'Incidents that report this weapon type.',
  }),
  status: blank(
    z.enum(INCIDENT_STATUSES, { message: `status must be one of ${INCIDENT_STATUSES.join(', ')}` }).optional(),
  ).openapi({ description: 'Corroboration status.' }),
  q: z.string().max(200, { message: 'q must be at most 200 characters' }).optional().openapi({
    description:
      "Free text, case-insensitive: region names (the incident's as written, and every region's name in en/ru/uk), places, claimants (name, role, channel, the body by its own name), airports (code, or any of their names in en/ru/uk: Sheremetyevo, Шереметьево), weapons (a model or class word in en/ru/uk, the whole query: Shahed, Kh-101, Іскандер, drones), source titles and publishers; a name also in the other script (Rosaviatsia finds Росавиация). Evidence sentences are not searched.",
    example: 'Shapsha',
  }),
});

/** How a reader asks for region names in one language (the page, a script that shows a list). */
export const LangQuery = z.object({
  lang: blank(z.enum(['en', 'ru', 'uk'], { message: 'lang must be one of en, ru, uk' }).optional()).openapi({
    description:
      "Name every region of the answer (region, regions, weapons' and casualties' scopes) canonically in this language. Without it, each incident names its regions in the language most of its reports are written in. Facts keep the name as written.",
    example: 'en',
  }),
});

/** The exports' query: the filters, and the language of region names (English by default: CSV's admin1). */
export const ExportQuery = FilterQuery.extend(LangQuery.shape);

export const ListQuery = FilterQuery.extend({
  ...LangQuery.shape,
  limit: blank(
    wholeNumber('limit', 1, MAX_PAGE, `limit must be at most ${MAX_PAGE}; follow X-Next-Cursor for more`).optional(),
  ).openapi({ description: `Page size, default ${DEFAULT_PAGE}, at most ${MAX_PAGE} (more is a 400).` }),
  cursor: blank(z.string().optional()).openapi({
    description: 'Where the page starts: the X-Next-Cursor of the previous page (opaque).',
  }),
  offset: blank(wholeNumber('offset', 0, Number.MAX_SAFE_INTEGER, 'offset is too large').optional()).openapi({
    description: 'Deprecated: skip this many matches (ignored with cursor). Prefer cursor.',
  }),
});

export const ChangesQuery = z.object({
  since: blank(wholeNumber('since', 0, Number.MAX_SAFE_INTEGER, 'since is too large').optional()).openapi({
    description: 'Changes after this revision (default 0: from the start).',
  }),
  limit: blank(
    wholeNumber('limit', 1, MAX_CHANGES_PAGE, `limit must be at most ${MAX_CHANGES_PAGE}`).optional(),
  ).openapi({ description: `JSON only: at most this many changes (default ${DEFAULT_PAGE}).` }),
});

export const IdParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'inc_3f9a2c' }),
});

export const ErrorBody = z
  .object({
    error: z.string(),
    field: z.string().optional().openapi({ description: 'The parameter or body field at fault, when one is.' }),
  })
  .openapi('Error');

const Count = z
  .object({
    value: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    approx: z.boolean(),
    said: z.enum(['over', 'at_least', 'vague']).optional().openapi({
      description:
        'How the report bounded a count with no value: over ("over 70": min 71), at_least ("at least 10": min 10), vague (a bare plural, "hundreds": min 200). An extension.',
    }),
  })
  .openapi('Count');
const RegionRef = z.object({ code: z.string(), name: z.string() }).openapi('RegionRef');
const PlaceRef = z
  .object({ name: z.string(), lat: z.number().nullable(), lon: z.number().nullable() })
  .openapi('PlaceRef');
const Claimant = z
  .object({
    name: z.string().nullable(),
    role: z.string().nullable(),
    channel: z.string().nullable(),
    institution: z.string().optional().openapi({
      description:
        'Extension: the body that speaks by its own name, when the text names one body (Росавиация, Rosaviatsia, ДСНС); absent otherwise.',
    }),
  })
  .openapi('Claimant');

/** The Incident of docs/contract.md: the fields it names; extensions pass through. */
export const IncidentSchema = z
  .looseObject({
    id: z.string(),
    kind: z.enum(FACT_KINDS),
    region: RegionRef.nullable(),
    regions: z.array(RegionRef).optional(),
    place: PlaceRef.nullable(),
    places: z.array(PlaceRef).optional(),
    country: z
      .enum(COUNTRIES)
      .optional()
      .openapi({ description: 'Set on an incident of nationwide facts (no region): the country they were told of.' }),
    when: z
      .object({
        start: z.string(),
        end: z.string(),
        precision: z.enum(PRECISIONS).openapi({
          description:
            "The contract's six values and 'evening' (an extension): a day named by its evening, the window that whole day.",
        }),
      })
      .nullable()
      .openapi({ description: 'ISO 8601 with offset.' }),
    weapons: z.array(
      z.looseObject({
        type: z.enum(WEAPONS),
        count: Count.nullable().openapi({
          description: "An interception's: destroyed / intercepted; any other kind's: how many struck.",
        }),
        launched: Count.nullable().optional(),
        hit: Count.nullable().optional(),
      }),
    ),
    effects: z.array(z.object({ kind: z.string(), object: z.string().nullable(), detail: z.string().nullable() })),
    casualties: z.object({
      killed: z.number().nullable(),
      injured: z.number().nullable(),
      children_killed: z.number().nullable().optional().openapi({
        description: 'The children among the killed (a part of `killed`); null when not told.',
      }),
      children_injured: z.number().nullable().optional().openapi({
        description: 'The children among the injured (a part of `injured`); null when not told.',
      }),
      scopes: z
        .array(
          z.object({
            field: z.enum(['killed', 'injured', 'children_killed', 'children_injured']),
            region: RegionRef.nullable(),
            count: z.number(),
            claimants: z.array(Claimant),
            report_ids: z.array(z.string()),
          }),
        )
        .optional()
        .openapi({
          description:
            "In an incident told over the country, each region's own figure (region null: the country's, told beside them). A region's figure is never the incident's: the mayor's 0 injured in Kyiv leaves `injured` null when no one told the whole.",
        }),
    }),
    airports: z.array(z.string()),
    diverted_to: z.array(z.string()),
    claimants: z.array(Claimant),
    facts: z.array(z.string()),
    sources: z.array(
      z.object({
        report_id: z.string(),
        title: z.string().nullable(),
        url: z.string().nullable(),
        publisher: z.string().nullable(),
        published_at: z.string(),
        origin_id: z.string(),
        mention: z.boolean().optional(),
      }),
    ),
    corroboration: z.looseObject({
      reports: z.number().openapi({ description: 'The reports listed under sources.' }),
      origins: z
        .number()
        .openapi({ description: 'Distinct statements: rewrites, reposts and copies of one statement are one origin.' }),
      voices: z.number().optional().openapi({
        description:
          'Origins counted once per claimant (two posts of one governor, or outlets quoting him, are one voice; a mention is none). What decides the status; absent on an incident stored before voices were counted: read it as origins.',
      }),
      status: z.enum(INCIDENT_STATUSES).openapi({
        description:
          'disputed: two origins give different values for one field (conflicts); else corroborated: two voices or more; else single_origin: one voice.',
      }),
    }),
    conflicts: z.array(
      z.object({
        field: z.string().openapi({ example: 'weapons[uav].count' }),
        values: z.array(
          z.object({
            value: z.unknown(),
            report_ids: z.array(z.string()),
            claimants: z.array(Claimant).optional().openapi({ description: 'Who gave this value (none named: []).' }),
          }),
        ),
      }),
    ),
    related: z.array(z.string()),
    updated_at: z.string(),
    aggregates: z
      .array(
        z.object({
          fact_id: z.string(),
          report_id: z.string(),
          claimed: Count,
          sum: z.number().nullable().openapi({
            description: 'What the incidents show; null when none shows a number (a count told jointly over them).',
          }),
          incident_ids: z.array(z.string()),
          consistent: z.boolean().nullable().openapi({ description: 'Null when `sum` is.' }),
          partial: z.literal(true).optional().openapi({
            description:
              'Its breakdown names only part of it ("48, including 21 over …"): consistent when the incidents add to no more than it.',
          }),
        }),
      )
      .openapi({
        description: 'Statements that sum several incidents ("over 70 in two regions"), checked against them.',
      }),
    tallies: z
      .record(
        z.string(),
        z.array(
          z.object({
            fact_id: z.string(),
            report_id: z.string(),
            published_at: z.string(),
            value: z.number().nullable(),
            increment: z.boolean(),
            correction: z
              .literal(true)
              .optional()
              .openapi({ description: 'This step corrects the ones before it ("16, not 11 as reported earlier").' }),
            parts: z.array(z.string()).optional().openapi({
              description:
                'The facts of one report whose models this step sums ("13 Kh-101 and 4 Kalibr shot down": 17); absent for one fact\'s number.',
            }),
          }),
        ),
      )
      .openapi({
        description: 'Successive totals of one claimant in one night, per weapon; the incident shows the latest.',
      }),
    reasons: z
      .array(z.object({ fact_id: z.string(), report_id: z.string(), reasons: z.array(z.string()) }))
      .openapi({ description: 'Why each fact is in the incident (sitrep explain).' }),
    revision: z.number().optional(),
    revised_at: z
      .string()
      .optional()
      .openapi({
        description:
          "When the store wrote the incident's last revision (the resolving process's clock, UTC): a change older than " +
          "the newest source (a late confirmation) shows here and in the Atom feed's updated, not in updated_at.",
      }),
    split_from: z.array(z.string()).optional(),
    lifted_at: z.string().optional().openapi({
      description:
        "An airport disruption's latest stated lifting time, ISO 8601 with offset; absent when none is stated.",
    }),
    lifted: z.literal(true).optional().openapi({
      description:
        'On an airport disruption, true when a report states its restrictions were lifted, with a time (lifted_at) or without one; absent otherwise.',
    }),
  })
  .openapi('Incident');

export const Redirect = z
  .object({ id: z.string(), merged_into: z.string().nullable(), split_into: z.array(z.string()), revision: z.number() })
  .openapi('Redirect');

export const RegionSchema = z
  .object({
    code: z.string().openapi({ example: 'RU-KRS' }),
    name: z.object({ en: z.string(), ru: z.string(), uk: z.string() }),
    country: z.string().openapi({ example: 'RU' }),
    centre: z.object({ name: z.string(), lat: z.number(), lon: z.number() }).nullable(),
  })
  .openapi('Region');

const RegionCount = z.object({
  code: z.string(),
  name: z.string().openapi({ description: 'English name.' }),
  names: z.object({ en: z.string(), ru: z.string(), uk: z.string() }),
  count: z.number(),
});

export const StatsSchema = z
  .object({
    total: z.number(),
    by_region: z.array(RegionCount).openapi({ description: 'Incidents by their own region, once each.' }),
    without_region: z.number().openapi({ description: 'Incidents with no region (not in by_region).' }),
    by_listed_region: z.array(RegionCount).openapi({
      description:
        'Incidents by every region they name: their own, and each region a nationwide incident lists. An incident ' +
        'counts under each, so this need not sum to total.',
    }),
    by_kind: z.array(z.object({ kind: z.string(), count: z.number() })),
    by_weapon: z.array(
      z.object({ weapon: z.string(), count: z.number() }).openapi({
        description: 'An incident reporting several weapon types counts under each.',
      }),
    ),
    by_night: z.array(
      z.object({
        night: z.string().openapi({ description: 'The date (UTC+3) the night ends, 18:00 to 18:00.' }),
        count: z.number(),
      }),
    ),
  })
  .openapi('Stats');

export const CHANGE_EVENTS = ['created', 'updated', 'merged', 'split', 'deleted'] as const;

export const ChangeSchema = z
  .object({
    revision: z.number(),
    action: z.enum(CHANGE_EVENTS),
    incident_id: z.string(),
    merged: z.array(z.string()).optional().openapi({ description: 'For merged: the ids that merged into this one.' }),
    split_from: z.array(z.string()).optional().openapi({ description: 'For split: the incidents it split off from.' }),
    night: z.string().openapi({ description: 'The night key of the incident.' }),
  })
  .openapi('Change');

export const IncidentDetail = IncidentSchema.extend({
  fact_details: z.array(z.looseObject({ id: z.string(), evidence: z.looseObject({ text: z.string() }) })),
  history: z
    .array(z.lazy(() => ChangeSchema))
    .openapi({ description: "The change log's entries for this incident, oldest first (created, updated, merged…)." }),
}).openapi('IncidentDetail');

export const ChangesSchema = z
  .object({
    changes: z.array(ChangeSchema),
    last_revision: z.number().openapi({ description: 'The newest revision in the store.' }),
    next_since: z
      .number()
      .openapi({ description: 'The since= of the next call: the last revision returned (or the since given).' }),
  })
  .openapi('Changes');

/** One earlier text of an edited report (GET /api/reports/{id} `revisions`, oldest first). */
export const ReportRevisionSchema = z
  .object({
    text: z.string().openapi({ description: 'The cleaned text as it stood before the edit.' }),
    title: z.string().nullable(),
    hash: z.string().openapi({ description: 'sha256 of that text.' }),
    edited_at: z
      .string()
      .nullable()
      .openapi({ description: 'When the source said that text was last edited, if it said so.' }),
    replaced_at: z.string().openapi({ description: 'When Sitrep read the newer text that replaced it.' }),
    source_replaced_at: z.string().nullable().openapi({
      description:
        "Extension: when the source said the newer text was edited (the edit that replaced this one, e.g. a Telegram export's edited_unixtime); null when it gave no time.",
    }),
  })
  .openapi('ReportRevision');

/** Where a stored report came from and how to check it is the same text (core/types.ts ReportProvenance). */
const ProvenanceSchema = z
  .object({
    source_id: z.string().nullable().openapi({ description: 'The sources.yaml row it came through, if any.' }),
    url: z.string().nullable().openapi({ description: "The report's URL; a file's path as given; null for a POST." }),
    fetched_at: z.string().nullable().openapi({ description: 'When its bytes were read or fetched.' }),
    published_at: z.string(),
    text_hash: z.string().openapi({ description: 'sha256 of the cleaned text.' }),
    raw_hash: z.string().nullable().openapi({ description: 'sha256 of the bytes as read.' }),
    item_key: z.string().nullable().openapi({ description: "The item's identity in its source (a feed guid)." }),
    byline: z.string().nullable(),
    edited_at: z.string().nullable().openapi({ description: 'When the source says the item was last edited.' }),
  })
  .openapi('Provenance');

/** GET /api/reports/{id}: the stored report (core/types.ts Report and the store's StoredReport) and its facts. */
export const ReportDetail = z
  .looseObject({
    id: z.string(),
    hash: z.string().openapi({ description: 'sha256 of the cleaned text: the idempotency key.' }),
    title: z.string().nullable(),
    url: z.string().nullable(),
    publisher: z.string().nullable().openapi({ description: 'Outlet or channel name.' }),
    published_at: z.string().openapi({ description: 'ISO 8601 with offset.' }),
    published_inferred: z.boolean().openapi({
      description:
        "True when the report gave no valid date and the file's modification time (or ingest time) was used.",
    }),
    lang: z.enum(['en', 'ru', 'uk']),
    text: z.string().openapi({ description: 'The cleaned text: every evidence offset points into it.' }),
    forwarded_from: z.string().nullable().openapi({ description: "A Telegram forward's original channel." }),
    removed: z.array(z.string()).openapi({ description: 'What cleaning left out of the text, kept for audit.' }),
    origin_id: z
      .string()
      .nullable()
      .openapi({ description: 'The origin it was grouped into (null before resolution).' }),
    input: z.string().nullable().openapi({ description: 'What it was ingested from: a path, a URL, - or api.' }),
    ingested_at: z.string(),
    provenance: ProvenanceSchema,
    revisions: z.array(ReportRevisionSchema).openapi({
      description: 'Earlier texts, oldest first: one per edit that changed the text; empty if never edited.',
    }),
    facts: z.array(z.looseObject({ id: z.string(), evidence: z.looseObject({ text: z.string() }) })),
  })
  .openapi('ReportDetail');

/** POST /api/reports: the types are checked here (and documented from here); report-body.ts then checks the
 *  values (non-empty text, a time with an offset, an http(s) URL) with messages that name the field. */
export const ReportBodySchema = z
  .object({
    text: z.string().openapi({ description: 'The report text.' }),
    published_at: z.string().openapi({ description: 'ISO 8601 with offset.', example: '2025-05-07T08:00:00+03:00' }),
    url: z.string().nullish(),
    title: z.string().nullish(),
    source: z.string().nullish().openapi({ description: 'Outlet or channel name.' }),
    lang: z.enum(['en', 'ru', 'uk']).nullish(),
    speaker: z
      .object({
        person: z.string().nullish(),
        role: z.enum(CLAIMANT_ROLES),
        region: z.string().nullish().openapi({ description: 'ISO 3166-2 code or a place name.' }),
      })
      .nullish()
      .openapi({
        description:
          'Who speaks, as in JSON Lines: the claimant of every fact the text attributes to no one. Unknown fields are refused.',
      }),
  })
  .openapi('ReportBody');
